import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "public_versions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar DEFAULT 'public' NOT NULL,
  	"token" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "public_versions_id" integer;
  CREATE UNIQUE INDEX "public_versions_scope_idx" ON "public_versions" USING btree ("scope");
  CREATE INDEX "public_versions_updated_at_idx" ON "public_versions" USING btree ("updated_at");
  CREATE INDEX "public_versions_created_at_idx" ON "public_versions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_public_versions_fk" FOREIGN KEY ("public_versions_id") REFERENCES "public"."public_versions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_public_versions_id_idx" ON "payload_locked_documents_rels" USING btree ("public_versions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "public_versions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "public_versions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_public_versions_fk";
  
  DROP INDEX "payload_locked_documents_rels_public_versions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "public_versions_id";`)
}
