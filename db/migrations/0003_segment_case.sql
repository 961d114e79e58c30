-- drizzle-kit omits the ON DELETE action when adding a column; written by hand.
ALTER TABLE `segment` ADD `case_id` text REFERENCES cases(id) ON DELETE set null;
--> statement-breakpoint
CREATE INDEX `segment_case` ON `segment` (`case_id`);
--> statement-breakpoint
-- Existing participant turns: a turn whose speaker is a case's name belongs to that case.
UPDATE `segment` SET `case_id` = (SELECT `id` FROM `cases` WHERE lower(`cases`.`name`) = lower(`segment`.`speaker`))
 WHERE `kind` = 'turn' AND `speaker` IS NOT NULL;
