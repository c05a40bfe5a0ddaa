CREATE TABLE `critiques` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`coach_kind` text NOT NULL,
	`model` text,
	`prompt_version` text,
	`score` integer NOT NULL,
	`result` text NOT NULL,
	`latency_ms` integer NOT NULL,
	`input_tokens` integer,
	`output_tokens` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `draft_versions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `critiques_version_id_created_at_idx` ON `critiques` (`version_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `draft_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`version` integer NOT NULL,
	`text` text NOT NULL,
	`context` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`draft_id`) REFERENCES `drafts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draft_versions_draft_id_version_unique` ON `draft_versions` (`draft_id`,`version`);--> statement-breakpoint
CREATE TABLE `drafts` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `drafts_updated_at_idx` ON `drafts` (`updated_at`);