CREATE TABLE `decision` (
	`id` text PRIMARY KEY NOT NULL,
	`code_id` text NOT NULL,
	`document_id` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`coder_a` text NOT NULL,
	`coder_b` text NOT NULL,
	`outcome` text NOT NULL,
	`decided_by` text,
	`note` text DEFAULT '' NOT NULL,
	`consensus_excerpt_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`code_id`) REFERENCES `code`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`document_id`) REFERENCES `document`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`coder_a`) REFERENCES `coder`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coder_b`) REFERENCES `coder`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `coder`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`consensus_excerpt_id`) REFERENCES `excerpt`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `decision_code_document` ON `decision` (`code_id`,`document_id`);--> statement-breakpoint
CREATE TABLE `theme_star` (
	`id` text PRIMARY KEY NOT NULL,
	`theme_id` text NOT NULL,
	`excerpt_id` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`theme_id`) REFERENCES `theme`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`excerpt_id`) REFERENCES `excerpt`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `theme_star_unique` ON `theme_star` (`theme_id`,`excerpt_id`);