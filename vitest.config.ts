import { defineConfig } from 'vitest/config'

const integration = (name: string) => ({
  test: {
    env: { TEST_DB: name },
    globalSetup: ['test/globalSetup.ts'],
    hookTimeout: 120_000,
    include: ['test/integration/**/*.test.ts'],
    // Files in one worker share its loaded modules: Payload and the app load once per worker, not once per
    // file. Each file still gets its own server, config and Payload (test/helpers/startServer.ts).
    isolate: false,
    name,
    testTimeout: 60_000,
  },
})

// Without a MongoDB to test against, its suite is not loaded at all (loading 19 files only to skip them took
// about two minutes of CI); the line below says so.
const mongodb = Boolean(process.env.TEST_MONGODB_URL)
if (!mongodb) console.log('MongoDB integration suite: skipped (no mongod here; set TEST_MONGODB_URL=mongodb://… to run it)')

export default defineConfig({
  test: {
    // Three files at once on two cores: a file mostly waits on its server (a process of its own), and vitest's
    // default of cores − 1 ran the suites one file at a time.
    maxWorkers: 3,
    minWorkers: 1,
    pool: 'forks',
    reporters: ['default', './test/reporters/timeTable.ts'],
    projects: [
      { test: { include: ['test/unit/**/*.test.ts'], name: 'unit' } },
      integration('sqlite'),
      integration('postgres'),
      ...(mongodb ? [integration('mongodb')] : []),
      {
        test: {
          globalSetup: ['test/globalSetup.ts'],
          hookTimeout: 600_000,
          include: ['test/browser/**/*.test.ts'],
          name: 'browser',
          testTimeout: 300_000,
        },
      },
    ],
  },
})
