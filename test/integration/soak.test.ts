import { afterAll, expect, it } from 'vitest'

import { describeSoak, runSoak, soakFakes } from '../../bench/soak'
import { withServer } from '../helpers/server'

// The short soak of CI (`npm run soak` runs 60 s): readers, editors, printers and all three channels at once.
const SECONDS = Number(process.env.SOAK_SECONDS || 15)
let fakes: Awaited<ReturnType<typeof soakFakes>> | undefined
afterAll(() => fakes?.close())

withServer(
  'soak: 200 readers and 10 publishing loops on all channels',
  (s) => {
    it(
      `${SECONDS} s: no 5xx, no lost or duplicated delivery`,
      async () => {
        const report = await runSoak(s(), fakes!, { seconds: SECONDS })
        console.log(describeSoak(report, SECONDS))
        expect(report.serverErrors.join('\n')).toBe('')
        expect(report.undelivered.join('\n')).toBe('')
        expect(report.published).toBeGreaterThan(10)
        expect(report.lostDeliveries).toBe(0)
        expect(report.duplicateWechatPublishes).toBe(0)
        expect(report.duplicatePrintJobs).toBe(0)
        expect(report.printed).toBe(report.published)
        expect(report.webhookItems).toBeGreaterThanOrEqual(report.published)
        expect(report.reads).toBeGreaterThan(1000)
        expect(report.workerExit.code).toBe(0)
      },
      (SECONDS + 200) * 1000,
    )
  },
  { env: async () => (fakes = await soakFakes()).env },
)
