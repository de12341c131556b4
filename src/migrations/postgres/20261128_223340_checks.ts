import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_check_terms_kind" AS ENUM('sensitive', 'correction');
  CREATE TYPE "public"."enum_check_terms_severity" AS ENUM('block', 'warn');
  CREATE TYPE "public"."enum_check_settings_names_kind" AS ENUM('person', 'organ');
  CREATE TABLE "check_terms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"kind" "enum_check_terms_kind" DEFAULT 'sensitive' NOT NULL,
  	"replacement" varchar,
  	"severity" "enum_check_terms_severity" DEFAULT 'block' NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "check_settings_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_check_settings_names_kind" DEFAULT 'person' NOT NULL
  );
  
  CREATE TABLE "check_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"masks_id_number_keep_start" numeric DEFAULT 2 NOT NULL,
  	"masks_id_number_keep_end" numeric DEFAULT 3 NOT NULL,
  	"masks_mobile_keep_start" numeric DEFAULT 3 NOT NULL,
  	"masks_mobile_keep_end" numeric DEFAULT 4 NOT NULL,
  	"masks_bank_card_keep_start" numeric DEFAULT 4 NOT NULL,
  	"masks_bank_card_keep_end" numeric DEFAULT 4 NOT NULL,
  	"masks_landline_keep_start" numeric DEFAULT 4 NOT NULL,
  	"masks_landline_keep_end" numeric DEFAULT 2 NOT NULL,
  	"traditional_exceptions" varchar,
  	"reduplications" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('acknowledge', 'approve', 'check', 'pass-review', 'publish', 'reject', 'submit', 'void', 'withdraw');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "news" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "_news_v" ADD COLUMN "version_workflow_checks" jsonb;
  ALTER TABLE "policies" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "_policies_v" ADD COLUMN "version_workflow_checks" jsonb;
  ALTER TABLE "policy_interpretations" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_workflow_checks" jsonb;
  ALTER TABLE "meetings" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_workflow_checks" jsonb;
  ALTER TABLE "annual_reports" ADD COLUMN "workflow_checks" jsonb;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_workflow_checks" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "check_terms_id" integer;
  ALTER TABLE "check_settings_names" ADD CONSTRAINT "check_settings_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."check_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "check_terms_term_idx" ON "check_terms" USING btree ("term");
  CREATE INDEX "check_terms_updated_at_idx" ON "check_terms" USING btree ("updated_at");
  CREATE INDEX "check_terms_created_at_idx" ON "check_terms" USING btree ("created_at");
  CREATE INDEX "check_settings_names_order_idx" ON "check_settings_names" USING btree ("_order");
  CREATE INDEX "check_settings_names_parent_id_idx" ON "check_settings_names" USING btree ("_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_check_terms_fk" FOREIGN KEY ("check_terms_id") REFERENCES "public"."check_terms"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_check_terms_id_idx" ON "payload_locked_documents_rels" USING btree ("check_terms_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "check_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "check_settings_names" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "check_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "check_terms" CASCADE;
  DROP TABLE "check_settings_names" CASCADE;
  DROP TABLE "check_settings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_check_terms_fk";
  
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('submit', 'pass-review', 'approve', 'reject', 'withdraw', 'publish', 'void');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  DROP INDEX "payload_locked_documents_rels_check_terms_id_idx";
  ALTER TABLE "news" DROP COLUMN "workflow_checks";
  ALTER TABLE "_news_v" DROP COLUMN "version_workflow_checks";
  ALTER TABLE "policies" DROP COLUMN "workflow_checks";
  ALTER TABLE "_policies_v" DROP COLUMN "version_workflow_checks";
  ALTER TABLE "policy_interpretations" DROP COLUMN "workflow_checks";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_workflow_checks";
  ALTER TABLE "meetings" DROP COLUMN "workflow_checks";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_workflow_checks";
  ALTER TABLE "annual_reports" DROP COLUMN "workflow_checks";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_workflow_checks";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "check_terms_id";
  DROP TYPE "public"."enum_check_terms_kind";
  DROP TYPE "public"."enum_check_terms_severity";
  DROP TYPE "public"."enum_check_settings_names_kind";`)
}
