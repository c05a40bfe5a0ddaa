CREATE TABLE `contact_events` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`meeting` text,
	`text` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_events_contact_id_at_idx` ON `contact_events` (`contact_id`,`at`);--> statement-breakpoint
CREATE TABLE `contact_links` (
	`id` text PRIMARY KEY NOT NULL,
	`contact_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_links_target_idx` ON `contact_links` (`kind`,`target_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `contact_links_contact_kind_target_unique` ON `contact_links` (`contact_id`,`kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`role` text,
	`organization` text,
	`field` text,
	`connection` text,
	`channel` text,
	`email` text,
	`linkedin_url` text,
	`profile` text,
	`priority` integer NOT NULL,
	`notes` text,
	`do_not_contact` integer NOT NULL,
	`stage` text NOT NULL,
	`acted_on_advice` integer NOT NULL,
	`snoozes` text NOT NULL,
	`plan` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `contacts_updated_at_idx` ON `contacts` (`updated_at`);