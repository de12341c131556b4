/**
 * `npm run audit:verify`: checks the audit log's hash chain in the database DATABASE_URL names and prints the
 * result; exits 1 naming the first broken entry.
 */
import { closeDatabase } from '../infra/db'
import { verifyAuditLog } from '../workflow/auditVerify'
import { loadPayload } from './loadPayload'

const payload = await loadPayload()
const report = await verifyAuditLog(payload)
await closeDatabase(payload)
const before = report.unchained ? `；另有 ${report.unchained} 条早于哈希链的记录 / ${report.unchained} entries predate the chain` : ''
if (report.ok) {
  const head = report.head ? `，末条 #${report.head.sequence} ${report.head.hash} / head #${report.head.sequence} ${report.head.hash}` : ''
  console.log(`审核日志完整：${report.entries} 条${head}${before} / audit log intact: ${report.entries} entries`)
  process.exit(0)
}
const { id, reason, sequence } = report.broken
console.error(
  `审核日志被篡改：第一条异常记录 id=${id} sequence=${sequence ?? '-'}（${reason}）${before} / audit log broken at entry id=${id} sequence=${sequence ?? '-'} (${reason})`,
)
process.exit(1)
