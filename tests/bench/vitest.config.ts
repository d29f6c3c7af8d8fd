/**
 * The bench's own vitest config (not part of `npm test`): one long "test" that drives real
 * Chromium and writes tests/artifacts/bench/results.json. Run through `npm run bench`
 * (tests/bench/run.mjs), which builds, runs this, prints the table and sets the exit code.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': import.meta.dirname + '/../..' } },
  test: {
    include: ['tests/bench/**/*.bench-run.ts'],
    root: import.meta.dirname + '/../..',
    environment: 'node',
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 120_000,
    retry: 0,
    // Progress lines go straight to the terminal, as they happen.
    disableConsoleIntercept: true,
  },
});
