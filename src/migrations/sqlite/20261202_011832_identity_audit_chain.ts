import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`user_roles\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`sequence\` numeric;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`previous_hash\` text;`)
  await db.run(sql`ALTER TABLE \`audit_log\` ADD \`entry_hash\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`audit_log_sequence_idx\` ON \`audit_log\` (\`sequence\`);`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`audit_log_sequence_idx\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`user_roles\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`sequence\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`previous_hash\`;`)
  await db.run(sql`ALTER TABLE \`audit_log\` DROP COLUMN \`entry_hash\`;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
