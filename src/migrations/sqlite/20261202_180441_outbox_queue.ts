import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`due_at\` text;`)
  // The outbox is its own queue now: a delivery's wait moves from its Payload job to the delivery, and the jobs go.
  await db.run(sql`UPDATE \`deliveries\` SET \`due_at\` = (SELECT j.\`wait_until\` FROM \`payload_jobs\` j
    WHERE j.\`task_slug\` = 'deliver' AND j.\`completed_at\` IS NULL AND j.\`wait_until\` > strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    AND json_extract(j.\`input\`, '$.delivery') = CAST(\`deliveries\`.\`id\` AS TEXT) ORDER BY j.\`wait_until\` DESC LIMIT 1)
    WHERE \`status\` = 'queued';`)
  await db.run(sql`DELETE FROM \`payload_jobs\` WHERE \`task_slug\` = 'deliver';`)
  await db.run(sql`CREATE INDEX \`deliveries_due_at_idx\` ON \`deliveries\` (\`due_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`deliveries_due_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`due_at\`;`)
}
