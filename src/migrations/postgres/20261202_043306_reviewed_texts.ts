import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_wechat_replies_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_wechat_replies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__wechat_replies_v_version_match" AS ENUM('contains', 'exact');
  CREATE TYPE "public"."enum__wechat_replies_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__wechat_replies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_organ_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_organ_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organ_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__organ_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "_wechat_replies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_keyword" varchar,
  	"version_match" "enum__wechat_replies_v_version_match" DEFAULT 'contains',
  	"version_enabled" boolean DEFAULT true,
  	"version_reply" varchar,
  	"version_workflow_state" "enum__wechat_replies_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_level" numeric,
  	"version_workflow_hash" varchar,
  	"version_workflow_reason" varchar,
  	"version_workflow_editors" jsonb,
  	"version_workflow_history" jsonb,
  	"version_workflow_checks" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__wechat_replies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_organ_v_version_wrong_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organ_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_full_name" varchar,
  	"version_short_name" varchar,
  	"version_credit_code" varchar,
  	"version_address" varchar,
  	"version_phone" varchar,
  	"version_office_hours" varchar,
  	"version_email" varchar,
  	"version_report_deadline" varchar DEFAULT '01-31',
  	"version_correction_period_days" numeric DEFAULT 15,
  	"version_workflow_state" "enum__organ_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_level" numeric,
  	"version_workflow_hash" varchar,
  	"version_workflow_reason" varchar,
  	"version_workflow_editors" jsonb,
  	"version_workflow_history" jsonb,
  	"version_workflow_checks" jsonb,
  	"version__status" "enum__organ_v_version_status" DEFAULT 'draft',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  ALTER TABLE "wechat_replies" ALTER COLUMN "keyword" DROP NOT NULL;
  ALTER TABLE "wechat_replies" ALTER COLUMN "match" DROP NOT NULL;
  ALTER TABLE "wechat_replies" ALTER COLUMN "reply" DROP NOT NULL;
  ALTER TABLE "organ_wrong_names" ALTER COLUMN "name" DROP NOT NULL;
  ALTER TABLE "organ" ALTER COLUMN "full_name" DROP NOT NULL;
  ALTER TABLE "organ" ALTER COLUMN "credit_code" DROP NOT NULL;
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_state" "enum_wechat_replies_workflow_state" DEFAULT 'draft';
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "wechat_replies" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "wechat_replies" ADD COLUMN "_status" "enum_wechat_replies_status" DEFAULT 'draft';
  ALTER TABLE "organ" ADD COLUMN "workflow_state" "enum_organ_workflow_state" DEFAULT 'draft';
  ALTER TABLE "organ" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "organ" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "organ" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "organ" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "organ" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "organ" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "organ" ADD COLUMN "_status" "enum_organ_status" DEFAULT 'draft';
  ALTER TABLE "_wechat_replies_v" ADD CONSTRAINT "_wechat_replies_v_parent_id_wechat_replies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."wechat_replies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organ_v_version_wrong_names" ADD CONSTRAINT "_organ_v_version_wrong_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organ_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "_wechat_replies_v_parent_idx" ON "_wechat_replies_v" USING btree ("parent_id");
  CREATE INDEX "_wechat_replies_v_version_version_keyword_idx" ON "_wechat_replies_v" USING btree ("version_keyword");
  CREATE INDEX "_wechat_replies_v_version_workflow_version_workflow_stat_idx" ON "_wechat_replies_v" USING btree ("version_workflow_state");
  CREATE INDEX "_wechat_replies_v_version_version_updated_at_idx" ON "_wechat_replies_v" USING btree ("version_updated_at");
  CREATE INDEX "_wechat_replies_v_version_version_created_at_idx" ON "_wechat_replies_v" USING btree ("version_created_at");
  CREATE INDEX "_wechat_replies_v_version_version__status_idx" ON "_wechat_replies_v" USING btree ("version__status");
  CREATE INDEX "_wechat_replies_v_created_at_idx" ON "_wechat_replies_v" USING btree ("created_at");
  CREATE INDEX "_wechat_replies_v_updated_at_idx" ON "_wechat_replies_v" USING btree ("updated_at");
  CREATE INDEX "_wechat_replies_v_latest_idx" ON "_wechat_replies_v" USING btree ("latest");
  CREATE INDEX "_organ_v_version_wrong_names_order_idx" ON "_organ_v_version_wrong_names" USING btree ("_order");
  CREATE INDEX "_organ_v_version_wrong_names_parent_id_idx" ON "_organ_v_version_wrong_names" USING btree ("_parent_id");
  CREATE INDEX "_organ_v_version_workflow_version_workflow_state_idx" ON "_organ_v" USING btree ("version_workflow_state");
  CREATE INDEX "_organ_v_version_version__status_idx" ON "_organ_v" USING btree ("version__status");
  CREATE INDEX "_organ_v_created_at_idx" ON "_organ_v" USING btree ("created_at");
  CREATE INDEX "_organ_v_updated_at_idx" ON "_organ_v" USING btree ("updated_at");
  CREATE INDEX "_organ_v_latest_idx" ON "_organ_v" USING btree ("latest");
  CREATE INDEX "wechat_replies_workflow_workflow_state_idx" ON "wechat_replies" USING btree ("workflow_state");
  CREATE INDEX "wechat_replies__status_idx" ON "wechat_replies" USING btree ("_status");
  CREATE INDEX "organ_workflow_workflow_state_idx" ON "organ" USING btree ("workflow_state");
  CREATE INDEX "organ__status_idx" ON "organ" USING btree ("_status");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_wechat_replies_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organ_v_version_wrong_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_organ_v" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "_wechat_replies_v" CASCADE;
  DROP TABLE "_organ_v_version_wrong_names" CASCADE;
  DROP TABLE "_organ_v" CASCADE;
  DROP INDEX "wechat_replies_workflow_workflow_state_idx";
  DROP INDEX "wechat_replies__status_idx";
  DROP INDEX "organ_workflow_workflow_state_idx";
  DROP INDEX "organ__status_idx";
  ALTER TABLE "wechat_replies" ALTER COLUMN "keyword" SET NOT NULL;
  ALTER TABLE "wechat_replies" ALTER COLUMN "match" SET NOT NULL;
  ALTER TABLE "wechat_replies" ALTER COLUMN "reply" SET NOT NULL;
  ALTER TABLE "organ_wrong_names" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "organ" ALTER COLUMN "full_name" SET NOT NULL;
  ALTER TABLE "organ" ALTER COLUMN "credit_code" SET NOT NULL;
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_state";
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_level";
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_hash";
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_reason";
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_editors";
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_history";
  ALTER TABLE "wechat_replies" DROP COLUMN "workflow_checks";
  ALTER TABLE "wechat_replies" DROP COLUMN "_status";
  ALTER TABLE "organ" DROP COLUMN "workflow_state";
  ALTER TABLE "organ" DROP COLUMN "workflow_level";
  ALTER TABLE "organ" DROP COLUMN "workflow_hash";
  ALTER TABLE "organ" DROP COLUMN "workflow_reason";
  ALTER TABLE "organ" DROP COLUMN "workflow_editors";
  ALTER TABLE "organ" DROP COLUMN "workflow_history";
  ALTER TABLE "organ" DROP COLUMN "workflow_checks";
  ALTER TABLE "organ" DROP COLUMN "_status";
  DROP TYPE "public"."enum_wechat_replies_workflow_state";
  DROP TYPE "public"."enum_wechat_replies_status";
  DROP TYPE "public"."enum__wechat_replies_v_version_match";
  DROP TYPE "public"."enum__wechat_replies_v_version_workflow_state";
  DROP TYPE "public"."enum__wechat_replies_v_version_status";
  DROP TYPE "public"."enum_organ_workflow_state";
  DROP TYPE "public"."enum_organ_status";
  DROP TYPE "public"."enum__organ_v_version_workflow_state";
  DROP TYPE "public"."enum__organ_v_version_status";`)
}
