import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`enable_a_p_i_key\` integer,
  	\`api_key\` text,
  	\`api_key_index\` text,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`news_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_channels_order_idx\` ON \`news_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`news_channels_parent_idx\` ON \`news_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`news\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`cover_id\` integer,
  	\`category\` text DEFAULT 'work',
  	\`author\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`publisher\` text,
  	\`topic\` text DEFAULT 'general',
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`keywords\` text,
  	\`abstract\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`news_cover_idx\` ON \`news\` (\`cover_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`news_index_number_idx\` ON \`news\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`news_published_at_idx\` ON \`news\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`news_updated_at_idx\` ON \`news\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`news_created_at_idx\` ON \`news\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`news__status_idx\` ON \`news\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_version_channels_order_idx\` ON \`_news_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_channels_parent_idx\` ON \`_news_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_cover_id\` integer,
  	\`version_category\` text DEFAULT 'work',
  	\`version_author\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_publisher\` text,
  	\`version_topic\` text DEFAULT 'general',
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_keywords\` text,
  	\`version_abstract\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_parent_idx\` ON \`_news_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_cover_idx\` ON \`_news_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_index_number_idx\` ON \`_news_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_published_at_idx\` ON \`_news_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_updated_at_idx\` ON \`_news_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version_created_at_idx\` ON \`_news_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_version_version__status_idx\` ON \`_news_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_created_at_idx\` ON \`_news_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_updated_at_idx\` ON \`_news_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_latest_idx\` ON \`_news_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`policies_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_channels_order_idx\` ON \`policies_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_channels_parent_idx\` ON \`policies_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`document_number\` text,
  	\`kind\` text DEFAULT 'other',
  	\`written_at\` text,
  	\`effective_at\` text,
  	\`issuer\` text,
  	\`validity\` text DEFAULT 'valid',
  	\`repealed_at\` text,
  	\`body\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`publisher\` text,
  	\`topic\` text DEFAULT 'general',
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`keywords\` text,
  	\`abstract\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_index_number_idx\` ON \`policies\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`policies_published_at_idx\` ON \`policies\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policies_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policies_rels_order_idx\` ON \`policies_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_parent_idx\` ON \`policies_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_path_idx\` ON \`policies_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policies_rels_media_id_idx\` ON \`policies_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_version_channels_order_idx\` ON \`_policies_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_channels_parent_idx\` ON \`_policies_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_document_number\` text,
  	\`version_kind\` text DEFAULT 'other',
  	\`version_written_at\` text,
  	\`version_effective_at\` text,
  	\`version_issuer\` text,
  	\`version_validity\` text DEFAULT 'valid',
  	\`version_repealed_at\` text,
  	\`version_body\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_publisher\` text,
  	\`version_topic\` text DEFAULT 'general',
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_keywords\` text,
  	\`version_abstract\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_index_number_idx\` ON \`_policies_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_published_at_idx\` ON \`_policies_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_policies_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policies_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_order_idx\` ON \`_policies_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_parent_idx\` ON \`_policies_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_path_idx\` ON \`_policies_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_rels_media_id_idx\` ON \`_policies_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_channels_order_idx\` ON \`policy_interpretations_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_channels_parent_idx\` ON \`policy_interpretations_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`policy_id\` integer,
  	\`form\` text DEFAULT 'text',
  	\`body\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`publisher\` text,
  	\`topic\` text DEFAULT 'general',
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`keywords\` text,
  	\`abstract\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_policy_idx\` ON \`policy_interpretations\` (\`policy_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_interpretations_index_number_idx\` ON \`policy_interpretations\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_published_at_idx\` ON \`policy_interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_updated_at_idx\` ON \`policy_interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_created_at_idx\` ON \`policy_interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations__status_idx\` ON \`policy_interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`policy_interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_order_idx\` ON \`policy_interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_parent_idx\` ON \`policy_interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_path_idx\` ON \`policy_interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`policy_interpretations_rels_media_id_idx\` ON \`policy_interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_channels_order_idx\` ON \`_policy_interpretations_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_channels_parent_idx\` ON \`_policy_interpretations_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_policy_id\` integer,
  	\`version_form\` text DEFAULT 'text',
  	\`version_body\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_publisher\` text,
  	\`version_topic\` text DEFAULT 'general',
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_keywords\` text,
  	\`version_abstract\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policy_interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_parent_idx\` ON \`_policy_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_policy_idx\` ON \`_policy_interpretations_v\` (\`version_policy_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_index_number_idx\` ON \`_policy_interpretations_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_published_at_idx\` ON \`_policy_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_updated_at_idx\` ON \`_policy_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version_created_at_idx\` ON \`_policy_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_version_version__status_idx\` ON \`_policy_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_created_at_idx\` ON \`_policy_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_updated_at_idx\` ON \`_policy_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_latest_idx\` ON \`_policy_interpretations_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_policy_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_policy_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_order_idx\` ON \`_policy_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_parent_idx\` ON \`_policy_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_path_idx\` ON \`_policy_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_policy_interpretations_v_rels_media_id_idx\` ON \`_policy_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`item\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_agenda_order_idx\` ON \`meetings_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_agenda_parent_id_idx\` ON \`meetings_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_channels_order_idx\` ON \`meetings_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_channels_parent_idx\` ON \`meetings_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`meetings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`held_at\` text,
  	\`place\` text,
  	\`convener\` text,
  	\`attendees\` text,
  	\`decisions\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`publisher\` text,
  	\`topic\` text DEFAULT 'general',
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`keywords\` text,
  	\`abstract\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`meetings_index_number_idx\` ON \`meetings\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`meetings_published_at_idx\` ON \`meetings\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_updated_at_idx\` ON \`meetings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings_created_at_idx\` ON \`meetings\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`meetings__status_idx\` ON \`meetings\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`meetings_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`meetings_rels_order_idx\` ON \`meetings_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_parent_idx\` ON \`meetings_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_path_idx\` ON \`meetings_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`meetings_rels_media_id_idx\` ON \`meetings_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_agenda\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`item\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_agenda_order_idx\` ON \`_meetings_v_version_agenda\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_agenda_parent_id_idx\` ON \`_meetings_v_version_agenda\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_channels_order_idx\` ON \`_meetings_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_channels_parent_idx\` ON \`_meetings_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_held_at\` text,
  	\`version_place\` text,
  	\`version_convener\` text,
  	\`version_attendees\` text,
  	\`version_decisions\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_publisher\` text,
  	\`version_topic\` text DEFAULT 'general',
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_keywords\` text,
  	\`version_abstract\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`meetings\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_parent_idx\` ON \`_meetings_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_index_number_idx\` ON \`_meetings_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_published_at_idx\` ON \`_meetings_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_updated_at_idx\` ON \`_meetings_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version_created_at_idx\` ON \`_meetings_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_version_version__status_idx\` ON \`_meetings_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_created_at_idx\` ON \`_meetings_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_updated_at_idx\` ON \`_meetings_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_latest_idx\` ON \`_meetings_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_meetings_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_meetings_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_meetings_v_rels_order_idx\` ON \`_meetings_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_rels_parent_idx\` ON \`_meetings_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_rels_path_idx\` ON \`_meetings_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_meetings_v_rels_media_id_idx\` ON \`_meetings_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`annual_reports_channels_order_idx\` ON \`annual_reports_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_channels_parent_idx\` ON \`annual_reports_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`annual_reports\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`year\` numeric,
  	\`overview\` text,
  	\`proactive_regulations_rules_issued\` numeric,
  	\`proactive_regulations_rules_repealed\` numeric,
  	\`proactive_regulations_rules_in_force\` numeric,
  	\`proactive_regulations_normative_docs_issued\` numeric,
  	\`proactive_regulations_normative_docs_repealed\` numeric,
  	\`proactive_regulations_normative_docs_in_force\` numeric,
  	\`proactive_licensing_licensing_decisions\` numeric,
  	\`proactive_enforcement_penalty_decisions\` numeric,
  	\`proactive_enforcement_coercion_decisions\` numeric,
  	\`proactive_fees_admin_fees_amount\` numeric,
  	\`requests_new_received_natural\` numeric,
  	\`requests_new_received_commercial\` numeric,
  	\`requests_new_received_research\` numeric,
  	\`requests_new_received_public_interest\` numeric,
  	\`requests_new_received_legal_service\` numeric,
  	\`requests_new_received_other\` numeric,
  	\`requests_new_received_total\` numeric,
  	\`requests_carried_over_natural\` numeric,
  	\`requests_carried_over_commercial\` numeric,
  	\`requests_carried_over_research\` numeric,
  	\`requests_carried_over_public_interest\` numeric,
  	\`requests_carried_over_legal_service\` numeric,
  	\`requests_carried_over_other\` numeric,
  	\`requests_carried_over_total\` numeric,
  	\`requests_granted_natural\` numeric,
  	\`requests_granted_commercial\` numeric,
  	\`requests_granted_research\` numeric,
  	\`requests_granted_public_interest\` numeric,
  	\`requests_granted_legal_service\` numeric,
  	\`requests_granted_other\` numeric,
  	\`requests_granted_total\` numeric,
  	\`requests_partial_natural\` numeric,
  	\`requests_partial_commercial\` numeric,
  	\`requests_partial_research\` numeric,
  	\`requests_partial_public_interest\` numeric,
  	\`requests_partial_legal_service\` numeric,
  	\`requests_partial_other\` numeric,
  	\`requests_partial_total\` numeric,
  	\`requests_state_secret_natural\` numeric,
  	\`requests_state_secret_commercial\` numeric,
  	\`requests_state_secret_research\` numeric,
  	\`requests_state_secret_public_interest\` numeric,
  	\`requests_state_secret_legal_service\` numeric,
  	\`requests_state_secret_other\` numeric,
  	\`requests_state_secret_total\` numeric,
  	\`requests_law_forbidden_natural\` numeric,
  	\`requests_law_forbidden_commercial\` numeric,
  	\`requests_law_forbidden_research\` numeric,
  	\`requests_law_forbidden_public_interest\` numeric,
  	\`requests_law_forbidden_legal_service\` numeric,
  	\`requests_law_forbidden_other\` numeric,
  	\`requests_law_forbidden_total\` numeric,
  	\`requests_three_security_natural\` numeric,
  	\`requests_three_security_commercial\` numeric,
  	\`requests_three_security_research\` numeric,
  	\`requests_three_security_public_interest\` numeric,
  	\`requests_three_security_legal_service\` numeric,
  	\`requests_three_security_other\` numeric,
  	\`requests_three_security_total\` numeric,
  	\`requests_third_party_natural\` numeric,
  	\`requests_third_party_commercial\` numeric,
  	\`requests_third_party_research\` numeric,
  	\`requests_third_party_public_interest\` numeric,
  	\`requests_third_party_legal_service\` numeric,
  	\`requests_third_party_other\` numeric,
  	\`requests_third_party_total\` numeric,
  	\`requests_internal_affairs_natural\` numeric,
  	\`requests_internal_affairs_commercial\` numeric,
  	\`requests_internal_affairs_research\` numeric,
  	\`requests_internal_affairs_public_interest\` numeric,
  	\`requests_internal_affairs_legal_service\` numeric,
  	\`requests_internal_affairs_other\` numeric,
  	\`requests_internal_affairs_total\` numeric,
  	\`requests_process_info_natural\` numeric,
  	\`requests_process_info_commercial\` numeric,
  	\`requests_process_info_research\` numeric,
  	\`requests_process_info_public_interest\` numeric,
  	\`requests_process_info_legal_service\` numeric,
  	\`requests_process_info_other\` numeric,
  	\`requests_process_info_total\` numeric,
  	\`requests_enforcement_file_natural\` numeric,
  	\`requests_enforcement_file_commercial\` numeric,
  	\`requests_enforcement_file_research\` numeric,
  	\`requests_enforcement_file_public_interest\` numeric,
  	\`requests_enforcement_file_legal_service\` numeric,
  	\`requests_enforcement_file_other\` numeric,
  	\`requests_enforcement_file_total\` numeric,
  	\`requests_query_matter_natural\` numeric,
  	\`requests_query_matter_commercial\` numeric,
  	\`requests_query_matter_research\` numeric,
  	\`requests_query_matter_public_interest\` numeric,
  	\`requests_query_matter_legal_service\` numeric,
  	\`requests_query_matter_other\` numeric,
  	\`requests_query_matter_total\` numeric,
  	\`requests_not_held_natural\` numeric,
  	\`requests_not_held_commercial\` numeric,
  	\`requests_not_held_research\` numeric,
  	\`requests_not_held_public_interest\` numeric,
  	\`requests_not_held_legal_service\` numeric,
  	\`requests_not_held_other\` numeric,
  	\`requests_not_held_total\` numeric,
  	\`requests_needs_creation_natural\` numeric,
  	\`requests_needs_creation_commercial\` numeric,
  	\`requests_needs_creation_research\` numeric,
  	\`requests_needs_creation_public_interest\` numeric,
  	\`requests_needs_creation_legal_service\` numeric,
  	\`requests_needs_creation_other\` numeric,
  	\`requests_needs_creation_total\` numeric,
  	\`requests_still_unclear_natural\` numeric,
  	\`requests_still_unclear_commercial\` numeric,
  	\`requests_still_unclear_research\` numeric,
  	\`requests_still_unclear_public_interest\` numeric,
  	\`requests_still_unclear_legal_service\` numeric,
  	\`requests_still_unclear_other\` numeric,
  	\`requests_still_unclear_total\` numeric,
  	\`requests_petition_natural\` numeric,
  	\`requests_petition_commercial\` numeric,
  	\`requests_petition_research\` numeric,
  	\`requests_petition_public_interest\` numeric,
  	\`requests_petition_legal_service\` numeric,
  	\`requests_petition_other\` numeric,
  	\`requests_petition_total\` numeric,
  	\`requests_duplicate_natural\` numeric,
  	\`requests_duplicate_commercial\` numeric,
  	\`requests_duplicate_research\` numeric,
  	\`requests_duplicate_public_interest\` numeric,
  	\`requests_duplicate_legal_service\` numeric,
  	\`requests_duplicate_other\` numeric,
  	\`requests_duplicate_total\` numeric,
  	\`requests_publication_natural\` numeric,
  	\`requests_publication_commercial\` numeric,
  	\`requests_publication_research\` numeric,
  	\`requests_publication_public_interest\` numeric,
  	\`requests_publication_legal_service\` numeric,
  	\`requests_publication_other\` numeric,
  	\`requests_publication_total\` numeric,
  	\`requests_mass_repeat_natural\` numeric,
  	\`requests_mass_repeat_commercial\` numeric,
  	\`requests_mass_repeat_research\` numeric,
  	\`requests_mass_repeat_public_interest\` numeric,
  	\`requests_mass_repeat_legal_service\` numeric,
  	\`requests_mass_repeat_other\` numeric,
  	\`requests_mass_repeat_total\` numeric,
  	\`requests_confirmation_natural\` numeric,
  	\`requests_confirmation_commercial\` numeric,
  	\`requests_confirmation_research\` numeric,
  	\`requests_confirmation_public_interest\` numeric,
  	\`requests_confirmation_legal_service\` numeric,
  	\`requests_confirmation_other\` numeric,
  	\`requests_confirmation_total\` numeric,
  	\`requests_no_correction_natural\` numeric,
  	\`requests_no_correction_commercial\` numeric,
  	\`requests_no_correction_research\` numeric,
  	\`requests_no_correction_public_interest\` numeric,
  	\`requests_no_correction_legal_service\` numeric,
  	\`requests_no_correction_other\` numeric,
  	\`requests_no_correction_total\` numeric,
  	\`requests_fee_unpaid_natural\` numeric,
  	\`requests_fee_unpaid_commercial\` numeric,
  	\`requests_fee_unpaid_research\` numeric,
  	\`requests_fee_unpaid_public_interest\` numeric,
  	\`requests_fee_unpaid_legal_service\` numeric,
  	\`requests_fee_unpaid_other\` numeric,
  	\`requests_fee_unpaid_total\` numeric,
  	\`requests_other_result_natural\` numeric,
  	\`requests_other_result_commercial\` numeric,
  	\`requests_other_result_research\` numeric,
  	\`requests_other_result_public_interest\` numeric,
  	\`requests_other_result_legal_service\` numeric,
  	\`requests_other_result_other\` numeric,
  	\`requests_other_result_total\` numeric,
  	\`requests_result_total_natural\` numeric,
  	\`requests_result_total_commercial\` numeric,
  	\`requests_result_total_research\` numeric,
  	\`requests_result_total_public_interest\` numeric,
  	\`requests_result_total_legal_service\` numeric,
  	\`requests_result_total_other\` numeric,
  	\`requests_result_total_total\` numeric,
  	\`requests_carried_forward_natural\` numeric,
  	\`requests_carried_forward_commercial\` numeric,
  	\`requests_carried_forward_research\` numeric,
  	\`requests_carried_forward_public_interest\` numeric,
  	\`requests_carried_forward_legal_service\` numeric,
  	\`requests_carried_forward_other\` numeric,
  	\`requests_carried_forward_total\` numeric,
  	\`appeals_reconsideration_upheld\` numeric,
  	\`appeals_reconsideration_corrected\` numeric,
  	\`appeals_reconsideration_other_outcome\` numeric,
  	\`appeals_reconsideration_pending\` numeric,
  	\`appeals_reconsideration_total\` numeric,
  	\`appeals_direct_suit_upheld\` numeric,
  	\`appeals_direct_suit_corrected\` numeric,
  	\`appeals_direct_suit_other_outcome\` numeric,
  	\`appeals_direct_suit_pending\` numeric,
  	\`appeals_direct_suit_total\` numeric,
  	\`appeals_suit_after_review_upheld\` numeric,
  	\`appeals_suit_after_review_corrected\` numeric,
  	\`appeals_suit_after_review_other_outcome\` numeric,
  	\`appeals_suit_after_review_pending\` numeric,
  	\`appeals_suit_after_review_total\` numeric,
  	\`problems\` text,
  	\`other_matters\` text,
  	\`signed_by\` text,
  	\`signed_at\` text,
  	\`index_number\` text,
  	\`published_at\` text,
  	\`publisher\` text,
  	\`topic\` text DEFAULT 'general',
  	\`disclosure_mode\` text DEFAULT 'proactive',
  	\`keywords\` text,
  	\`abstract\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`annual_reports_year_idx\` ON \`annual_reports\` (\`year\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`annual_reports_index_number_idx\` ON \`annual_reports\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_published_at_idx\` ON \`annual_reports\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_updated_at_idx\` ON \`annual_reports\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports_created_at_idx\` ON \`annual_reports\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`annual_reports__status_idx\` ON \`annual_reports\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`_annual_reports_v_version_channels\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_annual_reports_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_channels_order_idx\` ON \`_annual_reports_v_version_channels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_channels_parent_idx\` ON \`_annual_reports_v_version_channels\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_annual_reports_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_year\` numeric,
  	\`version_overview\` text,
  	\`version_proactive_regulations_rules_issued\` numeric,
  	\`version_proactive_regulations_rules_repealed\` numeric,
  	\`version_proactive_regulations_rules_in_force\` numeric,
  	\`version_proactive_regulations_normative_docs_issued\` numeric,
  	\`version_proactive_regulations_normative_docs_repealed\` numeric,
  	\`version_proactive_regulations_normative_docs_in_force\` numeric,
  	\`version_proactive_licensing_licensing_decisions\` numeric,
  	\`version_proactive_enforcement_penalty_decisions\` numeric,
  	\`version_proactive_enforcement_coercion_decisions\` numeric,
  	\`version_proactive_fees_admin_fees_amount\` numeric,
  	\`version_requests_new_received_natural\` numeric,
  	\`version_requests_new_received_commercial\` numeric,
  	\`version_requests_new_received_research\` numeric,
  	\`version_requests_new_received_public_interest\` numeric,
  	\`version_requests_new_received_legal_service\` numeric,
  	\`version_requests_new_received_other\` numeric,
  	\`version_requests_new_received_total\` numeric,
  	\`version_requests_carried_over_natural\` numeric,
  	\`version_requests_carried_over_commercial\` numeric,
  	\`version_requests_carried_over_research\` numeric,
  	\`version_requests_carried_over_public_interest\` numeric,
  	\`version_requests_carried_over_legal_service\` numeric,
  	\`version_requests_carried_over_other\` numeric,
  	\`version_requests_carried_over_total\` numeric,
  	\`version_requests_granted_natural\` numeric,
  	\`version_requests_granted_commercial\` numeric,
  	\`version_requests_granted_research\` numeric,
  	\`version_requests_granted_public_interest\` numeric,
  	\`version_requests_granted_legal_service\` numeric,
  	\`version_requests_granted_other\` numeric,
  	\`version_requests_granted_total\` numeric,
  	\`version_requests_partial_natural\` numeric,
  	\`version_requests_partial_commercial\` numeric,
  	\`version_requests_partial_research\` numeric,
  	\`version_requests_partial_public_interest\` numeric,
  	\`version_requests_partial_legal_service\` numeric,
  	\`version_requests_partial_other\` numeric,
  	\`version_requests_partial_total\` numeric,
  	\`version_requests_state_secret_natural\` numeric,
  	\`version_requests_state_secret_commercial\` numeric,
  	\`version_requests_state_secret_research\` numeric,
  	\`version_requests_state_secret_public_interest\` numeric,
  	\`version_requests_state_secret_legal_service\` numeric,
  	\`version_requests_state_secret_other\` numeric,
  	\`version_requests_state_secret_total\` numeric,
  	\`version_requests_law_forbidden_natural\` numeric,
  	\`version_requests_law_forbidden_commercial\` numeric,
  	\`version_requests_law_forbidden_research\` numeric,
  	\`version_requests_law_forbidden_public_interest\` numeric,
  	\`version_requests_law_forbidden_legal_service\` numeric,
  	\`version_requests_law_forbidden_other\` numeric,
  	\`version_requests_law_forbidden_total\` numeric,
  	\`version_requests_three_security_natural\` numeric,
  	\`version_requests_three_security_commercial\` numeric,
  	\`version_requests_three_security_research\` numeric,
  	\`version_requests_three_security_public_interest\` numeric,
  	\`version_requests_three_security_legal_service\` numeric,
  	\`version_requests_three_security_other\` numeric,
  	\`version_requests_three_security_total\` numeric,
  	\`version_requests_third_party_natural\` numeric,
  	\`version_requests_third_party_commercial\` numeric,
  	\`version_requests_third_party_research\` numeric,
  	\`version_requests_third_party_public_interest\` numeric,
  	\`version_requests_third_party_legal_service\` numeric,
  	\`version_requests_third_party_other\` numeric,
  	\`version_requests_third_party_total\` numeric,
  	\`version_requests_internal_affairs_natural\` numeric,
  	\`version_requests_internal_affairs_commercial\` numeric,
  	\`version_requests_internal_affairs_research\` numeric,
  	\`version_requests_internal_affairs_public_interest\` numeric,
  	\`version_requests_internal_affairs_legal_service\` numeric,
  	\`version_requests_internal_affairs_other\` numeric,
  	\`version_requests_internal_affairs_total\` numeric,
  	\`version_requests_process_info_natural\` numeric,
  	\`version_requests_process_info_commercial\` numeric,
  	\`version_requests_process_info_research\` numeric,
  	\`version_requests_process_info_public_interest\` numeric,
  	\`version_requests_process_info_legal_service\` numeric,
  	\`version_requests_process_info_other\` numeric,
  	\`version_requests_process_info_total\` numeric,
  	\`version_requests_enforcement_file_natural\` numeric,
  	\`version_requests_enforcement_file_commercial\` numeric,
  	\`version_requests_enforcement_file_research\` numeric,
  	\`version_requests_enforcement_file_public_interest\` numeric,
  	\`version_requests_enforcement_file_legal_service\` numeric,
  	\`version_requests_enforcement_file_other\` numeric,
  	\`version_requests_enforcement_file_total\` numeric,
  	\`version_requests_query_matter_natural\` numeric,
  	\`version_requests_query_matter_commercial\` numeric,
  	\`version_requests_query_matter_research\` numeric,
  	\`version_requests_query_matter_public_interest\` numeric,
  	\`version_requests_query_matter_legal_service\` numeric,
  	\`version_requests_query_matter_other\` numeric,
  	\`version_requests_query_matter_total\` numeric,
  	\`version_requests_not_held_natural\` numeric,
  	\`version_requests_not_held_commercial\` numeric,
  	\`version_requests_not_held_research\` numeric,
  	\`version_requests_not_held_public_interest\` numeric,
  	\`version_requests_not_held_legal_service\` numeric,
  	\`version_requests_not_held_other\` numeric,
  	\`version_requests_not_held_total\` numeric,
  	\`version_requests_needs_creation_natural\` numeric,
  	\`version_requests_needs_creation_commercial\` numeric,
  	\`version_requests_needs_creation_research\` numeric,
  	\`version_requests_needs_creation_public_interest\` numeric,
  	\`version_requests_needs_creation_legal_service\` numeric,
  	\`version_requests_needs_creation_other\` numeric,
  	\`version_requests_needs_creation_total\` numeric,
  	\`version_requests_still_unclear_natural\` numeric,
  	\`version_requests_still_unclear_commercial\` numeric,
  	\`version_requests_still_unclear_research\` numeric,
  	\`version_requests_still_unclear_public_interest\` numeric,
  	\`version_requests_still_unclear_legal_service\` numeric,
  	\`version_requests_still_unclear_other\` numeric,
  	\`version_requests_still_unclear_total\` numeric,
  	\`version_requests_petition_natural\` numeric,
  	\`version_requests_petition_commercial\` numeric,
  	\`version_requests_petition_research\` numeric,
  	\`version_requests_petition_public_interest\` numeric,
  	\`version_requests_petition_legal_service\` numeric,
  	\`version_requests_petition_other\` numeric,
  	\`version_requests_petition_total\` numeric,
  	\`version_requests_duplicate_natural\` numeric,
  	\`version_requests_duplicate_commercial\` numeric,
  	\`version_requests_duplicate_research\` numeric,
  	\`version_requests_duplicate_public_interest\` numeric,
  	\`version_requests_duplicate_legal_service\` numeric,
  	\`version_requests_duplicate_other\` numeric,
  	\`version_requests_duplicate_total\` numeric,
  	\`version_requests_publication_natural\` numeric,
  	\`version_requests_publication_commercial\` numeric,
  	\`version_requests_publication_research\` numeric,
  	\`version_requests_publication_public_interest\` numeric,
  	\`version_requests_publication_legal_service\` numeric,
  	\`version_requests_publication_other\` numeric,
  	\`version_requests_publication_total\` numeric,
  	\`version_requests_mass_repeat_natural\` numeric,
  	\`version_requests_mass_repeat_commercial\` numeric,
  	\`version_requests_mass_repeat_research\` numeric,
  	\`version_requests_mass_repeat_public_interest\` numeric,
  	\`version_requests_mass_repeat_legal_service\` numeric,
  	\`version_requests_mass_repeat_other\` numeric,
  	\`version_requests_mass_repeat_total\` numeric,
  	\`version_requests_confirmation_natural\` numeric,
  	\`version_requests_confirmation_commercial\` numeric,
  	\`version_requests_confirmation_research\` numeric,
  	\`version_requests_confirmation_public_interest\` numeric,
  	\`version_requests_confirmation_legal_service\` numeric,
  	\`version_requests_confirmation_other\` numeric,
  	\`version_requests_confirmation_total\` numeric,
  	\`version_requests_no_correction_natural\` numeric,
  	\`version_requests_no_correction_commercial\` numeric,
  	\`version_requests_no_correction_research\` numeric,
  	\`version_requests_no_correction_public_interest\` numeric,
  	\`version_requests_no_correction_legal_service\` numeric,
  	\`version_requests_no_correction_other\` numeric,
  	\`version_requests_no_correction_total\` numeric,
  	\`version_requests_fee_unpaid_natural\` numeric,
  	\`version_requests_fee_unpaid_commercial\` numeric,
  	\`version_requests_fee_unpaid_research\` numeric,
  	\`version_requests_fee_unpaid_public_interest\` numeric,
  	\`version_requests_fee_unpaid_legal_service\` numeric,
  	\`version_requests_fee_unpaid_other\` numeric,
  	\`version_requests_fee_unpaid_total\` numeric,
  	\`version_requests_other_result_natural\` numeric,
  	\`version_requests_other_result_commercial\` numeric,
  	\`version_requests_other_result_research\` numeric,
  	\`version_requests_other_result_public_interest\` numeric,
  	\`version_requests_other_result_legal_service\` numeric,
  	\`version_requests_other_result_other\` numeric,
  	\`version_requests_other_result_total\` numeric,
  	\`version_requests_result_total_natural\` numeric,
  	\`version_requests_result_total_commercial\` numeric,
  	\`version_requests_result_total_research\` numeric,
  	\`version_requests_result_total_public_interest\` numeric,
  	\`version_requests_result_total_legal_service\` numeric,
  	\`version_requests_result_total_other\` numeric,
  	\`version_requests_result_total_total\` numeric,
  	\`version_requests_carried_forward_natural\` numeric,
  	\`version_requests_carried_forward_commercial\` numeric,
  	\`version_requests_carried_forward_research\` numeric,
  	\`version_requests_carried_forward_public_interest\` numeric,
  	\`version_requests_carried_forward_legal_service\` numeric,
  	\`version_requests_carried_forward_other\` numeric,
  	\`version_requests_carried_forward_total\` numeric,
  	\`version_appeals_reconsideration_upheld\` numeric,
  	\`version_appeals_reconsideration_corrected\` numeric,
  	\`version_appeals_reconsideration_other_outcome\` numeric,
  	\`version_appeals_reconsideration_pending\` numeric,
  	\`version_appeals_reconsideration_total\` numeric,
  	\`version_appeals_direct_suit_upheld\` numeric,
  	\`version_appeals_direct_suit_corrected\` numeric,
  	\`version_appeals_direct_suit_other_outcome\` numeric,
  	\`version_appeals_direct_suit_pending\` numeric,
  	\`version_appeals_direct_suit_total\` numeric,
  	\`version_appeals_suit_after_review_upheld\` numeric,
  	\`version_appeals_suit_after_review_corrected\` numeric,
  	\`version_appeals_suit_after_review_other_outcome\` numeric,
  	\`version_appeals_suit_after_review_pending\` numeric,
  	\`version_appeals_suit_after_review_total\` numeric,
  	\`version_problems\` text,
  	\`version_other_matters\` text,
  	\`version_signed_by\` text,
  	\`version_signed_at\` text,
  	\`version_index_number\` text,
  	\`version_published_at\` text,
  	\`version_publisher\` text,
  	\`version_topic\` text DEFAULT 'general',
  	\`version_disclosure_mode\` text DEFAULT 'proactive',
  	\`version_keywords\` text,
  	\`version_abstract\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`annual_reports\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_parent_idx\` ON \`_annual_reports_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_year_idx\` ON \`_annual_reports_v\` (\`version_year\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_index_number_idx\` ON \`_annual_reports_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_published_at_idx\` ON \`_annual_reports_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_updated_at_idx\` ON \`_annual_reports_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version_created_at_idx\` ON \`_annual_reports_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_version_version__status_idx\` ON \`_annual_reports_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_created_at_idx\` ON \`_annual_reports_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_updated_at_idx\` ON \`_annual_reports_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_annual_reports_v_latest_idx\` ON \`_annual_reports_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wechat_cover_url\` text,
  	\`sizes_wechat_cover_width\` numeric,
  	\`sizes_wechat_cover_height\` numeric,
  	\`sizes_wechat_cover_mime_type\` text,
  	\`sizes_wechat_cover_filesize\` numeric,
  	\`sizes_wechat_cover_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wechat_cover_sizes_wechat_cover_filename_idx\` ON \`media\` (\`sizes_wechat_cover_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_square_sizes_square_filename_idx\` ON \`media\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE TABLE \`index_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prefix\` text NOT NULL,
  	\`value\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`index_counters_prefix_idx\` ON \`index_counters\` (\`prefix\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_updated_at_idx\` ON \`index_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_created_at_idx\` ON \`index_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`organ_wrong_names\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organ\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organ_wrong_names_order_idx\` ON \`organ_wrong_names\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`organ_wrong_names_parent_id_idx\` ON \`organ_wrong_names\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`organ\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`full_name\` text NOT NULL,
  	\`short_name\` text,
  	\`credit_code\` text NOT NULL,
  	\`address\` text,
  	\`phone\` text,
  	\`office_hours\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`news_channels\`;`)
  await db.run(sql`DROP TABLE \`news\`;`)
  await db.run(sql`DROP TABLE \`_news_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_news_v\`;`)
  await db.run(sql`DROP TABLE \`policies_channels\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies_rels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v_rels\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_channels\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations\`;`)
  await db.run(sql`DROP TABLE \`policy_interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_policy_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`meetings_agenda\`;`)
  await db.run(sql`DROP TABLE \`meetings_channels\`;`)
  await db.run(sql`DROP TABLE \`meetings\`;`)
  await db.run(sql`DROP TABLE \`meetings_rels\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_agenda\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v\`;`)
  await db.run(sql`DROP TABLE \`_meetings_v_rels\`;`)
  await db.run(sql`DROP TABLE \`annual_reports_channels\`;`)
  await db.run(sql`DROP TABLE \`annual_reports\`;`)
  await db.run(sql`DROP TABLE \`_annual_reports_v_version_channels\`;`)
  await db.run(sql`DROP TABLE \`_annual_reports_v\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`index_counters\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`organ_wrong_names\`;`)
  await db.run(sql`DROP TABLE \`organ\`;`)
}
