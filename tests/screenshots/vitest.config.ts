/**
 * `npm run screenshots` runs tests/screenshots/*.shots.ts through vitest (like the bench): the real
 * Chrome build in headless Chromium through the browser harness. Not part of `npm test`.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': `${import.meta.dirname}/../..` } },
  test: {
    include: ['tests/screenshots/**/*.shots.ts'],
    environment: 'node',
    env: { RT_BROWSER: 'chromium' },
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
});
