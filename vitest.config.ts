import { defineConfig } from 'vitest/config'

const integration = (name: string) => ({
  test: {
    env: { TEST_DB: name },
    hookTimeout: 120_000,
    include: ['test/integration/**/*.test.ts'],
    name,
    testTimeout: 60_000,
  },
})

export default defineConfig({
  test: {
    pool: 'forks',
    projects: [
      { test: { include: ['test/unit/**/*.test.ts'], name: 'unit' } },
      integration('sqlite'),
      integration('postgres'),
      integration('mongodb'),
    ],
  },
})
