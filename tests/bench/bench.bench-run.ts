/**
 * `npm run bench` (issue 8): Red Thread's performance figures, each beside its target and beside
 * two baselines measured in the same run, written to tests/artifacts/bench/results.json.
 *
 * Three Chromium launches, one after the other (never two browsers at once on 2 cores):
 *   ext   the extension as built (tests/bench/build.mjs -> .output/bench/extension/chrome-mv3)
 *   none  the same Chromium and pages, no extension                       (baseline a)
 *   off   the extension built with WXT_BENCH_BASELINE=true: no batching, no caching (baseline b)
 * One harness server (tests/harness/server.ts) plays www.xiaohongshu.com and the Microsoft
 * stand-in, with 100 ms of added latency. Figures are medians of repeated runs in this one process.
 *
 * This file measures and records; tests/bench/run.mjs prints the table and sets the exit code.
 * It never fails on a missed target (that is run.mjs's job), only when a measurement cannot be made.
 *
 * Environment (set by run.mjs): RT_BENCH_EXT, RT_BENCH_OFF (build folders), RT_BENCH_RESULTS (JSON path),
 * RT_BENCH_ONLY (comma list of variants, for working on the bench itself; the full run needs all three).
 */
import { gzipSync } from 'node:zlib';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { test } from 'vitest';
import { MICROSOFT_LIMITS } from '@/utils/translation/providers/microsoft';
import { HarnessServer } from '../harness/server';
import { launchBench } from './browser';
import { Texts, lowerBound, makeCorpus, neededTexts, rng, shapeOf, type Corpus } from './corpus';
import { Lab, type Variant } from './lab';
import {
  contentEvaluation,
  coldBatch,
  idle,
  mainThread,
  mainThreadTraced,
  memory,
  runCorpus,
  warmUp,
  type CorpusRun,
  type IdleRun,
  type MainThreadRun,
  type MemoryRun,
  type TracedRun,
} from './scenarios';
import { median, percentile, sizeBySource } from './trace';

