import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "annual_reports" ADD COLUMN "figures_total" numeric;
  ALTER TABLE "annual_reports" ADD COLUMN "figures_website" numeric;
  ALTER TABLE "annual_reports" ADD COLUMN "figures_wechat" numeric;
  ALTER TABLE "annual_reports" ADD COLUMN "figures_noticeboard" numeric;
  ALTER TABLE "annual_reports" ADD COLUMN "report_pdf_id" integer;
  ALTER TABLE "annual_reports" ADD COLUMN "compiled" jsonb;
  ALTER TABLE "annual_reports" ADD COLUMN "compiled_at" timestamp(3) with time zone;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_figures_total" numeric;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_figures_website" numeric;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_figures_wechat" numeric;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_figures_noticeboard" numeric;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_report_pdf_id" integer;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_compiled" jsonb;
  ALTER TABLE "_annual_reports_v" ADD COLUMN "version_compiled_at" timestamp(3) with time zone;
  ALTER TABLE "organ" ADD COLUMN "report_deadline" varchar DEFAULT '01-31';
  ALTER TABLE "annual_reports" ADD CONSTRAINT "annual_reports_report_pdf_id_media_id_fk" FOREIGN KEY ("report_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_annual_reports_v" ADD CONSTRAINT "_annual_reports_v_version_report_pdf_id_media_id_fk" FOREIGN KEY ("version_report_pdf_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "annual_reports_report_pdf_idx" ON "annual_reports" USING btree ("report_pdf_id");
  CREATE INDEX "_annual_reports_v_version_version_report_pdf_idx" ON "_annual_reports_v" USING btree ("version_report_pdf_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "annual_reports" DROP CONSTRAINT "annual_reports_report_pdf_id_media_id_fk";
  
  ALTER TABLE "_annual_reports_v" DROP CONSTRAINT "_annual_reports_v_version_report_pdf_id_media_id_fk";
  
  DROP INDEX "annual_reports_report_pdf_idx";
  DROP INDEX "_annual_reports_v_version_version_report_pdf_idx";
  ALTER TABLE "annual_reports" DROP COLUMN "figures_total";
  ALTER TABLE "annual_reports" DROP COLUMN "figures_website";
  ALTER TABLE "annual_reports" DROP COLUMN "figures_wechat";
  ALTER TABLE "annual_reports" DROP COLUMN "figures_noticeboard";
  ALTER TABLE "annual_reports" DROP COLUMN "report_pdf_id";
  ALTER TABLE "annual_reports" DROP COLUMN "compiled";
  ALTER TABLE "annual_reports" DROP COLUMN "compiled_at";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_figures_total";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_figures_website";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_figures_wechat";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_figures_noticeboard";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_report_pdf_id";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_compiled";
  ALTER TABLE "_annual_reports_v" DROP COLUMN "version_compiled_at";
  ALTER TABLE "organ" DROP COLUMN "report_deadline";`)
}
