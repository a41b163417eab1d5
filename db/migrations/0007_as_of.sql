ALTER TABLE `result_history` ADD `loaded_in` integer;--> statement-breakpoint
ALTER TABLE `results` ADD `loaded_in` integer;--> statement-breakpoint
-- A database made before this migration: which load wrote each stored value, read from the record
-- of loads. Loading never deletes a result and adds its results in id order, and load_counts says
-- how many results each load added: the newest load's count are the highest ids, the load before
-- it the next ones, and so on back. A result older than the record of loads keeps null: present
-- at every data version an as-of view can ask for.
UPDATE `results` SET `loaded_in` = `adding`.`load_id` FROM (
  WITH `per_load` AS (
    SELECT `load_id`, sum(`added`) AS `n` FROM `load_counts`
    WHERE `file` = 'results.csv' GROUP BY `load_id` HAVING sum(`added`) > 0
  ), `upto` AS (
    SELECT `load_id`, sum(`n`) OVER (ORDER BY `load_id` DESC) AS `top` FROM `per_load`
  ), `ranked` AS (
    SELECT `id`, row_number() OVER (ORDER BY `id` DESC) AS `r` FROM `results`
  )
  SELECT `ranked`.`id`,
    (SELECT `upto`.`load_id` FROM `upto` WHERE `upto`.`top` >= `ranked`.`r` ORDER BY `upto`.`top` LIMIT 1) AS `load_id`
  FROM `ranked`
) AS `adding` WHERE `adding`.`id` = `results`.`id`;
--> statement-breakpoint
-- A kept (replaced) value was written by the replacement before it, or, for a result's first
-- replacement, by the load that added the result.
UPDATE `result_history` SET `loaded_in` = CASE
  WHEN EXISTS (SELECT 1 FROM `result_history` `p` WHERE `p`.`result_id` = `result_history`.`result_id`
    AND `p`.`history_id` < `result_history`.`history_id`)
  THEN (SELECT `p`.`load_id` FROM `result_history` `p` WHERE `p`.`result_id` = `result_history`.`result_id`
    AND `p`.`history_id` < `result_history`.`history_id` ORDER BY `p`.`history_id` DESC LIMIT 1)
  ELSE (SELECT `r`.`loaded_in` FROM `results` `r` WHERE `r`.`id` = `result_history`.`result_id`)
END;
--> statement-breakpoint
-- A result's values now were written by its last replacement.
UPDATE `results` SET `loaded_in` = (SELECT `h`.`load_id` FROM `result_history` `h` WHERE `h`.`result_id` = `results`.`id`
  ORDER BY `h`.`history_id` DESC LIMIT 1)
WHERE `id` IN (SELECT `result_id` FROM `result_history`);
