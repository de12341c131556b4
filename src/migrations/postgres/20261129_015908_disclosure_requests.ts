import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_case_log_step" AS ENUM('received', 'correction-requested', 'corrected', 'consultation-started', 'consultation-ended', 'extended', 'answered');
  CREATE TYPE "public"."enum_disclosure_requests_applicant_type" AS ENUM('natural-person', 'commercial', 'research', 'public-interest', 'legal-service', 'other');
  CREATE TYPE "public"."enum_disclosure_requests_form_wanted" AS ENUM('paper', 'electronic', 'inspect');
  CREATE TYPE "public"."enum_disclosure_requests_channel" AS ENUM('in-person', 'post', 'online', 'fax');
  CREATE TYPE "public"."enum_disclosure_requests_state" AS ENUM('open', 'awaiting-correction', 'paused', 'answered', 'abandoned');
  CREATE TABLE "disclosure_requests_case_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"step" "enum_disclosure_requests_case_log_step" NOT NULL,
  	"on" varchar NOT NULL,
  	"days" numeric,
  	"by" varchar,
  	"note" varchar
  );
  
  CREATE TABLE "disclosure_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tracking_number" varchar,
  	"applicant_name" varchar NOT NULL,
  	"applicant_type" "enum_disclosure_requests_applicant_type" NOT NULL,
  	"id_number" varchar,
  	"contact" varchar NOT NULL,
  	"description" varchar NOT NULL,
  	"form_wanted" "enum_disclosure_requests_form_wanted",
  	"channel" "enum_disclosure_requests_channel" NOT NULL,
  	"received_on" varchar,
  	"due_date" varchar,
  	"state" "enum_disclosure_requests_state",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosure_requests_id" integer;
  ALTER TABLE "disclosure_requests_case_log" ADD CONSTRAINT "disclosure_requests_case_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "disclosure_requests_case_log_order_idx" ON "disclosure_requests_case_log" USING btree ("_order");
  CREATE INDEX "disclosure_requests_case_log_parent_id_idx" ON "disclosure_requests_case_log" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "disclosure_requests_tracking_number_idx" ON "disclosure_requests" USING btree ("tracking_number");
  CREATE INDEX "disclosure_requests_due_date_idx" ON "disclosure_requests" USING btree ("due_date");
  CREATE INDEX "disclosure_requests_state_idx" ON "disclosure_requests" USING btree ("state");
  CREATE INDEX "disclosure_requests_updated_at_idx" ON "disclosure_requests" USING btree ("updated_at");
  CREATE INDEX "disclosure_requests_created_at_idx" ON "disclosure_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk" FOREIGN KEY ("disclosure_requests_id") REFERENCES "public"."disclosure_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosure_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosure_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosure_requests_case_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "disclosure_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "disclosure_requests_case_log" CASCADE;
  DROP TABLE "disclosure_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosure_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosure_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosure_requests_id";
  DROP TYPE "public"."enum_disclosure_requests_case_log_step";
  DROP TYPE "public"."enum_disclosure_requests_applicant_type";
  DROP TYPE "public"."enum_disclosure_requests_form_wanted";
  DROP TYPE "public"."enum_disclosure_requests_channel";
  DROP TYPE "public"."enum_disclosure_requests_state";`)
}
