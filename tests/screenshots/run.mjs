#!/usr/bin/env node
/**
 * `npm run screenshots`: builds the Chrome extension (skip with --no-build), then takes the README's
 * pictures (docs/screenshots/) and the store's screenshots and promo tile (store/screenshots/,
 * store/promo/) with the real build in headless Chromium (tests/screenshots/pictures.shots.ts).
 * Extra arguments go to vitest (e.g. -t popup).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
if (!args.includes('--no-build')) {
  const build = spawnSync(bin('wxt'), ['build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const rest = args.filter((a) => a !== '--no-build');
const run = spawnSync(bin('vitest'), ['run', '--config', 'tests/screenshots/vitest.config.ts', ...rest], { cwd: ROOT, stdio: 'inherit' });
process.exit(run.status ?? 1);
