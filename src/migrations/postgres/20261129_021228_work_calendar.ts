import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "work_calendar_years" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"year" numeric NOT NULL,
  	"holidays" varchar,
  	"workdays" varchar
  );
  
  CREATE TABLE "work_calendar" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "work_calendar_years" ADD CONSTRAINT "work_calendar_years_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_calendar"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "work_calendar_years_order_idx" ON "work_calendar_years" USING btree ("_order");
  CREATE INDEX "work_calendar_years_parent_id_idx" ON "work_calendar_years" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "work_calendar_years" CASCADE;
  DROP TABLE "work_calendar" CASCADE;`)
}
