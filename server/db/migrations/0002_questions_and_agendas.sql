CREATE TABLE `agendas` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`plan` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `agendas_updated_at_idx` ON `agendas` (`updated_at`);--> statement-breakpoint
CREATE TABLE `question_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`questions` text NOT NULL,
	`context` text NOT NULL,
	`result` text NOT NULL,
	`coach_kind` text NOT NULL,
	`model` text,
	`prompt_version` text,
	`latency_ms` integer NOT NULL,
	`input_tokens` integer,
	`output_tokens` integer,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `question_reviews_created_at_idx` ON `question_reviews` (`created_at`);