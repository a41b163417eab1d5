CREATE TABLE `benchmark_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
	`alias_of` text NOT NULL,
	`benchmark_id` text NOT NULL,
	`category` text NOT NULL,
	`unit` text NOT NULL,
	`higher_is_better` text NOT NULL,
	`description` text NOT NULL,
	`url` text NOT NULL,
	FOREIGN KEY (`benchmark_id`) REFERENCES `benchmarks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `benchmarks` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`unit` text NOT NULL,
	`higher_is_better` text NOT NULL,
	`description` text NOT NULL,
	`url` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `benchmarks_name_unique` ON `benchmarks` (`name`);--> statement-breakpoint
CREATE TABLE `data_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`version` integer NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `model_aliases` (
	`alias` text PRIMARY KEY NOT NULL,
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
	`family` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `models` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
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
	`family` text DEFAULT '' NOT NULL,
	`total_params` real,
	`active_params` real
);
--> statement-breakpoint
CREATE UNIQUE INDEX `models_name_unique` ON `models` (`name`);--> statement-breakpoint
CREATE INDEX `models_family` ON `models` (`family`);--> statement-breakpoint
CREATE TABLE `result_history` (
	`history_id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`result_id` integer NOT NULL,
	`source_id` text NOT NULL,
	`table_ref` text NOT NULL,
	`model_name` text NOT NULL,
	`model_id` text NOT NULL,
	`model_kind` text NOT NULL,
	`mode` text NOT NULL,
	`thinking_budget_tokens` integer,
	`benchmark_name` text NOT NULL,
	`benchmark_id` text NOT NULL,
	`benchmark_version` text NOT NULL,
	`metric` text NOT NULL,
	`score` real NOT NULL,
	`score_text` text NOT NULL,
	`unit` text NOT NULL,
	`verified_by` text NOT NULL,
	`notes` text NOT NULL,
	`cell_key` text NOT NULL,
	`replaced_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`benchmark_id`) REFERENCES `benchmarks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` text NOT NULL,
	`table_ref` text NOT NULL,
	`model_name` text NOT NULL,
	`model_id` text NOT NULL,
	`model_kind` text NOT NULL,
	`mode` text NOT NULL,
	`thinking_budget_tokens` integer,
	`benchmark_name` text NOT NULL,
	`benchmark_id` text NOT NULL,
	`benchmark_version` text NOT NULL,
	`metric` text NOT NULL,
	`score` real NOT NULL,
	`score_text` text NOT NULL,
	`unit` text NOT NULL,
	`verified_by` text NOT NULL,
	`notes` text NOT NULL,
	`cell_key` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`model_id`) REFERENCES `models`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`benchmark_id`) REFERENCES `benchmarks`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `results_identity` ON `results` (`cell_key`,`source_id`,`table_ref`);--> statement-breakpoint
CREATE INDEX `results_benchmark` ON `results` (`benchmark_id`,`benchmark_version`,`mode`,`score`);--> statement-breakpoint
CREATE INDEX `results_model` ON `results` (`model_id`,`benchmark_id`);--> statement-breakpoint
CREATE INDEX `results_source` ON `results` (`source_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`publisher` text NOT NULL,
	`published_at` text NOT NULL,
	`kind` text NOT NULL
);
