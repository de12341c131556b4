import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`print_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`collection\` text NOT NULL,
  	\`document\` text NOT NULL,
  	\`document_title\` text,
  	\`content_hash\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`key\` text NOT NULL,
  	\`delivery\` text,
  	\`takes_down_id\` integer,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`claimed_by_id\` integer,
  	\`claimed_at\` text,
  	\`lease_until\` text,
  	\`claims\` numeric DEFAULT 0,
  	\`reported_at\` text,
  	\`message\` text,
  	\`period_end\` text,
  	\`sheet_pages\` numeric,
  	\`sheet_bytes\` numeric,
  	\`sheet_sha256\` text,
  	\`sheet_pdf\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`takes_down_id\`) REFERENCES \`print_jobs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`claimed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`print_jobs_collection_idx\` ON \`print_jobs\` (\`collection\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_document_idx\` ON \`print_jobs\` (\`document\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`print_jobs_key_idx\` ON \`print_jobs\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_delivery_idx\` ON \`print_jobs\` (\`delivery\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_takes_down_idx\` ON \`print_jobs\` (\`takes_down_id\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_status_idx\` ON \`print_jobs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_claimed_by_idx\` ON \`print_jobs\` (\`claimed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_lease_until_idx\` ON \`print_jobs\` (\`lease_until\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_updated_at_idx\` ON \`print_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`print_jobs_created_at_idx\` ON \`print_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`wechat_replies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`keyword\` text NOT NULL,
  	\`match\` text DEFAULT 'contains' NOT NULL,
  	\`enabled\` integer DEFAULT true,
  	\`reply\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`wechat_replies_keyword_idx\` ON \`wechat_replies\` (\`keyword\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_updated_at_idx\` ON \`wechat_replies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`wechat_replies_created_at_idx\` ON \`wechat_replies\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`news\` ADD \`notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`_news_v\` ADD \`version_notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` ADD \`notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` ADD \`version_notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`meetings\` ADD \`notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` ADD \`version_notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` ADD \`notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_notice_period_start\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_notice_period_end\` text;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` ADD \`version_notice_period_objection_contact\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`channel_ref\` text;`)
  await db.run(sql`CREATE INDEX \`deliveries_channel_ref_idx\` ON \`deliveries\` (\`channel_ref\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`print_jobs_id\` integer REFERENCES print_jobs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`wechat_replies_id\` integer REFERENCES wechat_replies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_print_jobs_id_idx\` ON \`payload_locked_documents_rels\` (\`print_jobs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_wechat_replies_id_idx\` ON \`payload_locked_documents_rels\` (\`wechat_replies_id\`);`)
  await db.run(sql`ALTER TABLE \`organ\` ADD \`email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`print_jobs\`;`)
  await db.run(sql`DROP TABLE \`wechat_replies\`;`)
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
  	\`check_terms_id\` integer,
  	\`deliveries_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_interpretations_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`meetings_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`annual_reports_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`check_terms_id\`) REFERENCES \`check_terms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "news_id", "policies_id", "policy_interpretations_id", "meetings_id", "annual_reports_id", "media_id", "index_counters_id", "audit_log_id", "check_terms_id", "deliveries_id") SELECT "id", "order", "parent_id", "path", "users_id", "news_id", "policies_id", "policy_interpretations_id", "meetings_id", "annual_reports_id", "media_id", "index_counters_id", "audit_log_id", "check_terms_id", "deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_check_terms_id_idx\` ON \`payload_locked_documents_rels\` (\`check_terms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`DROP INDEX \`deliveries_channel_ref_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`channel_ref\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`news\` DROP COLUMN \`notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`_news_v\` DROP COLUMN \`version_notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`policies\` DROP COLUMN \`notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` DROP COLUMN \`version_notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`policy_interpretations\` DROP COLUMN \`notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`_policy_interpretations_v\` DROP COLUMN \`version_notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`meetings\` DROP COLUMN \`notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`_meetings_v\` DROP COLUMN \`version_notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`annual_reports\` DROP COLUMN \`notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_notice_period_start\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_notice_period_end\`;`)
  await db.run(sql`ALTER TABLE \`_annual_reports_v\` DROP COLUMN \`version_notice_period_objection_contact\`;`)
  await db.run(sql`ALTER TABLE \`organ\` DROP COLUMN \`email\`;`)
}