const ROOT = join(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.RT_BENCH_EXT ?? join(ROOT, '.output', 'bench', 'extension', 'chrome-mv3');
const OFF_DIR = process.env.RT_BENCH_OFF ?? join(ROOT, '.output', 'bench', 'baseline', 'chrome-mv3');
const RESULTS = process.env.RT_BENCH_RESULTS ?? join(ROOT, 'tests', 'artifacts', 'bench', 'results.json');
const ONLY = process.env.RT_BENCH_ONLY?.split(',') as Variant[] | undefined;
/** For working on the bench itself: only these scenarios (eval, burst, trickle, cold, main, idle, memory). */
const SCENARIOS = process.env.RT_BENCH_SCENARIOS?.split(',');
const wants = (scenario: string) => !SCENARIOS || SCENARIOS.includes(scenario);

const PROVIDER_LATENCY_MS = 100;
const MAIN_REPS = 5;
const COLD_REPS = 5;
const SECOND_VISIT_REPS = 3;
const EVAL_LOADS = 5;

const started = Date.now();
const log = (text: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${text}`);

// ---------------------------------------------------------------- the workload
// One seed, one pool of texts: every corpus is the same on every run and machine, and no text
// repeats across corpora (each scenario starts with cold caches), except the duplicates inside one.
const random = rng(20261121);
const texts = new Texts(random);
const corpus = (name: string, size: number) => makeCorpus(texts, random, name, size);
const CORPORA = {
  warm: [corpus('warm-1', 20), corpus('warm-2', 20), corpus('warm-3', 20)],
  burst: corpus('burst', 500),
  trickle: corpus('trickle', 500),
  cold: Array.from({ length: COLD_REPS }, (_, i) => corpus(`cold-${i + 1}`, 20)),
  main: Array.from({ length: MAIN_REPS + 1 }, (_, i) => corpus(`main-${i + 1}`, 1000)),
  idle: corpus('idle', 20),
  memory: corpus('memory', 10_000),
};

// ---------------------------------------------------------------- what each variant runs

interface VariantResults {
  evaluations?: number[];
  evaluationsCpu?: number[];
  evaluationProfile?: Awaited<ReturnType<typeof contentEvaluation>>['profile'];
  evaluationProfiledMs?: number;
  burst?: CorpusRun;
  second?: CorpusRun[];
  secondRestart?: CorpusRun[];
  trickle?: CorpusRun;
  cold?: CorpusRun[];
  main?: MainThreadRun[];
  traced?: TracedRun;
  idle?: IdleRun;
  memory?: MemoryRun;
  seconds?: number;
}

async function runVariant(variant: Variant, server: HarnessServer): Promise<VariantResults> {
  const dir = variant === 'ext' ? EXT_DIR : variant === 'off' ? OFF_DIR : null;
  if (dir && !existsSync(join(dir, 'manifest.json'))) throw new Error(`No build at ${dir}: run npm run bench (it builds), or tests/bench/build.mjs.`);
  const t0 = Date.now();
  const browser = await launchBench({ extensionDir: dir, serverPort: server.port });
  const lab = new Lab(variant, browser, server, dir);
  const out: VariantResults = {};
  // The rate-limited one-request-per-text baseline needs minutes where the extension needs a second.
  const timeoutMs = variant === 'off' ? 150_000 : 30_000;
  try {
    server.setLatency('microsoft', PROVIDER_LATENCY_MS);
    if (variant === 'ext' && wants('eval')) {
      log(`${variant}: content script evaluation, ${EVAL_LOADS} page loads in new tabs`);
      const evaluation = await contentEvaluation(lab, EVAL_LOADS);
      out.evaluations = evaluation.times;
      out.evaluationsCpu = evaluation.cpuTimes;
      out.evaluationProfile = evaluation.profile;
      out.evaluationProfiledMs = evaluation.profiledMs;
    }
    if (variant !== 'none' && wants('burst')) {
      log(`${variant}: 500 segments in one burst (first visit)`);
      await lab.countMessages(); // before the page connects its port
      await lab.open('dense');
      await warmUp(lab, CORPORA.warm[0]!);
      out.burst = await runCorpus(lab, CORPORA.burst, { mode: 'burst', timeoutMs, countMessages: true });

      // A second visit: the same 500 segments on a newly loaded page.
      const reps = variant === 'off' ? 1 : SECOND_VISIT_REPS;
      out.second = [];
      for (let i = 0; i < reps; i++) {
        log(`${variant}: second visit ${i + 1}/${reps}`);
        await lab.reload();
        out.second.push(await runCorpus(lab, CORPORA.burst, { mode: 'burst', timeoutMs }));
      }
      if (variant === 'ext') {
        // Again, with the service worker stopped after the page loaded: its memory cache is gone.
        out.secondRestart = [];
        for (let i = 0; i < SECOND_VISIT_REPS; i++) {
          log(`${variant}: second visit after a service-worker restart ${i + 1}/${SECOND_VISIT_REPS}`);
          await lab.reload();
          await browser.stopServiceWorker();
          await new Promise((r) => setTimeout(r, 300));
          out.secondRestart.push(await runCorpus(lab, CORPORA.burst, { mode: 'burst', timeoutMs }));
        }
      }
    }
    if (variant !== 'none' && wants('trickle')) {
      log(`${variant}: 500 segments trickling in, 20 every 100 ms`);
      await lab.open('dense');
      await warmUp(lab, CORPORA.warm[1]!);
      out.trickle = await runCorpus(lab, CORPORA.trickle, { mode: 'trickle', timeoutMs });
    }
    if (variant !== 'none' && wants('cold')) {
      log(`${variant}: first batch after the service worker stopped, ${COLD_REPS} times`);
      await lab.open('dense');
      await warmUp(lab, CORPORA.warm[2]!);
      out.cold = [];
      for (const c of CORPORA.cold) out.cold.push(await coldBatch(lab, c, timeoutMs));
    }

    if (wants('main')) {
      log(`${variant}: 1,000 new comments, main thread, ${MAIN_REPS} runs + 1 traced`);
      out.main = [];
      for (let i = 0; i < MAIN_REPS; i++) out.main.push(await mainThread(lab, CORPORA.main[i]!));
      out.traced = await mainThreadTraced(lab, CORPORA.main[MAIN_REPS]!);
    }
    if (wants('idle')) {
      log(`${variant}: idle page, 10 s`);
      out.idle = await idle(lab, CORPORA.idle);
    }
    if (variant !== 'off' && wants('memory')) {
      // Not for "off": one request per text at the provider's 5 requests/s is about 20 minutes for 10,000 comments.
      log(`${variant}: 10,000 comments scrolled, then 9,000 removed (provider latency 0 here)`);
      server.setLatency('microsoft', 0);
      out.memory = await memory(lab, CORPORA.memory, (text) => log(`${variant}:   ${text}`));
      server.setLatency('microsoft', PROVIDER_LATENCY_MS);
    }
  } finally {
    await lab.closePage();
    await browser.close();
  }
  out.seconds = (Date.now() - t0) / 1000;
  log(`${variant}: done in ${out.seconds.toFixed(0)} s`);
  return out;
}

// ---------------------------------------------------------------- figures

export interface Figure {
  id: string;
  label: string;
  unit: 'ms' | 'KB' | 'MB' | 'requests' | 'texts' | 'messages' | 'tasks' | 'layouts' | 'nodes' | 'markers';
  value: number | null;
  /** Upper bound (inclusive); null for a figure shown for information only. */
  target: number | null;
  targetText: string;
  /** Baselines: (a) no extension, (b) batching and caching off. null: not applicable; undefined: not run. */
  none: number | null;
  off: number | null;
  met: boolean | null;
  note: string;
}

function figure(f: Omit<Figure, 'met'>): Figure {
  const met = f.target === null ? null : f.value !== null && Number.isFinite(f.value) && f.value <= f.target + 1e-9;
  return { ...f, met };
}

const p = (values: number[] | undefined, q: number) => (values && values.length ? percentile(values, q) : null);
const med = (values: number[] | undefined) => (values && values.length ? median(values) : null);
const sub = (a: number | null, b: number | null) => (a === null || b === null ? null : a - b);
const pooled = (runs: CorpusRun[] | undefined) => runs?.flatMap((r) => r.latencies);

function gz(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length / 1024;
}

/** A script and every chunk it imports, statically (`from"./chunks/x.js"`, `import"./x.js"`) or dynamically. */
function withImports(dir: string, entry: string): { files: string[]; dynamic: string[] } {
  const files: string[] = [];
  const dynamic: string[] = [];
  const visit = (file: string, isDynamic: boolean) => {
    if (files.includes(file) || dynamic.includes(file)) return;
    (isDynamic ? dynamic : files).push(file);
    const code = readFileSync(join(dir, file), 'utf8');
    const base = dirname(file);
    for (const m of code.matchAll(/(?:from\s*|import\s*)["']([^"']+\.js)["']/g)) visit(join(base, m[1]!), isDynamic);
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) visit(join(base, m[1]!), true);
  };
  visit(entry, false);
  return { files, dynamic };
}

const REACT_MARKERS = ['__SECRET_INTERNALS_DO_NOT_USE', 'ReactCurrentOwner', 'react-dom', 'react.production', 'scheduler.production', '__REACT_DEVTOOLS'];

function figures(r: Partial<Record<Variant, VariantResults>>): { list: Figure[]; details: Record<string, unknown> } {
  const { ext, none, off } = r;
  const list: Figure[] = [];
  const details: Record<string, unknown> = {};

  // -- provider requests
  const needed = neededTexts(CORPORA.burst);
  const lb = lowerBound(needed, MICROSOFT_LIMITS.maxItems, MICROSOFT_LIMITS.maxChars);
  const shape = shapeOf(CORPORA.burst);
  list.push(
    figure({
      id: 'requests.burst',
      label: 'Provider requests, 500 segments in one burst (Microsoft)',
      unit: 'requests',
      value: ext?.burst?.requests.length ?? null,
      target: lb * 1.1,
      targetText: `≤ ${+(lb * 1.1).toFixed(2)} (lower bound ${lb} + 10%)`,
      none: null,
      off: off?.burst?.requests.length ?? null,
      note: `${shape.toTranslate} texts need translation (${shape.toTranslateChars} chars); caps ${MICROSOFT_LIMITS.maxItems} items / ${MICROSOFT_LIMITS.maxChars} chars`,
    }),
  );
  const extra = (run?: CorpusRun) => (run ? run.notNeededSent + run.repeatedSent : null);
  list.push(
    figure({
      id: 'requests.extra',
      label: 'Texts sent that add nothing (duplicates, English, emoji-only)',
      unit: 'texts',
      value: extra(ext?.burst),
      target: 0,
      targetText: '0',
      none: null,
      off: extra(off?.burst),
      note: ext?.burst ? `${ext.burst.notNeededSent} not needed, ${ext.burst.repeatedSent} repeated; ${ext.burst.unexpectedOverlays} overlays on English/emoji comments` : '',
    }),
  );
  // Trickling: 25 ticks of 20; the fewest requests that keep latency low is one per tick that has something new.
  const tickBound = (c: Corpus) => {
    let n = 0;
    const seen = new Set<string>();
    for (let i = 0; i < c.segments.length; i += 20) {
      const fresh = c.segments
        .slice(i, i + 20)
        .filter((s) => s.label === 'zh' && !seen.has(s.text))
        .map((s) => s.text);
      fresh.forEach((t) => seen.add(t));
      if (fresh.length) n += lowerBound(fresh, MICROSOFT_LIMITS.maxItems, MICROSOFT_LIMITS.maxChars);
    }
    return n;
  };
  list.push(
    figure({
      id: 'requests.trickle',
      label: 'Provider requests, 500 segments trickling (20 every 100 ms)',
      unit: 'requests',
      value: ext?.trickle?.requests.length ?? null,
      target: null,
      targetText: `info (one per tick: ${tickBound(CORPORA.trickle)})`,
      none: null,
      off: off?.trickle?.requests.length ?? null,
      note: ext?.trickle ? `${extra(ext.trickle)} texts sent that add nothing` : '',
    }),
  );

  // -- messages
  const portMessages = (run?: CorpusRun) => run?.messages?.port.length ?? null;
  const allMessages = (run?: CorpusRun) => (run?.messages ? run.messages.port.length + run.messages.oneShot.length : null);
  list.push(
    figure({
      id: 'messages.port',
      label: 'Port messages page → background, one-frame burst of 500',
      unit: 'messages',
      value: portMessages(ext?.burst),
      target: 2,
      targetText: '≤ 2',
      none: null,
      off: portMessages(off?.burst),
      note: ext?.burst?.messages ? ext.burst.messages.port.map((m) => `${m.type}(${m.units})`).join(', ') : '',
    }),
  );
  list.push(
    figure({
      id: 'messages.all',
      label: 'All messages page → background for that burst (port + sendMessage)',
      unit: 'messages',
      value: allMessages(ext?.burst),
      target: 2,
      targetText: '≤ 2',
      none: null,
      off: allMessages(off?.burst),
      note: ext?.burst?.messages ? `sendMessage: ${ext.burst.messages.oneShot.map((m) => m.type).join(', ') || 'none'}` : '',
    }),
  );

  // -- latency
  const latencyRows = (id: string, label: string, runs: { ext?: CorpusRun[]; off?: CorpusRun[] }, targets: Array<[number, number]>, note: string) => {
    for (const [q, max] of targets) {
      list.push(
        figure({
          id: `${id}.p${q}`,
          label: `${label}, p${q}`,
          unit: 'ms',
          value: p(pooled(runs.ext), q),
          target: max,
          targetText: `≤ ${max}`,
          none: null,
          off: p(pooled(runs.off), q),
          note,
        }),
      );
    }
  };
  const shownNote = (runs?: CorpusRun[]) =>
    runs
      ? `${runs.reduce((n, x) => n + x.latencies.length, 0)} comments; ${runs.reduce((n, x) => n + x.latencies.filter((l) => !Number.isFinite(l)).length, 0)} never shown; ${runs.reduce((n, x) => n + x.errors, 0)} errors`
      : '';
  const latencyNote = (runs?: CorpusRun[], offRuns?: CorpusRun[]) => `${shownNote(runs)}${offRuns ? ` (baseline b: ${shownNote(offRuns)})` : ''}`;
  latencyRows(
    'latency.trickle',
    'Node → translation visible, warm, trickling 20 / 100 ms',
    { ext: ext?.trickle && [ext.trickle], off: off?.trickle && [off.trickle] },
    [
      [50, 125],
      [95, 150],
    ],
    latencyNote(ext?.trickle && [ext.trickle], off?.trickle && [off.trickle]),
  );
  latencyRows(
    'latency.burst',
    'Node → translation visible, warm, burst of 500',
    { ext: ext?.burst && [ext.burst], off: off?.burst && [off.burst] },
    [
      [50, 125],
      [95, 150],
    ],
    latencyNote(ext?.burst && [ext.burst], off?.burst && [off.burst]),
  );
  list.push(
    figure({
      id: 'latency.cold.p50',
      label: 'Node → translation visible, first batch after the service worker stopped, p50',
      unit: 'ms',
      value: p(pooled(ext?.cold), 50),
      target: 250,
      targetText: '≤ 250',
      none: null,
      off: p(pooled(off?.cold), 50),
      note: ext?.cold ? `${COLD_REPS} batches of 20; p95 ${fmt(p(pooled(ext.cold), 95))} ms; worker stopped before each: ${ext.cold.every((c) => c.workerRunning === false) ? 'yes' : 'NO'}` : '',
    }),
  );

  // -- main thread, 1,000 new comments
  const mainMedian = (v: VariantResults | undefined, key: keyof MainThreadRun['metrics']) => med(v?.main?.map((m) => m.metrics[key]));
  list.push(
    figure({
      id: 'main.script',
      label: 'Main-thread script for 1,000 new comments, beyond no extension',
      unit: 'ms',
      value: sub(mainMedian(ext, 'ScriptDuration'), mainMedian(none, 'ScriptDuration')),
      target: 30,
      targetText: '≤ 30',
      none: mainMedian(none, 'ScriptDuration'),
      off: sub(mainMedian(off, 'ScriptDuration'), mainMedian(none, 'ScriptDuration')),
      note: `CDP ScriptDuration, median of ${MAIN_REPS}; "no extension" column is the page's own script. Task time beyond no extension: ${fmt(sub(mainMedian(ext, 'TaskDuration'), mainMedian(none, 'TaskDuration')))} ms`,
    }),
  );
  list.push(
    figure({
      id: 'main.script.samples',
      label: 'The same, extension frames in CPU samples (traced run)',
      unit: 'ms',
      value: ext?.traced?.extensionMs ?? null,
      target: null,
      targetText: 'info (≤ 30 above)',
      none: null,
      off: off?.traced?.extensionMs ?? null,
      note: 'tracing with CPU sampling slows script; for attribution',
    }),
  );
  const longFrames = (v: VariantResults | undefined) => med(v?.main?.map((m) => m.longFrames.length));
  const longest = (v: VariantResults | undefined) => med(v?.main?.map((m) => Math.max(0, ...m.longFrames.map((f) => f.ms))));
  list.push(
    figure({
      id: 'main.longtasks',
      label: 'Long frames (> 50 ms) added by the extension, 1,000 new comments',
      unit: 'tasks',
      value: sub(longFrames(ext), longFrames(none)),
      target: 0,
      targetText: '0',
      none: longFrames(none),
      off: sub(longFrames(off), longFrames(none)),
      note:
        `Long Animation Frames API (task + the style/layout/paint it caused), median count of ${MAIN_REPS}; longest: ext ${fmt(longest(ext))} ms, no ext ${fmt(longest(none))} ms; ` +
        `ext frames: ${ext?.main?.[0]?.longFrames.map((f) => `${fmt(f.ms)} (${fmt(f.styleAndLayoutMs)} style+layout)`).join(', ') ?? '—'}; ` +
        `Long Tasks API (script tasks only): ext ${fmt(med(ext?.main?.map((m) => m.longTasks.length)))}, no ext ${fmt(med(none?.main?.map((m) => m.longTasks.length)))}`,
    }),
  );
  list.push(
    figure({
      id: 'main.longtask.script',
      label: 'Longest extension script inside one task (traced run)',
      unit: 'ms',
      value: ext?.traced?.longestExtensionMsInOneTask ?? null,
      target: 50,
      targetText: '≤ 50',
      none: null,
      off: off?.traced?.longestExtensionMsInOneTask ?? null,
      note: '',
    }),
  );
  list.push(
    figure({
      id: 'main.layouts',
      label: 'Extra layouts for 1,000 new comments',
      unit: 'layouts',
      value: sub(mainMedian(ext, 'LayoutCount'), mainMedian(none, 'LayoutCount')),
      target: 30,
      targetText: '≤ 30',
      none: mainMedian(none, 'LayoutCount'),
      off: sub(mainMedian(off, 'LayoutCount'), mainMedian(none, 'LayoutCount')),
      note: `layout time beyond no extension ${fmt(sub(mainMedian(ext, 'LayoutDuration'), mainMedian(none, 'LayoutDuration')))} ms, style ${fmt(sub(mainMedian(ext, 'RecalcStyleDuration'), mainMedian(none, 'RecalcStyleDuration')))} ms`,
    }),
  );

  // -- idle
  list.push(
    figure({
      id: 'idle.script',
      label: 'Extension script on an idle page, 10 s',
      unit: 'ms',
      value: ext?.idle ? Math.max(ext.idle.extensionMs, ext.idle.scriptMs - (none?.idle?.scriptMs ?? 0)) : null,
      target: 5,
      targetText: '≤ 5',
      none: none?.idle?.scriptMs ?? null,
      off: off?.idle ? Math.max(off.idle.extensionMs, off.idle.scriptMs - (none?.idle?.scriptMs ?? 0)) : null,
      note: ext?.idle
        ? `the larger of: CPU samples in extension code ${fmt(ext.idle.extensionMs)} ms, ScriptDuration beyond no extension ${fmt(ext.idle.scriptMs - (none?.idle?.scriptMs ?? 0))} ms`
        : '',
    }),
  );

  // -- sizes and evaluation
  const contentFile = join(EXT_DIR, 'content-scripts', 'content.js');
  const contentGz = existsSync(contentFile) ? gz(contentFile) : null;
  list.push(
    figure({
      id: 'size.content',
      label: 'Content script, gzipped',
      unit: 'KB',
      value: contentGz,
      target: 40,
      targetText: '≤ 40 (stretch 25)',
      none: null,
      off: null,
      note: contentGz === null ? '' : `${(readFileSync(contentFile).length / 1024).toFixed(1)} KB raw; stretch 25 KB ${contentGz <= 25 ? 'met' : 'missed'}`,
    }),
  );
  const contentCode = existsSync(contentFile) ? readFileSync(contentFile, 'utf8') : '';
  const reactFound = REACT_MARKERS.filter((m) => contentCode.includes(m));
  list.push(
    figure({
      id: 'size.content.react',
      label: 'React in the content script (marker strings found)',
      unit: 'markers',
      value: contentFile && existsSync(contentFile) ? reactFound.length : null,
      target: 0,
      targetText: '0 (no React)',
      none: null,
      off: null,
      note: reactFound.join(', ') || `checked: ${REACT_MARKERS.length} markers`,
    }),
  );
  list.push(
    figure({
      id: 'eval.content',
      label: 'Content script cold evaluation (EvaluateScript, new renderer)',
      unit: 'ms',
      value: med(ext?.evaluations),
      target: 10,
      targetText: '≤ 10',
      none: null,
      off: null,
      note: ext?.evaluations ? `median of ${ext.evaluations.length} loads in new tabs: ${ext.evaluations.map((v) => v.toFixed(1)).join(', ')} ms (first: first page of a fresh browser)` : '',
    }),
  );
  list.push(
    figure({
      id: 'eval.content.cpu',
      label: 'The same, renderer thread CPU time (steadier on a busy machine)',
      unit: 'ms',
      value: med(ext?.evaluationsCpu),
      target: null,
      targetText: 'info',
      none: null,
      off: null,
      note: ext?.evaluationsCpu ? `median of ${ext.evaluationsCpu.length}: ${ext.evaluationsCpu.map((v) => v.toFixed(1)).join(', ')} ms` : '',
    }),
  );
  let backgroundGz: number | null = null;
  let backgroundNote = '';
  if (existsSync(join(EXT_DIR, 'background.js'))) {
    const { files, dynamic } = withImports(EXT_DIR, 'background.js');
    backgroundGz = files.reduce((n, f) => n + gz(join(EXT_DIR, f)), 0);
    backgroundNote = `${files.join(' + ')} (each gzipped)${dynamic.length ? `; dynamic imports not counted: ${dynamic.join(', ')}` : ''}`;
  }
  list.push(
    figure({
      id: 'size.background',
      label: 'Background script + the chunks it imports, gzipped',
      unit: 'KB',
      value: backgroundGz,
      target: 60,
      targetText: '≤ 60',
      none: null,
      off: null,
      note: backgroundNote,
    }),
  );

  // -- second visit
  const secondRows = (id: string, label: string, runs: CorpusRun[] | undefined, offRuns: CorpusRun[] | undefined, shownMax: number) => {
    list.push(
      figure({
        id: `${id}.requests`,
        label: `${label}: provider requests`,
        unit: 'requests',
        value: runs ? Math.max(...runs.map((x) => x.requests.length)) : null,
        target: 0,
        targetText: '0',
        none: null,
        off: offRuns ? Math.max(...offRuns.map((x) => x.requests.length)) : null,
        note: runs ? `most of ${runs.length} visits` : '',
      }),
    );
    list.push(
      figure({
        id: `${id}.shown`,
        label: `${label}: all translations shown`,
        unit: 'ms',
        value: med(runs?.map((x) => x.allShownMs)),
        target: shownMax,
        targetText: `≤ ${shownMax}`,
        none: null,
        off: med(offRuns?.map((x) => x.allShownMs)),
        note: runs
          ? `median of ${runs.length} visits: ${runs.map((x) => fmt(x.allShownMs)).join(', ')} ms (last of ${runs[0]!.expected} comments)${offRuns ? `; baseline b: ${shownNote(offRuns)}` : ''}`
          : '',
      }),
    );
  };
  secondRows('second', 'Second visit, same 500 segments', ext?.second, off?.second, 200);
  secondRows('second.restart', 'Second visit after a service-worker restart', ext?.secondRestart, undefined, 300);

  // -- memory
  const m = ext?.memory;
  const n = none?.memory;
  if (m && n) {
    const comments = CORPORA.memory.segments.length;
    const heapGrowth = (m.scrolled.heapUsed - m.start.heapUsed - (n.scrolled.heapUsed - n.start.heapUsed)) / 2 ** 20;
    const extraNodes = m.scrolled.nodes - m.start.nodes - (n.scrolled.nodes - n.start.nodes);
    // Live nodes outside the document after removal, less those there before the comments came.
    const detached = (x: MemoryRun) => x.removed.nodes - x.removed.documentNodes - (x.start.nodes - x.start.documentNodes);
    list.push(
      figure({
        id: 'memory.heap',
        label: 'Extension heap growth, 10,000 comments scrolled',
        unit: 'MB',
        value: heapGrowth,
        target: 5,
        targetText: '≤ 5',
        none: (n.scrolled.heapUsed - n.start.heapUsed) / 2 ** 20,
        off: null,
        note: `after GC; page heap grew ${((n.scrolled.heapUsed - n.start.heapUsed) / 2 ** 20).toFixed(1)} MB without the extension; ${m.translated} comments translated`,
      }),
    );
    list.push(
      figure({
        id: 'memory.nodes',
        label: 'Extra DOM nodes per comment (shadow roots included)',
        unit: 'nodes',
        value: extraNodes / comments,
        target: 2,
        targetText: '≤ 2',
        none: (n.scrolled.nodes - n.start.nodes) / comments,
        off: null,
        note: `Memory.getDOMCounters: ${extraNodes} extra nodes; in the document: ${m.scrolled.overlays} overlays holding ${m.scrolled.overlayNodes} nodes (${(m.scrolled.overlayNodes / Math.max(1, m.scrolled.overlays)).toFixed(1)} per overlay)`,
      }),
    );
    list.push(
      figure({
        id: 'memory.retained',
        label: 'Nodes retained after 9,000 comments removed',
        unit: 'nodes',
        value: detached(m) - detached(n),
        target: 0,
        targetText: '0',
        none: detached(n),
        off: null,
        note: `live nodes outside the document after GC (beyond those at the start), beyond no extension; heap beyond no extension after removal ${((m.removed.heapUsed - n.removed.heapUsed) / 2 ** 20).toFixed(1)} MB; ${m.removed.overlays} overlays left for ${m.removed.comments} comments`,
      }),
    );
    details.memory = { ext: m, none: n };
  } else {
    for (const [id, label, unit] of [
      ['memory.heap', 'Extension heap growth, 10,000 comments scrolled', 'MB'],
      ['memory.nodes', 'Extra DOM nodes per comment (shadow roots included)', 'nodes'],
      ['memory.retained', 'Nodes retained after 9,000 comments removed', 'nodes'],
    ] as const) {
      list.push(figure({ id, label, unit, value: null, target: 0, targetText: 'not run', none: null, off: null, note: 'needs the ext and none variants' }));
    }
  }

  details.corpus = Object.fromEntries(Object.entries(CORPORA).map(([k, v]) => [k, Array.isArray(v) ? v.map(shapeOf) : shapeOf(v)]));
  details.burst = { ext: summarise(ext?.burst), off: summarise(off?.burst) };
  details.trickle = { ext: summarise(ext?.trickle), off: summarise(off?.trickle) };
  details.cold = { ext: ext?.cold?.map(summarise), off: off?.cold?.map(summarise) };
  details.second = { ext: ext?.second?.map(summarise), restart: ext?.secondRestart?.map(summarise), off: off?.second?.map(summarise) };
  details.main = { ext: ext?.main, none: none?.main, off: off?.main };
  details.traced = { ext: ext?.traced, none: none?.traced, off: off?.traced };
  details.idle = { ext: ext?.idle, none: none?.idle, off: off?.idle };
  details.evaluations = { times: ext?.evaluations, profiledMs: ext?.evaluationProfiledMs, profile: ext?.evaluationProfile };
  details.sizes = {
    content: existsSync(contentFile) ? sizeBySource(contentFile, 15) : [],
    background: existsSync(join(EXT_DIR, 'background.js')) ? withImports(EXT_DIR, 'background.js').files.map((f) => ({ file: f, bySource: sizeBySource(join(EXT_DIR, f), 8) })) : [],
  };
  details.seconds = { ext: ext?.seconds, none: none?.seconds, off: off?.seconds };
  return { list, details };
}

