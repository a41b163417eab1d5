CREATE TABLE `source_tables` (
	`source_id` text NOT NULL,
	`table_ref` text NOT NULL,
	`url` text NOT NULL,
	`page` text NOT NULL,
	PRIMARY KEY(`source_id`, `table_ref`),
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
