import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // The outbox is its own queue now: a delivery's wait moves from its Payload job to the delivery, and the jobs go.
  await db.execute(sql`
  ALTER TABLE "deliveries" ADD COLUMN "due_at" timestamp(3) with time zone;
  UPDATE "deliveries" SET "due_at" = j."wait_until" FROM "payload_jobs" j
    WHERE j."task_slug" = 'deliver' AND j."completed_at" IS NULL AND j."wait_until" > now()
    AND j."input"->>'delivery' = "deliveries"."id"::text AND "deliveries"."status" = 'queued';
  DELETE FROM "payload_jobs_log" WHERE "task_slug" = 'deliver';
  DELETE FROM "payload_jobs" WHERE "task_slug" = 'deliver';
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'refreshRequests');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'refreshRequests');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  CREATE INDEX "deliveries_due_at_idx" ON "deliveries" USING btree ("due_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deliver' BEFORE 'refreshRequests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deliver' BEFORE 'refreshRequests';
  DROP INDEX "deliveries_due_at_idx";
  ALTER TABLE "deliveries" DROP COLUMN "due_at";`)
}
