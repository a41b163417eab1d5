CREATE TABLE `catalog_counts` (
	`kind` text NOT NULL,
	`id` text NOT NULL,
	`results` integer NOT NULL,
	`models` integer NOT NULL,
	PRIMARY KEY(`kind`, `id`)
);
--> statement-breakpoint
CREATE TABLE `result_pairs` (
	`model_id` text NOT NULL,
	`benchmark_id` text NOT NULL,
	`results` integer NOT NULL,
	PRIMARY KEY(`model_id`, `benchmark_id`)
);
--> statement-breakpoint
CREATE INDEX `result_pairs_benchmark` ON `result_pairs` (`benchmark_id`);--> statement-breakpoint
-- A database made before this migration: its counts from its results (later loads keep them).
INSERT INTO `result_pairs` (`model_id`, `benchmark_id`, `results`)
  SELECT `model_id`, `benchmark_id`, count(*) FROM `results` GROUP BY `model_id`, `benchmark_id`;
--> statement-breakpoint
INSERT INTO `catalog_counts` (`kind`, `id`, `results`, `models`)
  SELECT 'model', `model_id`, sum(`results`), 0 FROM `result_pairs` GROUP BY `model_id`;
--> statement-breakpoint
INSERT INTO `catalog_counts` (`kind`, `id`, `results`, `models`)
  SELECT 'benchmark', `benchmark_id`, sum(`results`), count(*) FROM `result_pairs` GROUP BY `benchmark_id`;
--> statement-breakpoint
INSERT INTO `catalog_counts` (`kind`, `id`, `results`, `models`)
  SELECT 'source', `source_id`, count(*), 0 FROM `results` GROUP BY `source_id`;
