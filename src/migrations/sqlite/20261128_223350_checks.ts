import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`check_terms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`kind\` text DEFAULT 'sensitive' NOT NULL,
  	\`replacement\` text,
  	\`severity\` text DEFAULT 'block' NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`check_terms_term_idx\` ON \`check_terms\` (\`term\`);`)
  await db.run(sql`CREATE INDEX \`check_terms_updated_at_idx\` ON \`check_terms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`check_terms_created_at_idx\` ON \`check_terms\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`check_settings_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'person' NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`check_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`check_settings_names_order_idx\` ON \`check_settings_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`check_settings_names_parent_id_idx\` ON \`check_settings_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`check_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`masks_id_number_keep_start\` numeric DEFAULT 2 NOT NULL,
  	\`masks_id_number_keep_end\` numeric DEFAULT 3 NOT NULL,
  	\`masks_mobile_keep_start\` numeric DEFAULT 3 NOT NULL,
  	\`masks_mobile_keep_end\` numeric DEFAULT 4 NOT NULL,
  	\`masks_bank_card_keep_start\` numeric DEFAULT 4 NOT NULL,
  	\`masks_bank_card_keep_end\` numeric DEFAULT 4 NOT NULL,
  	\`masks_landline_keep_start\` numeric DEFAULT 4 NOT NULL,
  	\`masks_landline_keep_end\` numeric DEFAULT 2 NOT NULL,
  	\`traditional_exceptions\` text,
  	\`reduplications\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_checks\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`check_terms_id\` integer REFERENCES check_terms(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`check_terms_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`check_terms\`;`)
  await db.run(sql`DROP TABLE \`check_settings_names\`;`)
  await db.run(sql`DROP TABLE \`check_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`news_id\` integer,
  	\`policies_id\` integer,
  	\`policy_interpretations_id\` integer,
  	\`meetings_id\` integer,
  	\`annual_reports_id\` integer,
  	\`media_id\` integer,
  	\`index_counters_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_interpretations_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_reports_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "news_id", "policies_id", "policy_interpretations_id", "meetings_id", "annual_reports_id", "media_id", "index_counters_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "users_id", "news_id", "policies_id", "policy_interpretations_id", "meetings_id", "annual_reports_id", "media_id", "index_counters_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_meetings_id_idx\` ON \`payload_locked_documents_rels\` (\`meetings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_annual_reports_id_idx\` ON \`payload_locked_documents_rels\` (\`annual_reports_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_checks\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_checks\`;`)
}
