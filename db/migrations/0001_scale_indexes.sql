DROP INDEX `results_source`;--> statement-breakpoint
CREATE INDEX `results_budget` ON `results` (`thinking_budget_tokens`) WHERE "results"."thinking_budget_tokens" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `results_source` ON `results` (`source_id`,`table_ref`);