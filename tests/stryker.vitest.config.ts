/**
 * The unit project alone, for mutation testing (stryker.config.mjs): Stryker's vitest runner runs
 * every project of the config it is given, and the browser projects have no place in a mutant run.
 */
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  root: `${import.meta.dirname}/..`,
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
