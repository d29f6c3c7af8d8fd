#!/usr/bin/env node
/**
 * `npm run bench`: Red Thread's performance figures (issue 8).
 *
 *   1. builds the extension twice, into folders of its own (tests/bench/build.mjs):
 *        .output/bench/extension/chrome-mv3   as shipped (byte-for-byte what `npm run build` makes)
 *        .output/bench/baseline/chrome-mv3    WXT_BENCH_BASELINE=true: batching and caching off
 *   2. runs tests/bench/bench.bench-run.ts through vitest (tests/bench/vitest.config.ts): headless
 *      Chromium with the extension, without any extension, and with the baseline build, against
 *      the harness server; it writes tests/artifacts/bench/results.json
 *   3. prints every figure beside its target and both baselines (also written as results.md),
 *      and exits non-zero when a target is missed or a measurement failed.
 *
 * Options: --no-build (reuse the two builds), and for work on the bench itself only:
 * --only=ext,none,off (variants) and --scenarios=eval,burst,trickle,cold,main,idle,memory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const OUT = join(ROOT, 'tests', 'artifacts', 'bench');
const RESULTS = join(OUT, 'results.json');
const EXT_DIR = join(ROOT, '.output', 'bench', 'extension');
const OFF_DIR = join(ROOT, '.output', 'bench', 'baseline');
const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(0);

// 1. Builds ----------------------------------------------------------------------------
if (!args.includes('--no-build')) {
  for (const [label, dir, env] of [
    ['extension', EXT_DIR, {}],
    ['baseline (batching and caching off)', OFF_DIR, { WXT_BENCH_BASELINE: 'true' }],
  ]) {
    const res = spawnSync(process.execPath, [join(ROOT, 'tests', 'bench', 'build.mjs'), dir], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    if (res.status !== 0) {
      console.error(res.stdout, res.stderr);
      console.error(`\nThe ${label} build failed.`);
      process.exit(1);
    }
    console.log(`[bench ${seconds().padStart(3)} s] built the ${label} into ${dir.replace(ROOT + '/', '')}/chrome-mv3`);
  }
}

// 2. Measurements ------------------------------------------------------------------------
const env = {
  ...process.env,
  RT_BENCH_EXT: join(EXT_DIR, 'chrome-mv3'),
  RT_BENCH_OFF: join(OFF_DIR, 'chrome-mv3'),
  RT_BENCH_RESULTS: RESULTS,
  ...(option('only') && { RT_BENCH_ONLY: option('only') }),
  ...(option('scenarios') && { RT_BENCH_SCENARIOS: option('scenarios') }),
};
const vitest = spawnSync(join(ROOT, 'node_modules', '.bin', 'vitest'), ['run', '--config', 'tests/bench/vitest.config.ts', '--reporter=dot'], { cwd: ROOT, env, stdio: 'inherit' });
if (!existsSync(RESULTS) || statSync(RESULTS).mtimeMs < started) {
  console.error('\nThe bench did not produce results (see the error above).');
  process.exit(1);
}

// 3. The table -----------------------------------------------------------------------------
const results = JSON.parse(readFileSync(RESULTS, 'utf8'));

function format(value, unit) {
  if (value === null || value === undefined) return '—';
  if (value === 'Infinity') return '∞';
  if (unit === 'KB' || unit === 'MB') return `${value.toFixed(1)} ${unit}`;
  if (unit === 'ms') return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ms`;
  if (unit === 'nodes' && !Number.isInteger(value)) return value.toFixed(2);
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

const header = ['Figure', 'Value', 'Target', 'No extension (a)', 'Batching + cache off (b)', 'Status'];
const rows = results.figures.map((f) => [f.label, format(f.value, f.unit), f.targetText, format(f.none, f.unit), format(f.off, f.unit), f.met === null ? 'info' : f.met ? 'met' : 'MISSED']);
const markdown = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const notes = results.figures
  .filter((f) => f.note)
  .map((f) => `- ${f.label}: ${f.note}`)
  .join('\n');
writeFileSync(join(OUT, 'results.md'), `${markdown}\n\n${notes}\n`);

const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => [...r[i]].length)));
const line = (r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ');
console.log(`\n${line(header)}\n${widths.map((w) => '─'.repeat(w)).join('  ')}`);
for (const r of rows) console.log(r[5] === 'MISSED' ? `\x1b[31m${line(r)}\x1b[0m` : line(r));
console.log(`\nNotes:\n${notes}`);

const missed = results.figures.filter((f) => f.met === false);
const m = results.machine;
console.log(`\nMachine: ${m.nproc} cores (${m.cpu}), ${m.memoryGB} GB, ${m.chromium}, Node ${m.node}; load average at start ${m.loadStart?.join(' ')}, at end ${m.loadEnd?.join(' ')}`);
if (m.otherBrowsers) console.log(`\x1b[33mOther browser processes were running during the bench (${m.otherBrowsers}): timings may be inflated.\x1b[0m`);
console.log(`Results: ${RESULTS.replace(ROOT + '/', '')} and results.md; ${results.complete ? 'all variants and scenarios' : 'PARTIAL run (--only/--scenarios)'}; ${seconds()} s in all.`);
if (Number(seconds()) > 600) console.log('\x1b[33mThe bench took longer than its 10-minute budget.\x1b[0m');

if (vitest.status !== 0) {
  console.error('\nA measurement failed (see above).');
  process.exit(1);
}
if (missed.length > 0) {
  console.error(`\n${missed.length} of ${results.figures.filter((f) => f.met !== null).length} targets missed: ${missed.map((f) => f.id).join(', ')}`);
  process.exit(1);
}
console.log('\nEvery target met.');
