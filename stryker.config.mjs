// @ts-check
/**
 * Mutation testing of the pure cores (npm run mutate; not part of npm test: it is slow).
 * Day to day: `npm run mutate -- --incremental` re-tests only mutants whose code or tests changed
 * since tests/mutation/incremental.json was written. One folder: `npm run mutate -- --mutate "utils/text/**"`.
 * Stryker 9 (10 needs Node 22); its vitest runner works with vitest 4.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'tests/stryker.vitest.config.ts' },
  mutate: [
    'utils/translation/**/*.ts',
    'utils/text/**/*.ts',
    'utils/sites/**/*.ts',
    'utils/guidance/**/*.ts',
    'utils/schemas/**/*.ts',
    'utils/storage/**/*.ts',
    'utils/settings-file.ts',
    // Data tables, not logic: a mutant there changes a glossary entry, not a behaviour.
    '!utils/guidance/glossary-*.ts',
    '!utils/guidance/site-labels.ts',
    // Browser-bound adapters (IndexedDB, the on-device Translator API): covered by the browser suites.
    '!utils/translation/idb-store.ts',
    '!utils/translation/on-device.ts',
  ],
  // tsconfig.json needs no rewriting here (it extends .wxt/, which the sandbox regenerates), and the
  // rewriter needs TypeScript's JS API, which TypeScript 7 (native) no longer ships: point it at nothing.
  tsconfigFile: 'tests/mutation/no-tsconfig.json',
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 10_000,
  incrementalFile: 'tests/mutation/incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'tests/artifacts/mutation/index.html' },
  jsonReporter: { fileName: 'tests/artifacts/mutation/report.json' },
  tempDirName: 'tests/.cache/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: null },
};
