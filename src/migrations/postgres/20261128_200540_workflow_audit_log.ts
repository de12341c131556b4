import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_news_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__news_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_policies_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__policies_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_policy_interpretations_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_meetings_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__meetings_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_annual_reports_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum__annual_reports_v_version_workflow_state" AS ENUM('draft', 'pending-review', 'pending-approval', 'approved', 'published', 'withdrawn');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'pass-review', 'approve', 'reject', 'withdraw', 'publish', 'void');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"document_title" varchar,
  	"action" "enum_audit_log_action" NOT NULL,
  	"level" numeric,
  	"from_state" varchar,
  	"to_state" varchar,
  	"user_id" integer,
  	"user_name" varchar,
  	"role" varchar,
  	"content_hash" varchar,
  	"comment" varchar,
  	"ip" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "news" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "workflow_state" "enum_news_workflow_state" DEFAULT 'draft';
  ALTER TABLE "news" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "news" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "news" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "news" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "news" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "_news_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_state" "enum__news_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_level" numeric;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_hash" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_editors" jsonb;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_history" jsonb;
  ALTER TABLE "policies" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "workflow_state" "enum_policies_workflow_state" DEFAULT 'draft';
  ALTER TABLE "policies" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "policies" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "policies" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "policies" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "policies" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "_policies_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_state" "enum__policies_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_level" numeric;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_hash" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_editors" jsonb;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_history" jsonb;
  ALTER TABLE "policy_interpretations" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_state" "enum_policy_interpretations_workflow_state" DEFAULT 'draft';
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_state" "enum__policy_interpretations_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_level" numeric;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_hash" varchar;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_editors" jsonb;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_history" jsonb;
  ALTER TABLE "meetings" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "meetings" ADD COLUMN "workflow_state" "enum_meetings_workflow_state" DEFAULT 'draft';
  ALTER TABLE "meetings" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "meetings" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "meetings" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "meetings" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "meetings" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_state" "enum__meetings_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_level" numeric;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_hash" varchar;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_editors" jsonb;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_history" jsonb;
  ALTER TABLE "annual_reports" ADD COLUMN "publish_at" timestamp(3) with time zone;
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_state" "enum_annual_reports_workflow_state" DEFAULT 'draft';
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_level" numeric;
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_hash" varchar;
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_reason" varchar;
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_editors" jsonb;
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_history" jsonb;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_state" "enum__annual_reports_v_version_workflow_state" DEFAULT 'draft';
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_level" numeric;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_hash" varchar;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_reason" varchar;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_editors" jsonb;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_history" jsonb;
  ALTER TABLE "media" ADD COLUMN "sha256" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_collection_idx" ON "audit_log" USING btree ("collection");
  CREATE INDEX "audit_log_document_idx" ON "audit_log" USING btree ("document");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "news_workflow_workflow_state_idx" ON "news" USING btree ("workflow_state");
  CREATE INDEX "_news_v_version_workflow_version_workflow_state_idx" ON "_news_v" USING btree ("version_workflow_state");
  CREATE INDEX "policies_workflow_workflow_state_idx" ON "policies" USING btree ("workflow_state");
  CREATE INDEX "_policies_v_version_workflow_version_workflow_state_idx" ON "_policies_v" USING btree ("version_workflow_state");
  CREATE INDEX "policy_interpretations_workflow_workflow_state_idx" ON "policy_interpretations" USING btree ("workflow_state");
  CREATE INDEX "_policy_interpretations_v_version_workflow_version_workf_idx" ON "_policy_interpretations_v" USING btree ("version_workflow_state");
  CREATE INDEX "meetings_workflow_workflow_state_idx" ON "meetings" USING btree ("workflow_state");
  CREATE INDEX "_meetings_v_version_workflow_version_workflow_state_idx" ON "_meetings_v" USING btree ("version_workflow_state");
  CREATE INDEX "annual_reports_workflow_workflow_state_idx" ON "annual_reports" USING btree ("workflow_state");
  CREATE INDEX "_annual_reports_v_version_workflow_version_workflow_stat_idx" ON "_annual_reports_v" USING btree ("version_workflow_state");
  CREATE INDEX "media_sha256_idx" ON "media" USING btree ("sha256");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  DROP INDEX "news_workflow_workflow_state_idx";
  DROP INDEX "_news_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "policies_workflow_workflow_state_idx";
  DROP INDEX "_policies_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "policy_interpretations_workflow_workflow_state_idx";
  DROP INDEX "_policy_interpretations_v_version_workflow_version_workf_idx";
  DROP INDEX "meetings_workflow_workflow_state_idx";
  DROP INDEX "_meetings_v_version_workflow_version_workflow_state_idx";
  DROP INDEX "annual_reports_workflow_workflow_state_idx";
  DROP INDEX "_annual_reports_v_version_workflow_version_workflow_stat_idx";
  DROP INDEX "media_sha256_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  ALTER TABLE "news" DROP COLUMN "publish_at";
  ALTER TABLE "news" DROP COLUMN "workflow_state";
  ALTER TABLE "news" DROP COLUMN "workflow_level";
  ALTER TABLE "news" DROP COLUMN "workflow_hash";
  ALTER TABLE "news" DROP COLUMN "workflow_reason";
  ALTER TABLE "news" DROP COLUMN "workflow_editors";
  ALTER TABLE "news" DROP COLUMN "workflow_history";
  ALTER TABLE "_news_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_level";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_hash";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_editors";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_history";
  ALTER TABLE "policies" DROP COLUMN "publish_at";
  ALTER TABLE "policies" DROP COLUMN "workflow_state";
  ALTER TABLE "policies" DROP COLUMN "workflow_level";
  ALTER TABLE "policies" DROP COLUMN "workflow_hash";
  ALTER TABLE "policies" DROP COLUMN "workflow_reason";
  ALTER TABLE "policies" DROP COLUMN "workflow_editors";
  ALTER TABLE "policies" DROP COLUMN "workflow_history";
  ALTER TABLE "_policies_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_level";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_hash";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_editors";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_history";
  ALTER TABLE "policy_interpretations" DROP COLUMN "publish_at";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_state";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_level";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_hash";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_reason";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_editors";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_history";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_level";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_hash";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_editors";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_history";
  ALTER TABLE "meetings" DROP COLUMN "publish_at";
  ALTER TABLE "meetings" DROP COLUMN "workflow_state";
  ALTER TABLE "meetings" DROP COLUMN "workflow_level";
  ALTER TABLE "meetings" DROP COLUMN "workflow_hash";
  ALTER TABLE "meetings" DROP COLUMN "workflow_reason";
  ALTER TABLE "meetings" DROP COLUMN "workflow_editors";
  ALTER TABLE "meetings" DROP COLUMN "workflow_history";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_level";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_hash";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_editors";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_history";
  ALTER TABLE "annual_reports" DROP COLUMN "publish_at";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_state";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_level";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_hash";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_reason";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_editors";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_history";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_publish_at";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_state";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_level";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_hash";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_reason";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_editors";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_history";
  ALTER TABLE "media" DROP COLUMN "sha256";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  DROP TYPE "public"."enum_news_workflow_state";
  DROP TYPE "public"."enum__news_v_version_workflow_state";
  DROP TYPE "public"."enum_policies_workflow_state";
  DROP TYPE "public"."enum__policies_v_version_workflow_state";
  DROP TYPE "public"."enum_policy_interpretations_workflow_state";
  DROP TYPE "public"."enum__policy_interpretations_v_version_workflow_state";
  DROP TYPE "public"."enum_meetings_workflow_state";
  DROP TYPE "public"."enum__meetings_v_version_workflow_state";
  DROP TYPE "public"."enum_annual_reports_workflow_state";
  DROP TYPE "public"."enum__annual_reports_v_version_workflow_state";
  DROP TYPE "public"."enum_audit_log_action";`)
}
