import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ADD COLUMN "user_roles" jsonb;
  ALTER TABLE "audit_log" ADD COLUMN "sequence" numeric;
  ALTER TABLE "audit_log" ADD COLUMN "previous_hash" varchar;
  ALTER TABLE "audit_log" ADD COLUMN "entry_hash" varchar;
  CREATE UNIQUE INDEX "audit_log_sequence_idx" ON "audit_log" USING btree ("sequence");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "audit_log_sequence_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "audit_log" DROP COLUMN "user_roles";
  ALTER TABLE "audit_log" DROP COLUMN "sequence";
  ALTER TABLE "audit_log" DROP COLUMN "previous_hash";
  ALTER TABLE "audit_log" DROP COLUMN "entry_hash";`)
}
