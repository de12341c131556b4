import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Hand-mended: drizzle-kit copied the new review columns from the old tables, which do not have them. They
 * take their defaults instead: existing replies and organ details are drafts, not yet reviewed.
 */
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`_wechat_replies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_keyword\` text,
  	\`version_match\` text DEFAULT 'contains',
  	\`version_enabled\` integer DEFAULT true,
  	\`version_reply\` text,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_level\` numeric,
  	\`version_workflow_hash\` text,
  	\`version_workflow_reason\` text,
  	\`version_workflow_editors\` text,
  	\`version_workflow_history\` text,
  	\`version_workflow_checks\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`wechat_replies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_parent_idx\` ON \`_wechat_replies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_version_version_keyword_idx\` ON \`_wechat_replies_v\` (\`version_keyword\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_version_workflow_version_workflow_stat_idx\` ON \`_wechat_replies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_version_version_updated_at_idx\` ON \`_wechat_replies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_version_version_created_at_idx\` ON \`_wechat_replies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_version_version__status_idx\` ON \`_wechat_replies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_created_at_idx\` ON \`_wechat_replies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_updated_at_idx\` ON \`_wechat_replies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_wechat_replies_v_latest_idx\` ON \`_wechat_replies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_organ_v_version_wrong_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organ_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_organ_v_version_wrong_names_order_idx\` ON \`_organ_v_version_wrong_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_organ_v_version_wrong_names_parent_id_idx\` ON \`_organ_v_version_wrong_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_organ_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_full_name\` text,
  	\`version_short_name\` text,
  	\`version_credit_code\` text,
  	\`version_address\` text,
  	\`version_phone\` text,
  	\`version_office_hours\` text,
  	\`version_email\` text,
  	\`version_report_deadline\` text DEFAULT '01-31',
  	\`version_correction_period_days\` numeric DEFAULT 15,
  	\`version_workflow_state\` text DEFAULT 'draft',
  	\`version_workflow_level\` numeric,
  	\`version_workflow_hash\` text,
  	\`version_workflow_reason\` text,
  	\`version_workflow_editors\` text,
  	\`version_workflow_history\` text,
  	\`version_workflow_checks\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_organ_v_version_workflow_version_workflow_state_idx\` ON \`_organ_v\` (\`version_workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`_organ_v_version_version__status_idx\` ON \`_organ_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_organ_v_created_at_idx\` ON \`_organ_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_organ_v_updated_at_idx\` ON \`_organ_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_organ_v_latest_idx\` ON \`_organ_v\` (\`latest\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_wechat_replies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`keyword\` text,
  	\`match\` text DEFAULT 'contains',
  	\`enabled\` integer DEFAULT true,
  	\`reply\` text,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_level\` numeric,
  	\`workflow_hash\` text,
  	\`workflow_reason\` text,
  	\`workflow_editors\` text,
  	\`workflow_history\` text,
  	\`workflow_checks\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_wechat_replies\`("id", "keyword", "match", "enabled", "reply", "updated_at", "created_at") SELECT "id", "keyword", "match", "enabled", "reply", "updated_at", "created_at" FROM \`wechat_replies\`;`)
  await db.run(sql`DROP TABLE \`wechat_replies\`;`)
  await db.run(sql`ALTER TABLE \`__new_wechat_replies\` RENAME TO \`wechat_replies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`wechat_replies_keyword_idx\` ON \`wechat_replies\` (\`keyword\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_workflow_workflow_state_idx\` ON \`wechat_replies\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_updated_at_idx\` ON \`wechat_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_created_at_idx\` ON \`wechat_replies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies__status_idx\` ON \`wechat_replies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new_organ_wrong_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organ\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organ_wrong_names\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`organ_wrong_names\`;`)
  await db.run(sql`DROP TABLE \`organ_wrong_names\`;`)
  await db.run(sql`ALTER TABLE \`__new_organ_wrong_names\` RENAME TO \`organ_wrong_names\`;`)
  await db.run(sql`CREATE INDEX \`organ_wrong_names_order_idx\` ON \`organ_wrong_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organ_wrong_names_parent_id_idx\` ON \`organ_wrong_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_organ\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text,
  	\`short_name\` text,
  	\`credit_code\` text,
  	\`address\` text,
  	\`phone\` text,
  	\`office_hours\` text,
  	\`email\` text,
  	\`report_deadline\` text DEFAULT '01-31',
  	\`correction_period_days\` numeric DEFAULT 15,
  	\`workflow_state\` text DEFAULT 'draft',
  	\`workflow_level\` numeric,
  	\`workflow_hash\` text,
  	\`workflow_reason\` text,
  	\`workflow_editors\` text,
  	\`workflow_history\` text,
  	\`workflow_checks\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organ\`("id", "full_name", "short_name", "credit_code", "address", "phone", "office_hours", "email", "report_deadline", "correction_period_days", "updated_at", "created_at") SELECT "id", "full_name", "short_name", "credit_code", "address", "phone", "office_hours", "email", "report_deadline", "correction_period_days", "updated_at", "created_at" FROM \`organ\`;`)
  await db.run(sql`DROP TABLE \`organ\`;`)
  await db.run(sql`ALTER TABLE \`__new_organ\` RENAME TO \`organ\`;`)
  await db.run(sql`CREATE INDEX \`organ_workflow_workflow_state_idx\` ON \`organ\` (\`workflow_state\`);`)
  await db.run(sql`CREATE INDEX \`organ__status_idx\` ON \`organ\` (\`_status\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`_wechat_replies_v\`;`)
  await db.run(sql`DROP TABLE \`_organ_v_version_wrong_names\`;`)
  await db.run(sql`DROP TABLE \`_organ_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_wechat_replies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`keyword\` text NOT NULL,
  	\`match\` text DEFAULT 'contains' NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`reply\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_wechat_replies\`("id", "keyword", "match", "enabled", "reply", "updated_at", "created_at") SELECT "id", "keyword", "match", "enabled", "reply", "updated_at", "created_at" FROM \`wechat_replies\`;`)
  await db.run(sql`DROP TABLE \`wechat_replies\`;`)
  await db.run(sql`ALTER TABLE \`__new_wechat_replies\` RENAME TO \`wechat_replies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`wechat_replies_keyword_idx\` ON \`wechat_replies\` (\`keyword\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_updated_at_idx\` ON \`wechat_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_created_at_idx\` ON \`wechat_replies\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_organ\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`short_name\` text,
  	\`credit_code\` text NOT NULL,
  	\`address\` text,
  	\`phone\` text,
  	\`office_hours\` text,
  	\`email\` text,
  	\`report_deadline\` text DEFAULT '01-31',
  	\`correction_period_days\` numeric DEFAULT 15,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organ\`("id", "full_name", "short_name", "credit_code", "address", "phone", "office_hours", "email", "report_deadline", "correction_period_days", "updated_at", "created_at") SELECT "id", "full_name", "short_name", "credit_code", "address", "phone", "office_hours", "email", "report_deadline", "correction_period_days", "updated_at", "created_at" FROM \`organ\`;`)
  await db.run(sql`DROP TABLE \`organ\`;`)
  await db.run(sql`ALTER TABLE \`__new_organ\` RENAME TO \`organ\`;`)
  await db.run(sql`CREATE TABLE \`__new_organ_wrong_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organ\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_organ_wrong_names\`("_order", "_parent_id", "id", "name") SELECT "_order", "_parent_id", "id", "name" FROM \`organ_wrong_names\`;`)
  await db.run(sql`DROP TABLE \`organ_wrong_names\`;`)
  await db.run(sql`ALTER TABLE \`__new_organ_wrong_names\` RENAME TO \`organ_wrong_names\`;`)
  await db.run(sql`CREATE INDEX \`organ_wrong_names_order_idx\` ON \`organ_wrong_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organ_wrong_names_parent_id_idx\` ON \`organ_wrong_names\` (\`_parent_id\`);`)
}
