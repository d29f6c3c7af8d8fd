#!/usr/bin/env node
/**
 * The Firefox package can be rebuilt from the sources zip, byte for byte, as addons.mozilla.org's
 * reviewers do: `npm run zip` (the Chrome zip, the Firefox zip, the sources zip), then the sources
 * unpacked in a temporary folder, the README's two commands there (`npm ci`, `npm run build:firefox`),
 * and every file compared with the Firefox zip that would be uploaded. A step of `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const OUT = join(ROOT, '.output');
const ZIPS = {
  chrome: join(OUT, `${pkg.name}-${pkg.version}-chrome-mv3.zip`),
  firefox: join(OUT, `${pkg.name}-${pkg.version}-firefox-mv3.zip`),
  sources: join(OUT, `${pkg.name}-${pkg.version}-sources.zip`),
};

function sh(cmd, args, cwd, extraEnv = {}) {
  const res = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (res.status !== 0) {
    console.error(`✖ ${cmd} ${args.join(' ')} (in ${cwd}) failed:\n${res.stdout}\n${res.stderr}`);
    process.exit(1);
  }
  return res.stdout;
}

function files(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

const work = mkdtempSync(join(tmpdir(), 'rt-reproduce-'));
try {
  const started = Date.now();
  sh('npm', ['run', 'zip'], ROOT);
  for (const [kind, zip] of Object.entries(ZIPS)) {
    try {
      statSync(zip);
    } catch {
      console.error(`✖ npm run zip did not write the ${kind} zip (${zip}).`);
      process.exit(1);
    }
  }
  const sources = join(work, 'sources');
  const shipped = join(work, 'shipped');
  sh('unzip', ['-q', ZIPS.sources, '-d', sources], ROOT);
  sh('unzip', ['-q', ZIPS.firefox, '-d', shipped], ROOT);
  // The README's two commands. CI=true: no interactive output; the npm cache makes `npm ci` local.
  sh('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund'], sources, { CI: 'true' });
  sh('npm', ['run', 'build:firefox'], sources, { CI: 'true' });
  const rebuilt = join(sources, '.output', 'firefox-mv3');
  const want = files(shipped);
  const got = files(rebuilt);
  const problems = [];
  for (const f of want) if (!got.includes(f)) problems.push(`missing from the rebuild: ${f}`);
  for (const f of got) if (!want.includes(f)) problems.push(`only in the rebuild: ${f}`);
  for (const f of want.filter((x) => got.includes(x))) {
    if (!readFileSync(join(shipped, f)).equals(readFileSync(join(rebuilt, f)))) problems.push(`differs: ${f}`);
  }
  if (problems.length) {
    console.error(`✖ The Firefox package is not reproducible from the sources zip:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`Reproducible: the sources zip rebuilds all ${want.length} files of the Firefox zip byte for byte (${((Date.now() - started) / 1000).toFixed(0)} s).`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
