import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_print_jobs_kind" AS ENUM('post', 'take-down');
  CREATE TYPE "public"."enum_print_jobs_status" AS ENUM('queued', 'claimed', 'printed', 'failed');
  CREATE TYPE "public"."enum_wechat_replies_match" AS ENUM('contains', 'exact');
  CREATE TABLE "print_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"collection" varchar NOT NULL,
  	"document" varchar NOT NULL,
  	"document_title" varchar,
  	"content_hash" varchar NOT NULL,
  	"kind" "enum_print_jobs_kind" NOT NULL,
  	"key" varchar NOT NULL,
  	"delivery" varchar,
  	"takes_down_id" integer,
  	"status" "enum_print_jobs_status" DEFAULT 'queued' NOT NULL,
  	"claimed_by_id" integer,
  	"claimed_at" timestamp(3) with time zone,
  	"lease_until" timestamp(3) with time zone,
  	"claims" numeric DEFAULT 0,
  	"reported_at" timestamp(3) with time zone,
  	"message" varchar,
  	"period_end" timestamp(3) with time zone,
  	"sheet_pages" numeric,
  	"sheet_bytes" numeric,
  	"sheet_sha256" varchar,
  	"sheet_pdf" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "wechat_replies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"keyword" varchar NOT NULL,
  	"match" "enum_wechat_replies_match" DEFAULT 'contains' NOT NULL,
  	"enabled" boolean DEFAULT true,
  	"reply" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "news" ADD COLUMN "notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "news" ADD COLUMN "notice_period_objection_contact" varchar;
  ALTER TABLE "_news_v" ADD COLUMN "version_notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "_news_v" ADD COLUMN "version_notice_period_objection_contact" varchar;
  ALTER TABLE "policies" ADD COLUMN "notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "notice_period_objection_contact" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_notice_period_objection_contact" varchar;
  ALTER TABLE "policy_interpretations" ADD COLUMN "notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "policy_interpretations" ADD COLUMN "notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "policy_interpretations" ADD COLUMN "notice_period_objection_contact" varchar;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "_policy_interpretations_v" ADD COLUMN "version_notice_period_objection_contact" varchar;
  ALTER TABLE "meetings" ADD COLUMN "notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "meetings" ADD COLUMN "notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "meetings" ADD COLUMN "notice_period_objection_contact" varchar;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "_meetings_v" ADD COLUMN "version_notice_period_objection_contact" varchar;
  ALTER TABLE "annual_reports" ADD COLUMN "notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "annual_reports" ADD COLUMN "notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "annual_reports" ADD COLUMN "notice_period_objection_contact" varchar;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_notice_period_start" timestamp(3) with time zone;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_notice_period_end" timestamp(3) with time zone;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_notice_period_objection_contact" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "channel_ref" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "print_jobs_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "wechat_replies_id" integer;
  ALTER TABLE "organ" ADD COLUMN "email" varchar;
  ALTER TABLE "print_jobs" ADD CONSTRAINT "print_jobs_takes_down_id_print_jobs_id_fk" FOREIGN KEY ("takes_down_id") REFERENCES "public"."print_jobs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "print_jobs" ADD CONSTRAINT "print_jobs_claimed_by_id_users_id_fk" FOREIGN KEY ("claimed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "print_jobs_collection_idx" ON "print_jobs" USING btree ("collection");
  CREATE INDEX "print_jobs_document_idx" ON "print_jobs" USING btree ("document");
  CREATE UNIQUE INDEX "print_jobs_key_idx" ON "print_jobs" USING btree ("key");
  CREATE INDEX "print_jobs_delivery_idx" ON "print_jobs" USING btree ("delivery");
  CREATE INDEX "print_jobs_takes_down_idx" ON "print_jobs" USING btree ("takes_down_id");
  CREATE INDEX "print_jobs_status_idx" ON "print_jobs" USING btree ("status");
  CREATE INDEX "print_jobs_claimed_by_idx" ON "print_jobs" USING btree ("claimed_by_id");
  CREATE INDEX "print_jobs_lease_until_idx" ON "print_jobs" USING btree ("lease_until");
  CREATE INDEX "print_jobs_updated_at_idx" ON "print_jobs" USING btree ("updated_at");
  CREATE INDEX "print_jobs_created_at_idx" ON "print_jobs" USING btree ("created_at");
  CREATE INDEX "wechat_replies_keyword_idx" ON "wechat_replies" USING btree ("keyword");
  CREATE INDEX "wechat_replies_updated_at_idx" ON "wechat_replies" USING btree ("updated_at");
  CREATE INDEX "wechat_replies_created_at_idx" ON "wechat_replies" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_print_jobs_fk" FOREIGN KEY ("print_jobs_id") REFERENCES "public"."print_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_wechat_replies_fk" FOREIGN KEY ("wechat_replies_id") REFERENCES "public"."wechat_replies"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "deliveries_channel_ref_idx" ON "deliveries" USING btree ("channel_ref");
  CREATE INDEX "payload_locked_documents_rels_print_jobs_id_idx" ON "payload_locked_documents_rels" USING btree ("print_jobs_id");
  CREATE INDEX "payload_locked_documents_rels_wechat_replies_id_idx" ON "payload_locked_documents_rels" USING btree ("wechat_replies_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "print_jobs" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "wechat_replies" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "print_jobs" CASCADE;
  DROP TABLE "wechat_replies" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_print_jobs_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_wechat_replies_fk";
  
  DROP INDEX "deliveries_channel_ref_idx";
  DROP INDEX "payload_locked_documents_rels_print_jobs_id_idx";
  DROP INDEX "payload_locked_documents_rels_wechat_replies_id_idx";
  ALTER TABLE "news" DROP COLUMN "notice_period_start";
  ALTER TABLE "news" DROP COLUMN "notice_period_end";
  ALTER TABLE "news" DROP COLUMN "notice_period_objection_contact";
  ALTER TABLE "_news_v" DROP COLUMN "version_notice_period_start";
  ALTER TABLE "_news_v" DROP COLUMN "version_notice_period_end";
  ALTER TABLE "_news_v" DROP COLUMN "version_notice_period_objection_contact";
  ALTER TABLE "policies" DROP COLUMN "notice_period_start";
  ALTER TABLE "policies" DROP COLUMN "notice_period_end";
  ALTER TABLE "policies" DROP COLUMN "notice_period_objection_contact";
  ALTER TABLE "_policies_v" DROP COLUMN "version_notice_period_start";
  ALTER TABLE "_policies_v" DROP COLUMN "version_notice_period_end";
  ALTER TABLE "_policies_v" DROP COLUMN "version_notice_period_objection_contact";
  ALTER TABLE "policy_interpretations" DROP COLUMN "notice_period_start";
  ALTER TABLE "policy_interpretations" DROP COLUMN "notice_period_end";
  ALTER TABLE "policy_interpretations" DROP COLUMN "notice_period_objection_contact";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_notice_period_start";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_notice_period_end";
  ALTER TABLE "_policy_interpretations_v" DROP COLUMN "version_notice_period_objection_contact";
  ALTER TABLE "meetings" DROP COLUMN "notice_period_start";
  ALTER TABLE "meetings" DROP COLUMN "notice_period_end";
  ALTER TABLE "meetings" DROP COLUMN "notice_period_objection_contact";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_notice_period_start";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_notice_period_end";
  ALTER TABLE "_meetings_v" DROP COLUMN "version_notice_period_objection_contact";
  ALTER TABLE "annual_reports" DROP COLUMN "notice_period_start";
  ALTER TABLE "annual_reports" DROP COLUMN "notice_period_end";
  ALTER TABLE "annual_reports" DROP COLUMN "notice_period_objection_contact";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_notice_period_start";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_notice_period_end";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_notice_period_objection_contact";
  ALTER TABLE "deliveries" DROP COLUMN "channel_ref";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "print_jobs_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "wechat_replies_id";
  ALTER TABLE "organ" DROP COLUMN "email";
  DROP TYPE "public"."enum_print_jobs_kind";
  DROP TYPE "public"."enum_print_jobs_status";
  DROP TYPE "public"."enum_wechat_replies_match";`)
}
