/** `npm run seed`: schema, first admin and demo data, on the database DATABASE_URL names. */
import { bootstrap, printLogins } from '../bootstrap'
import { closeDatabase } from '../infra/db'
import { loadPayload } from './loadPayload'

const payload = await loadPayload()
const result = await bootstrap(payload, { seed: true })
if (!result.demo) console.log('数据库已有内容，未重复导入演示数据 / The database has content: demo data not loaded again')
printLogins(result, process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`)
await closeDatabase(payload)
process.exit(0)
