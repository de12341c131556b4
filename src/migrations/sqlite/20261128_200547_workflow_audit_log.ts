import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`document_title\` text,
  	\`action\` text NOT NULL,
  	\`level\` numeric,
  	\`from_state\` text,
  	\`to_state\` text,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`role\` text,
  	\`content_hash\` text,
  	\`comment\` text,
  	\`ip\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_collection_idx\` ON \`audit_log\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_idx\` ON \`audit_log\` (\`document\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`news_workflow_workflow_state_idx\` ON \`news\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`_news_v_version_workflow_version_workflow_state_idx\` ON \`_news_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`policies_workflow_workflow_state_idx\` ON \`policies\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_workflow_version_workflow_state_idx\` ON \`_policies_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_workflow_workflow_state_idx\` ON \`policy_interpretations\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_workflow_version_workf_idx\` ON \`_policy_interpretations_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`meetings_workflow_workflow_state_idx\` ON \`meetings\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_workflow_version_workflow_state_idx\` ON \`_meetings_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`annual_reports_workflow_workflow_state_idx\` ON \`annual_reports\` (\`workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_publish_at\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_state\` text DEFAULT 'draft';`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_level\` numeric;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_hash\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_editors\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_workflow_history\` text;`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_workflow_version_workflow_stat_idx\` ON \`_annual_reports_v\` (\`version_workflow_state\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`sha256\` text;`)
  await db.run(sql`CREATE INDEX \`media_sha256_idx\` ON \`media\` (\`sha256\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_interpretations_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_reports_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "news_id", "policies_id", "policy_interpretations_id", "meetings_id", "annual_reports_id", "media_id", "index_counters_id") SELECT "id", "order", "parent_id", "path", "users_id", "news_id", "policies_id", "policy_interpretations_id", "meetings_id", "annual_reports_id", "media_id", "index_counters_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`DROP INDEX \`news_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`workflow_history\`;`)
  await db.run(sql`DROP INDEX \`_news_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_workflow_history\`;`)
  await db.run(sql`DROP INDEX \`policies_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`workflow_history\`;`)
  await db.run(sql`DROP INDEX \`_policies_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_workflow_history\`;`)
  await db.run(sql`DROP INDEX \`policy_interpretations_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`workflow_history\`;`)
  await db.run(sql`DROP INDEX \`_policy_interpretations_v_version_workflow_version_workf_idx\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_workflow_history\`;`)
  await db.run(sql`DROP INDEX \`meetings_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`workflow_history\`;`)
  await db.run(sql`DROP INDEX \`_meetings_v_version_workflow_version_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_workflow_history\`;`)
  await db.run(sql`DROP INDEX \`annual_reports_workflow_workflow_state_idx\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`publish_at\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`workflow_history\`;`)
  await db.run(sql`DROP INDEX \`_annual_reports_v_version_workflow_version_workflow_stat_idx\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_publish_at\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_state\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_level\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_hash\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_reason\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_editors\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_workflow_history\`;`)
  await db.run(sql`DROP INDEX \`media_sha256_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`sha256\`;`)
}
