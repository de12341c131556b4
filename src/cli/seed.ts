/** `npm run seed`: schema, first admin and demo data, on the database DATABASE_URL names. */
import { prepareEnv } from '../env'

prepareEnv()
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { bootstrap, printLogins } = await import('../bootstrap')
const { closeDatabase } = await import('../db')

const payload = await getPayload({ config })
const result = await bootstrap(payload, { seed: true })
if (!result.demo) console.log('数据库已有内容，未重复导入演示数据 / The database has content: demo data not loaded again')
printLogins(result, process.env.SERVER_URL || `http://localhost:${process.env.PORT || 3000}`)
await closeDatabase(payload)
process.exit(0)
