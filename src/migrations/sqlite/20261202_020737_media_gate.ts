import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`media\` ADD \`frozen\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`live\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`live_in\` text;`)
  await db.run(sql`CREATE INDEX \`media_live_idx\` ON \`media\` (\`live\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`media_live_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`frozen\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`live\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`live_in\`;`)
}
