import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_disclosure_requests_case_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text,
  	\`on\` text,
  	\`days\` numeric,
  	\`by\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_disclosure_requests_case_log\`("_order", "_parent_id", "id", "step", "on", "days", "by", "note") SELECT "_order", "_parent_id", "id", "step", "on", "days", "by", "note" FROM \`disclosure_requests_case_log\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests_case_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosure_requests_case_log\` RENAME TO \`disclosure_requests_case_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_case_log_order_idx\` ON \`disclosure_requests_case_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_case_log_parent_id_idx\` ON \`disclosure_requests_case_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_disclosure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_number\` text,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_type\` text NOT NULL,
  	\`id_number\` text,
  	\`contact\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`form_wanted\` text,
  	\`channel\` text DEFAULT 'in-person' NOT NULL,
  	\`received_on\` text,
  	\`due_date\` text,
  	\`state\` text,
  	\`outcome\` text,
  	\`closed_on\` text,
  	\`legal_basis\` text,
  	\`fee_method\` text,
  	\`fee_items\` numeric DEFAULT 1,
  	\`fee_pages\` numeric,
  	\`fee_amount\` numeric,
  	\`applicant_key\` text,
  	\`reminded_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_disclosure_requests\`("id", "tracking_number", "applicant_name", "applicant_type", "id_number", "contact", "description", "form_wanted", "channel", "received_on", "due_date", "state", "outcome", "closed_on", "legal_basis", "fee_method", "fee_items", "fee_pages", "fee_amount", "applicant_key", "reminded_for", "updated_at", "created_at") SELECT "id", "tracking_number", "applicant_name", "applicant_type", "id_number", "contact", "description", "form_wanted", "channel", "received_on", "due_date", "state", "outcome", "closed_on", "legal_basis", "fee_method", "fee_items", "fee_pages", "fee_amount", "applicant_key", "reminded_for", "updated_at", "created_at" FROM \`disclosure_requests\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosure_requests\` RENAME TO \`disclosure_requests\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_requests_tracking_number_idx\` ON \`disclosure_requests\` (\`tracking_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_due_date_idx\` ON \`disclosure_requests\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_state_idx\` ON \`disclosure_requests\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_closed_on_idx\` ON \`disclosure_requests\` (\`closed_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_applicant_key_idx\` ON \`disclosure_requests\` (\`applicant_key\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_updated_at_idx\` ON \`disclosure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_created_at_idx\` ON \`disclosure_requests\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_disclosure_requests_case_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`step\` text NOT NULL,
  	\`on\` text NOT NULL,
  	\`days\` numeric,
  	\`by\` text,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosure_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_disclosure_requests_case_log\`("_order", "_parent_id", "id", "step", "on", "days", "by", "note") SELECT "_order", "_parent_id", "id", "step", "on", "days", "by", "note" FROM \`disclosure_requests_case_log\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests_case_log\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosure_requests_case_log\` RENAME TO \`disclosure_requests_case_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_case_log_order_idx\` ON \`disclosure_requests_case_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_case_log_parent_id_idx\` ON \`disclosure_requests_case_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_disclosure_requests\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tracking_number\` text,
  	\`applicant_name\` text NOT NULL,
  	\`applicant_type\` text NOT NULL,
  	\`id_number\` text,
  	\`contact\` text NOT NULL,
  	\`description\` text NOT NULL,
  	\`form_wanted\` text,
  	\`channel\` text NOT NULL,
  	\`received_on\` text,
  	\`due_date\` text,
  	\`state\` text,
  	\`outcome\` text,
  	\`closed_on\` text,
  	\`legal_basis\` text,
  	\`fee_method\` text,
  	\`fee_items\` numeric DEFAULT 1,
  	\`fee_pages\` numeric,
  	\`fee_amount\` numeric,
  	\`applicant_key\` text,
  	\`reminded_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_disclosure_requests\`("id", "tracking_number", "applicant_name", "applicant_type", "id_number", "contact", "description", "form_wanted", "channel", "received_on", "due_date", "state", "outcome", "closed_on", "legal_basis", "fee_method", "fee_items", "fee_pages", "fee_amount", "applicant_key", "reminded_for", "updated_at", "created_at") SELECT "id", "tracking_number", "applicant_name", "applicant_type", "id_number", "contact", "description", "form_wanted", "channel", "received_on", "due_date", "state", "outcome", "closed_on", "legal_basis", "fee_method", "fee_items", "fee_pages", "fee_amount", "applicant_key", "reminded_for", "updated_at", "created_at" FROM \`disclosure_requests\`;`)
  await db.run(sql`DROP TABLE \`disclosure_requests\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosure_requests\` RENAME TO \`disclosure_requests\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosure_requests_tracking_number_idx\` ON \`disclosure_requests\` (\`tracking_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_due_date_idx\` ON \`disclosure_requests\` (\`due_date\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_state_idx\` ON \`disclosure_requests\` (\`state\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_closed_on_idx\` ON \`disclosure_requests\` (\`closed_on\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_applicant_key_idx\` ON \`disclosure_requests\` (\`applicant_key\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_updated_at_idx\` ON \`disclosure_requests\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_created_at_idx\` ON \`disclosure_requests\` (\`created_at\`);`)
}
