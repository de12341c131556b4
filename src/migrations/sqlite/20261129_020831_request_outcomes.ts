import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`outcome\` text;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`closed_on\` text;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` ADD \`legal_basis\` text;`)
  await db.run(sql`CREATE INDEX \`disclosure_requests_closed_on_idx\` ON \`disclosure_requests\` (\`closed_on\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`disclosure_requests_closed_on_idx\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`outcome\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`closed_on\`;`)
  await db.run(sql`ALTER TABLE \`disclosure_requests\` DROP COLUMN \`legal_basis\`;`)
}
