#!/usr/bin/env node
/**
 * `npm test`: every check, in order, with a count for each part.
 *
 *   1. system packages (Chromium, Firefox ESR, CJK fonts, openssl): installed from Debian when missing
 *   2. type check        tsc --noEmit
 *      Format            Prettier: every file as the formatter writes it (npm run format:check)
 *      Lint              typescript-eslint with type information (npm run lint): no error, no warning
 *   3. unit tests        vitest (project "unit")
 *   4. builds            Chrome and Firefox (MV3)
 *   5. Firefox lint      web-ext lint: 0 errors
 *      Licences          every shipped package and data file in THIRD_PARTY_NOTICES.md (licences/notices.mjs --check)
 *   6. Chromium suite    vitest (project "chromium"): playwright-core + Debian's chromium
 *   7. Firefox suite     vitest (project "firefox"): puppeteer-core + Firefox ESR over WebDriver BiDi
 *   8. Reproducible      npm run zip; the Firefox zip rebuilt from the sources zip, byte for byte (tests/packaging/)
 *
 * Fails when any part fails or runs no test. Options: --only=unit,chromium (skip the rest; the
 * builds still run before browser suites), or pass vitest filters after `--`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const REPORTS = join(ROOT, 'tests', 'artifacts', 'reports');
const args = process.argv.slice(2);
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const filters = args.includes('--') ? args.slice(args.indexOf('--') + 1) : [];
const wants = (part) => !only || only.includes(part);

const results = [];
const started = Date.now();

function run(cmd, cmdArgs, { capture = false, env = {} } = {}) {
  const res = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: res.status ?? 1, stdout: res.stdout ?? '' };
}

function heading(text) {
  console.log(`\n\x1b[1m▶ ${text}\x1b[0m`);
}

// 1. System packages -----------------------------------------------------------
const SYSTEM = [
  { pkg: 'chromium', present: () => existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') },
  { pkg: 'firefox-esr', present: () => existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') },
  { pkg: 'fonts-noto-cjk', present: () => run('sh', ['-c', 'fc-list :lang=zh family | grep -qi "noto sans cjk"']).code === 0 },
  { pkg: 'fonts-noto-color-emoji', present: () => run('sh', ['-c', 'fc-list | grep -qi "noto color emoji"']).code === 0 },
  { pkg: 'openssl', present: () => run('sh', ['-c', 'command -v openssl >/dev/null']).code === 0 },
  // The extension's pages are tested in Simplified Chinese too: each browser needs its zh-CN UI resources.
  { pkg: 'chromium-l10n', present: () => existsSync('/usr/lib/chromium/locales/zh-CN.pak') },
  { pkg: 'firefox-esr-l10n-zh-cn', present: () => existsSync('/usr/lib/firefox-esr/browser/extensions/langpack-zh-CN@firefox-esr.mozilla.org.xpi') },
];
function ensureSystemPackages() {
  const missing = SYSTEM.filter((s) => !s.present()).map((s) => s.pkg);
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = run('sh', ['-c', 'command -v apt-get >/dev/null']).code === 0;
  if (!isRoot || !hasApt) {
    console.error(`\nMissing system packages: ${missing.join(', ')}. Install them with:\n\n  sudo ${command}\n`);
    return false;
  }
  heading(`Installing ${missing.join(', ')} from Debian's packages`);
  const res = run('sh', ['-c', `DEBIAN_FRONTEND=noninteractive ${command}`]);
  if (res.code !== 0) {
    console.error(`\nThe install failed. Run it yourself:\n\n  ${command}\n`);
    return false;
  }
  return SYSTEM.every((s) => s.present());
}

// Parts ------------------------------------------------------------------------
function vitestPart(project, label) {
  heading(label);
  mkdirSync(REPORTS, { recursive: true });
  const report = join(REPORTS, `${project}.json`);
  const flakyReport = join(REPORTS, `${project}.flaky.json`);
  rmSync(report, { force: true });
  rmSync(flakyReport, { force: true });
  const res = run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, '--reporter=./tests/harness/flaky-reporter.ts', ...filters], {
    env: { RT_FLAKY_REPORT: flakyReport },
  });
  let total = 0;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    total = json.numTotalTests;
    passed = json.numPassedTests;
    failed = json.numFailedTests;
    skipped = json.numPendingTests + json.numTodoTests;
  }
  // Passed only on a retry: shown by name as FLAKY, and not counted with the plain passes.
  const flaky = existsSync(flakyReport) ? JSON.parse(readFileSync(flakyReport, 'utf8')) : [];
  passed -= flaky.length;
  const ok = res.code === 0 && failed === 0 && passed + flaky.length > 0;
  const counts = `${passed} passed, ${flaky.length ? `${flaky.length} FLAKY, ` : ''}${failed} failed${skipped ? `, ${skipped} skipped` : ''} of ${total}`;
  results.push({ part: label, ok, detail: counts, passed, failed, flaky: flaky.map((t) => ({ ...t, part: label })) });
  if (res.code === 0 && passed + flaky.length === 0) console.error(`${label}: ran no test`);
  return ok;
}

function typecheck() {
  heading('Type check (tsc --noEmit)');
  const res = run('npx', ['tsc', '--noEmit']);
  results.push({ part: 'Type check', ok: res.code === 0, detail: res.code === 0 ? 'no errors' : 'errors above' });
  return res.code === 0;
}

function formatCheck() {
  heading('Format (Prettier --check)');
  const res = run('npx', ['prettier', '--check', '--log-level', 'warn', '.']);
  results.push({ part: 'Format', ok: res.code === 0, detail: res.code === 0 ? 'every file formatted' : 'unformatted files above: npx prettier --write .' });
  return res.code === 0;
}

// The linter's own toolchain is the tools/lint workspace (installed by the root `npm ci`); `npm run lint`
// is the one way it is called, here and by hand. Any error or warning fails the part.
function lint() {
  heading('Lint (typescript-eslint, npm run lint)');
  const started = Date.now();
  const res = run('npm', ['run', '--silent', 'lint', '--', '--max-warnings', '0']);
  const seconds = Math.round((Date.now() - started) / 1000);
  results.push({ part: 'Lint', ok: res.code === 0, detail: res.code === 0 ? `no problems (${seconds} s)` : 'problems above: npm run lint' });
  return res.code === 0;
}

function build() {
  heading('Build: Chrome and Firefox (Manifest V3)');
  const chrome = run('npx', ['wxt', 'build']).code === 0;
  const firefox = chrome && run('npx', ['wxt', 'build', '-b', 'firefox']).code === 0;
  const ok = chrome && firefox && existsSync(join(ROOT, '.output/chrome-mv3/manifest.json')) && existsSync(join(ROOT, '.output/firefox-mv3/manifest.json'));
  results.push({ part: 'Builds', ok, detail: ok ? '.output/chrome-mv3, .output/firefox-mv3' : 'failed' });
  return ok;
}

function lintFirefox() {
  heading('web-ext lint (Firefox build)');
  const res = run('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-config-discovery'], { capture: true });
  let summary;
  try {
    const json = JSON.parse(res.stdout.slice(res.stdout.indexOf('{')));
    summary = json.summary;
    for (const kind of ['errors', 'warnings', 'notices']) {
      for (const m of json[kind] ?? []) console.log(`  ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
    }
  } catch {
    console.error(res.stdout);
  }
  const ok = res.code === 0 && summary && summary.errors === 0;
  results.push({ part: 'Firefox lint', ok, detail: summary ? `${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices` : 'no report' });
  return ok;
}

// Packaging: licences and a reproducible Firefox build ------------------------------
function nodeStep(label, scriptArgs, okDetail) {
  heading(label);
  const res = run(process.execPath, scriptArgs);
  results.push({ part: label, ok: res.code === 0, detail: res.code === 0 ? okDetail : 'failed (see above)' });
  return res.code === 0;
}

// Run ----------------------------------------------------------------------------
let stop = false;
const browsersWanted = wants('chromium') || wants('firefox');
if (browsersWanted && !ensureSystemPackages()) {
  results.push({ part: 'System packages', ok: false, detail: 'missing (see above)' });
  stop = true;
}
if (!stop && wants('typecheck')) typecheck();
if (!stop && wants('format')) formatCheck();
if (!stop && wants('eslint')) lint();
if (!stop && wants('unit')) vitestPart('unit', 'Unit tests');
if (!stop && (wants('build') || browsersWanted || wants('lint') || wants('licences'))) stop = !build();
if (!stop && wants('lint')) lintFirefox();
// Every shipped package and data file listed in THIRD_PARTY_NOTICES.md with an accepted licence (licences/notices.mjs).
if (!stop && (wants('licences') || wants('lint'))) nodeStep('Licences', ['licences/notices.mjs', '--check'], 'every shipped package and file listed');
if (!stop && wants('chromium')) vitestPart('chromium', 'Chromium suite');
if (!stop && wants('firefox')) vitestPart('firefox', 'Firefox suite');
// npm run zip, then the Firefox zip rebuilt byte for byte from the sources zip in a temporary folder (a few minutes).
if (!stop && wants('reproducible')) nodeStep('Reproducible', ['tests/packaging/reproducible.mjs'], 'Firefox zip rebuilt from the sources zip, byte for byte');

// Summary ------------------------------------------------------------------------
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`\n\x1b[1mRed Thread test summary\x1b[0m (${minutes} min)`);
for (const r of results) console.log(`  ${r.ok ? '✔' : '✖'} ${r.part.padEnd(16)} ${r.detail}`);
const passed = results.reduce((n, r) => n + (r.passed ?? 0), 0);
const failed = results.reduce((n, r) => n + (r.failed ?? 0), 0);
const flaky = results.flatMap((r) => r.flaky ?? []);
const allOk = results.length > 0 && results.every((r) => r.ok);
if (flaky.length > 0) {
  console.log(`\n\x1b[33m\x1b[1mFLAKY\x1b[0m: ${flaky.length} test(s) passed only on a retry. Each is a bug (a wait that assumes a quiet machine?):`);
  for (const t of flaky) console.log(`  \x1b[33m⚠\x1b[0m ${t.part}: ${t.file} > ${t.name} (after ${t.retries} ${t.retries === 1 ? 'retry' : 'retries'})`);
}
console.log(`\n${passed} passed, ${flaky.length ? `${flaky.length} flaky, ` : ''}${failed} failed`);
process.exit(allOk ? 0 : 1);
