import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_case_log" ALTER COLUMN "step" DROP NOT NULL;
  ALTER TABLE "disclosure_requests_case_log" ALTER COLUMN "on" DROP NOT NULL;
  ALTER TABLE "disclosure_requests" ALTER COLUMN "channel" SET DEFAULT 'in-person';`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_case_log" ALTER COLUMN "step" SET NOT NULL;
  ALTER TABLE "disclosure_requests_case_log" ALTER COLUMN "on" SET NOT NULL;
  ALTER TABLE "disclosure_requests" ALTER COLUMN "channel" DROP DEFAULT;`)
}
