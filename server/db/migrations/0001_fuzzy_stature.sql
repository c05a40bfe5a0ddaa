CREATE TABLE `practice_personas` (
	`id` text PRIMARY KEY NOT NULL,
	`card` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `practice_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`persona_id` text,
	`persona` text NOT NULL,
	`minutes` integer NOT NULL,
	`agenda_id` text,
	`seed` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`ended_at` text,
	`score` integer,
	`debrief` text
);
--> statement-breakpoint
CREATE INDEX `practice_sessions_created_at_idx` ON `practice_sessions` (`created_at`);--> statement-breakpoint
CREATE TABLE `practice_turns` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`role` text NOT NULL,
	`content` text NOT NULL,
	`at` text NOT NULL,
	`elapsed_minutes` real NOT NULL,
	`complete` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `practice_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `practice_turns_session_id_position_unique` ON `practice_turns` (`session_id`,`position`);