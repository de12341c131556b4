/**
 * The layering (ARCHITECTURE.md), checked in CI by `npm run lint`: what may import what.
 * Type-only imports are declarations, not load order: they do not count for circles.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A module graph with circles loads in an order nobody chose (a circle once broke the annual report’s steps).',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'domain-without-payload',
      comment: 'The rules themselves (checks, the workflow machine, report validation, deadlines, the calendar) are plain TypeScript.',
      severity: 'error',
      from: {
        path: '^(src/checks/|src/workflow/machine\\.ts|src/workflow/levels\\.ts|src/workflow/textDiff\\.ts|src/report/validate\\.ts|src/requests/deadlines\\.ts|src/requests/calendar\\.ts)',
      },
      to: { path: '(^|/)node_modules/(payload|@payloadcms)/' },
    },
    {
      name: 'collections-without-channels',
      comment: 'Collections hold fields and access; what goes out on a channel is decided in src/channels.',
      severity: 'error',
      from: { path: '^collections/' },
      to: { path: '^src/channels/' },
    },
    {
      name: 'nothing-imports-cli-or-bench',
      comment: 'Scripts and benchmarks are entry points: the product does not depend on them (their own tests do).',
      severity: 'error',
      from: { pathNot: '^(src/cli|bench|test)/' },
      to: { path: '^(src/cli|bench)/' },
    },
    {
      name: 'product-without-tests',
      comment: 'What ships never reaches into the tests.',
      severity: 'error',
      from: { path: '^(src|collections|hooks|translations)/' },
      to: { path: '^test/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(\\.next|src/migrations|src/payload-types\\.ts)' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
}
