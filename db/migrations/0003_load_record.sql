CREATE TABLE `benchmark_fact_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`load_id` integer,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`benchmark_id` text NOT NULL,
	`benchmark_version` text NOT NULL,
	`benchmark_name` text NOT NULL,
	`items` text NOT NULL,
	`item_count` integer,
	`items_source` text NOT NULL,
	`data_from` text NOT NULL,
	`data_to` text NOT NULL,
	`window_source` text NOT NULL,
	`notes` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `benchmark_facts` (
	`benchmark_id` text NOT NULL,
	`benchmark_version` text NOT NULL,
	`benchmark_name` text NOT NULL,
	`items` text NOT NULL,
	`item_count` integer,
	`items_source` text NOT NULL,
	`data_from` text NOT NULL,
	`data_to` text NOT NULL,
	`window_source` text NOT NULL,
	`notes` text NOT NULL,
	PRIMARY KEY(`benchmark_id`, `benchmark_version`),
	FOREIGN KEY (`benchmark_id`) REFERENCES `benchmarks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `benchmark_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`load_id` integer,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`name` text NOT NULL,
	`alias_of` text NOT NULL,
	`benchmark_id` text NOT NULL,
	`category` text NOT NULL,
	`unit` text NOT NULL,
	`higher_is_better` text NOT NULL,
	`description` text NOT NULL,
	`url` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `bundled_packs` (
	`name` text PRIMARY KEY NOT NULL,
	`content_hash` text NOT NULL,
	`loaded_at` text NOT NULL,
	`load_id` integer
);
--> statement-breakpoint
CREATE TABLE `load_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`load_id` integer NOT NULL,
	`file` text NOT NULL,
	`line` integer NOT NULL,
	`key` text NOT NULL,
	`item` text NOT NULL,
	`column` text NOT NULL,
	`old_value` text,
	`new_value` text,
	`action` text NOT NULL,
	FOREIGN KEY (`load_id`) REFERENCES `loads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `load_changes_key` ON `load_changes` (`file`,`key`,`column`);--> statement-breakpoint
CREATE TABLE `load_counts` (
	`load_id` integer NOT NULL,
	`file` text NOT NULL,
	`source_id` text NOT NULL,
	`added` integer NOT NULL,
	`unchanged` integer NOT NULL,
	`replaced` integer NOT NULL,
	PRIMARY KEY(`load_id`, `file`, `source_id`),
	FOREIGN KEY (`load_id`) REFERENCES `loads`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `loads` (
	`id` integer PRIMARY KEY NOT NULL,
	`loaded_at` text NOT NULL,
	`pack` text NOT NULL,
	`bundled_pack` text,
	`content_hash` text,
	`replace` integer NOT NULL,
	`data_version` integer NOT NULL,
	`rows` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `model_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`load_id` integer,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`name` text NOT NULL,
	`alias_of` text NOT NULL,
	`model_id` text NOT NULL,
	`org` text NOT NULL,
	`architecture` text NOT NULL,
	`total_params_b` text NOT NULL,
	`active_params_b` text NOT NULL,
	`layers` text NOT NULL,
	`context_length_tokens` text NOT NULL,
	`release_date` text NOT NULL,
	`open_weights` text NOT NULL,
	`license` text NOT NULL,
	`source` text NOT NULL,
	`family` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`load_id` integer,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`id` text NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`publisher` text NOT NULL,
	`published_at` text NOT NULL,
	`kind` text NOT NULL,
	`org` text
);
--> statement-breakpoint
CREATE TABLE `source_table_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`load_id` integer,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`source_id` text NOT NULL,
	`table_ref` text NOT NULL,
	`url` text NOT NULL,
	`page` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `result_history` ADD `load_id` integer;--> statement-breakpoint
ALTER TABLE `sources` ADD `org` text;