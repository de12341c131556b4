import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_disclosure_requests_outcome" AS ENUM('granted', 'partial', 'stateSecret', 'lawForbidden', 'threeSecurity', 'thirdParty', 'internalAffairs', 'processInfo', 'enforcementFile', 'queryMatter', 'notHeld', 'needsCreation', 'stillUnclear', 'petition', 'duplicate', 'publication', 'massRepeat', 'confirmation', 'noCorrection', 'feeUnpaid', 'otherResult');
  ALTER TABLE "disclosure_requests" ADD COLUMN "outcome" "enum_disclosure_requests_outcome";
  ALTER TABLE "disclosure_requests" ADD COLUMN "closed_on" varchar;
  ALTER TABLE "disclosure_requests" ADD COLUMN "legal_basis" varchar;
  CREATE INDEX "disclosure_requests_closed_on_idx" ON "disclosure_requests" USING btree ("closed_on");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "disclosure_requests_closed_on_idx";
  ALTER TABLE "disclosure_requests" DROP COLUMN "outcome";
  ALTER TABLE "disclosure_requests" DROP COLUMN "closed_on";
  ALTER TABLE "disclosure_requests" DROP COLUMN "legal_basis";
  DROP TYPE "public"."enum_disclosure_requests_outcome";`)
}
