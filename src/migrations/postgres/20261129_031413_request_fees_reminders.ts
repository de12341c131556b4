import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_fee_method" AS ENUM('per-item', 'per-page');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'refreshRequests';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'refreshRequests';
  ALTER TABLE "disclosure_requests" ADD COLUMN "fee_method" "enum_disclosure_requests_fee_method";
  ALTER TABLE "disclosure_requests" ADD COLUMN "fee_items" numeric DEFAULT 1;
  ALTER TABLE "disclosure_requests" ADD COLUMN "fee_pages" numeric;
  ALTER TABLE "disclosure_requests" ADD COLUMN "fee_amount" numeric;
  ALTER TABLE "disclosure_requests" ADD COLUMN "applicant_key" varchar;
  ALTER TABLE "disclosure_requests" ADD COLUMN "reminded_for" varchar;
  CREATE INDEX "disclosure_requests_applicant_key_idx" ON "disclosure_requests" USING btree ("applicant_key");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishScheduled', 'deliver');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishScheduled', 'deliver');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "disclosure_requests_applicant_key_idx";
  ALTER TABLE "disclosure_requests" DROP COLUMN "fee_method";
  ALTER TABLE "disclosure_requests" DROP COLUMN "fee_items";
  ALTER TABLE "disclosure_requests" DROP COLUMN "fee_pages";
  ALTER TABLE "disclosure_requests" DROP COLUMN "fee_amount";
  ALTER TABLE "disclosure_requests" DROP COLUMN "applicant_key";
  ALTER TABLE "disclosure_requests" DROP COLUMN "reminded_for";
  DROP TYPE "public"."enum_disclosure_requests_fee_method";`)
}
