import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`fee_method\` text;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`fee_items\` numeric DEFAULT 1;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`fee_pages\` numeric;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`fee_amount\` numeric;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`applicant_key\` text;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`reminded_for\` text;`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_applicant_key_idx\` ON \`disclosure_requests\` (\`applicant_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`disclosure_requests_applicant_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`fee_method\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`fee_items\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`fee_pages\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`fee_amount\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`applicant_key\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`reminded_for\`;`)
}