function summarise(run?: CorpusRun) {
  if (!run) return undefined;
  const { latencies, ...rest } = run;
  return { ...rest, p50: percentile(latencies, 50), p95: percentile(latencies, 95), max: Math.max(...latencies), n: latencies.length };
}

function fmt(v: number | null): string {
  if (v === null || Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return '∞';
  return Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(1);
}

/** Browsers running that are not the bench's (other test runs on the same machine skew timings). */
function otherBrowsers(): number {
  try {
    const ps = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n');
    const main = (a: string) => /\/(chromium|firefox-esr|firefox)$/.test(a.split(' ')[0] ?? '') && !a.includes('--type=') && !a.includes('-contentproc');
    return ps.filter((a) => main(a) && !a.includes('rt-bench-')).length;
  } catch {
    return 0;
  }
}

const loadStart = loadavg().map((l) => +l.toFixed(2));
const browsersAtStart = otherBrowsers();

function machine() {
  const sh = (cmd: string, args: string[]) => {
    try {
      return execFileSync(cmd, args, { encoding: 'utf8' }).trim();
    } catch {
      return '';
    }
  };
  return {
    nproc: sh('nproc', []),
    cpu: cpus()[0]?.model ?? '',
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    lscpu: sh('sh', ['-c', 'lscpu | head -n 20']),
    chromium: sh('sh', ['-c', `${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`]),
    node: process.version,
    loadStart,
    loadEnd: loadavg().map((l) => +l.toFixed(2)),
    otherBrowsers: Math.max(browsersAtStart, otherBrowsers()),
  };
}

test('Red Thread performance figures', async () => {
  const server = await new HarnessServer().start();
  const results: Partial<Record<Variant, VariantResults>> = {};
  try {
    for (const variant of ['ext', 'none', 'off'] as const) {
      if (ONLY && !ONLY.includes(variant)) continue;
      results[variant] = await runVariant(variant, server);
    }
  } finally {
    await server.stop();
  }
  const { list, details } = figures(results);
  mkdirSync(dirname(RESULTS), { recursive: true });
  writeFileSync(
    RESULTS,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: machine(),
        providerLatencyMs: PROVIDER_LATENCY_MS,
        variants: Object.keys(results),
        complete: !ONLY && !SCENARIOS,
        seconds: (Date.now() - started) / 1000,
        figures: list,
        details,
      },
      (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? (Number.isNaN(v) ? null : 'Infinity') : v),
      2,
    ),
  );
  log(`results written to ${RESULTS}`);
});
