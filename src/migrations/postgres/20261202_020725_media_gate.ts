import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media" ADD COLUMN "frozen" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "live" boolean DEFAULT false;
  ALTER TABLE "media" ADD COLUMN "live_in" jsonb;
  CREATE INDEX "media_live_idx" ON "media" USING btree ("live");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "media_live_idx";
  ALTER TABLE "media" DROP COLUMN "frozen";
  ALTER TABLE "media" DROP COLUMN "live";
  ALTER TABLE "media" DROP COLUMN "live_in";`)
}
