import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const browserProject = (name: 'chromium' | 'firefox') => ({
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    name,
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    env: { RT_BROWSER: name },
    // One real browser at a time on a 2-core machine; each file launches its own.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // One retry: on a 2-core machine a browser test can lose a race to the machine itself (seen once
    // in hardening-privacy's forged-events test under load); a retried test is still reported by vitest.
    retry: 1,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      browserProject('chromium'),
      browserProject('firefox'),
    ],
  },
});
