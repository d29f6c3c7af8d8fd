/**
 * The bench's scenarios. Each drives one browser variant (a Lab) through one workload and returns
 * raw measurements; bench.bench-run.ts turns them into figures beside their targets.
 */
import { neededTexts, type Corpus, type Segment } from './corpus';
import { notePage, NOTE_PATH } from './page';
import { diff, type Lab, type MessageLog, type Metrics } from './lab';
import { extensionBreakdown, extensionMs, pageMainThread, profileSamples, scriptEvaluations, startTrace, stopTrace, tasks, traceSamples, type Task } from './trace';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- corpus runs (dense page)

export interface CorpusRun {
  /** Provider requests made for this run, with their sizes. */
  requests: Array<{ items: number; chars: number; /** When the stand-in received it, ms after the insertion. */ atMs: number }>;
  /** Texts sent that needed no translation (English, emoji, page text) or had been sent already in this run. */
  notNeededSent: number;
  /** The first few of those texts, for the record. */
  notNeededTexts: string[];
  repeatedSent: number;
  /** Needed texts the provider never received (cached ones on a second visit, or lost ones). */
  neededNotSent: number;
  /** Node appears -> overlay shows done, for each first occurrence of a text that needs translation (Infinity: never shown). */
  latencies: number[];
  /** The last comment needing translation (duplicates included) to show its translation, ms after its insertion. */
  allShownMs: number;
  expected: number;
  shown: number;
  errors: number;
  /** Overlays on comments that needed no translation (English, emoji only). */
  unexpectedOverlays: number;
  messages: MessageLog | null;
  timedOut: boolean;
  /** Whether the service worker was running when the comments were inserted (for the cold runs). */
  workerRunning?: boolean;
}

export interface RunOptions {
  mode: 'burst' | 'trickle';
  timeoutMs: number;
  countMessages?: boolean;
}

/** Inserts a corpus into the open (dense) page, waits until everything settled, and measures. */
export async function runCorpus(lab: Lab, corpus: Corpus, options: RunOptions): Promise<CorpusRun> {
  await lab.call('track');
  if (options.countMessages) {
    await lab.countMessages();
    await lab.takeMessages();
  }
  const mark = lab.server.requests.length;
  const since = Date.now();
  if (options.mode === 'burst') await lab.call('insert', corpus.segments, { where: 'append' });
  else await lab.call('trickle', corpus.segments, { per: 20, every: 100, where: 'prepend' });
  const settled = await lab.settle(since, { timeoutMs: options.timeoutMs });
  let messages: MessageLog | null = null;
  if (options.countMessages) {
    await sleep(400); // the content script's badge counts go out at most every 300 ms
    messages = await lab.takeMessages();
  }
  const results = new Map((await lab.call('results')).map((r) => [r.id, r]));
  const latencyOf = (s: Segment) => {
    const r = results.get(s.id);
    return r && r.state === 'done' ? r.t1 - r.t0 : Number.POSITIVE_INFINITY;
  };
  const zh = corpus.segments.filter((s) => s.label === 'zh');
  const requests = lab.providerRequestsSince(mark);
  const sent = requests.flatMap((r) => r.decoded?.texts ?? []);
  const needed = new Set(neededTexts(corpus));
  const counts = new Map<string, number>();
  for (const t of sent) counts.set(t, (counts.get(t) ?? 0) + 1);
  return {
    requests: requests.map((r) => ({ items: r.decoded?.texts.length ?? 0, chars: (r.decoded?.texts ?? []).reduce((n, t) => n + t.length, 0), atMs: r.at - since })),
    notNeededSent: sent.filter((t) => !needed.has(t)).length,
    notNeededTexts: sent.filter((t) => !needed.has(t)).slice(0, 10),
    repeatedSent: [...counts.values()].reduce((n, c) => n + c - 1, 0),
    neededNotSent: [...needed].filter((t) => !counts.has(t)).length,
    latencies: zh.filter((s) => !s.dupOf).map(latencyOf),
    allShownMs: Math.max(...zh.map(latencyOf)),
    expected: zh.length,
    shown: zh.filter((s) => Number.isFinite(latencyOf(s))).length,
    errors: [...results.values()].filter((r) => r.state === 'error').length,
    unexpectedOverlays: corpus.segments.filter((s) => s.label !== 'zh' && results.has(s.id)).length,
    messages,
    timedOut: settled.timedOut,
  };
}

/** A few comments first, so the service worker, the port and the provider's connection are warm. */
export async function warmUp(lab: Lab, corpus: Corpus): Promise<void> {
  await runCorpus(lab, corpus, { mode: 'burst', timeoutMs: 30_000 });
}

/** One batch right after the service worker was stopped (its memory, port and timers gone). */
export async function coldBatch(lab: Lab, corpus: Corpus, timeoutMs: number): Promise<CorpusRun> {
  await lab.browser.stopServiceWorker();
  await sleep(300);
  const workerRunning = lab.browser.workerStatus() !== 'stopped';
  const run = await runCorpus(lab, corpus, { mode: 'burst', timeoutMs });
  return { ...run, workerRunning };
}

// ---------------------------------------------------------------- main thread (real layout)

export interface MainThreadRun {
  metrics: Metrics;
  /** Durations of Long Tasks API entries (script tasks over 50 ms) that started after the insertion. */
  longTasks: number[];
  /** Long animation frames (over 50 ms, rendering included) after the insertion: duration and its style+layout part. */
  longFrames: Array<{ ms: number; styleAndLayoutMs: number }>;
  settled: boolean;
  translated: number;
}

export interface TracedRun {
  /** Extension script from CPU samples, in the window. */
  extensionMs: number;
  tasksOver50: Array<Task & { layoutMs: number; styleMs: number }>;
  longestExtensionMsInOneTask: number;
  breakdown: ReturnType<typeof extensionBreakdown> | null;
}

const MAIN_WINDOW_MS = 2500;

/** 1,000 comments appended in one task to a real-layout note page; main-thread cost over the next 2.5 s. */
export async function mainThread(lab: Lab, corpus: Corpus): Promise<MainThreadRun> {
  await lab.open('real');
  await lab.settle(Date.now(), { minMs: 300, quietMs: 300 });
  await lab.session!.send('Performance.enable', { timeDomain: 'timeTicks' });
  const start = await lab.page!.evaluate(() => performance.now());
  const before = await lab.metrics();
  await lab.call('insert', corpus.segments, { where: 'append', track: false });
  await sleep(MAIN_WINDOW_MS);
  const after = await lab.metrics();
  const stats = await lab.stats();
  const long = (await lab.call('longTasks')).filter((t) => t.start >= start);
  await lab.session!.send('Performance.disable');
  return {
    metrics: diff(after, before),
    longTasks: long.filter((t) => t.kind === 'longtask').map((t) => t.duration),
    longFrames: long.filter((t) => t.kind === 'long-animation-frame').map((t) => ({ ms: t.duration, styleAndLayoutMs: t.styleAndLayout })),
    settled: stats.overlays.waiting === 0,
    translated: stats.overlays.done,
  };
}

/** The same workload under a trace with CPU sampling: which tasks ran long and how much of each was the extension. */
export async function mainThreadTraced(lab: Lab, corpus: Corpus): Promise<TracedRun> {
  await lab.open('real');
  await lab.settle(Date.now(), { minMs: 300, quietMs: 300 });
  await startTrace(lab.session!);
  await sleep(100);
  const startedAt = Date.now();
  await lab.call('insert', corpus.segments, { where: 'append', track: false });
  await sleep(MAIN_WINDOW_MS - (Date.now() - startedAt));
  const events = await stopTrace(lab.session!);
  const thread = pageMainThread(events, 'https://www.xiaohongshu.com');
  if (!thread) return { extensionMs: Number.NaN, tasksOver50: [], longestExtensionMsInOneTask: Number.NaN, breakdown: null };
  const samples = traceSamples(events, thread);
  const from = samples[0]?.ts ?? 0;
  const to = samples.at(-1)?.ts ?? 0;
  const all = tasks(events, thread, samples, from, to);
  const onThread = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X');
  const within = (name: string, t: Task) => onThread.filter((e) => e.name === name && e.ts >= from + t.at * 1000 && e.ts < from + (t.at + t.ms) * 1000).reduce((n, e) => n + (e.dur ?? 0) / 1000, 0);
  return {
    extensionMs: extensionMs(samples, from, to),
    tasksOver50: all.filter((t) => t.ms > 50).map((t) => ({ ...t, layoutMs: within('Layout', t), styleMs: within('UpdateLayoutTree', t) })),
    longestExtensionMsInOneTask: Math.max(0, ...all.map((t) => t.extensionMs)),
    breakdown: lab.extensionDir ? extensionBreakdown(samples, lab.extensionDir) : null,
  };
}

// ---------------------------------------------------------------- idle

export interface IdleRun {
  scriptMs: number;
  taskMs: number;
  /** Extension script from a CPU profile of the 10 s. */
  extensionMs: number;
}

export async function idle(lab: Lab, corpus: Corpus, seconds = 10): Promise<IdleRun> {
  await lab.open('real');
  await lab.call('insert', corpus.segments, { where: 'append', track: false });
  await lab.settle(Date.now(), { minMs: 500 });
  await sleep(1000);
  const s = lab.session!;
  await s.send('Performance.enable', { timeDomain: 'timeTicks' });
  await s.send('Profiler.enable');
  await s.send('Profiler.setSamplingInterval', { interval: 200 });
  const before = await lab.metrics();
  await s.send('Profiler.start');
  await sleep(seconds * 1000);
  const { profile } = await s.send('Profiler.stop');
  const after = await lab.metrics();
  await s.send('Profiler.disable');
  await s.send('Performance.disable');
  const d = diff(after, before);
  return { scriptMs: d.ScriptDuration, taskMs: d.TaskDuration, extensionMs: extensionMs(profileSamples(profile)) };
}

// ---------------------------------------------------------------- memory

/**
 * Scroll step: the scroller is about 650 px tall, and the extension looks 600 px beyond each
 * edge, so with 1,500 px steps every comment passes through the near band at some step.
 */
const SCROLL_STEP = 1500;

export interface MemoryPoint {
  heapUsed: number;
  nodes: number;
  listeners: number;
  /** Nodes reachable in the document (shadow roots included), and those in overlays. */
  documentNodes: number;
  overlays: number;
  overlayNodes: number;
  comments: number;
}

export interface MemoryRun {
  start: MemoryPoint;
  scrolled: MemoryPoint;
  removed: MemoryPoint;
  steps: number;
  stepsTimedOut: number;
  translated: number;
}

/**
 * 10,000 comments loaded 200 at a time while scrolling through them all (a screen at a time, each
 * step waiting until what came near is translated), then 9,000 removed. The "memory" layout
 * (2 px per comment) keeps this to seconds; what the extension builds per comment is the same.
 */
export async function memory(lab: Lab, corpus: Corpus, progress: (text: string) => void = () => {}, chunk = 250, keep = 1000): Promise<MemoryRun> {
  await lab.open('memory');
  await lab.settle(Date.now(), { minMs: 300, quietMs: 300 });
  const point = async (): Promise<MemoryPoint> => {
    const m = await lab.memory();
    const n = await lab.call('countNodes');
    const stats = await lab.stats();
    return { heapUsed: m.heapUsed, nodes: m.nodes, listeners: m.listeners, documentNodes: n.document, overlays: n.overlays, overlayNodes: n.overlayNodes, comments: stats.comments };
  };
  const start = await point();
  let steps = 0;
  let stepsTimedOut = 0;
  for (let i = 0; i < corpus.segments.length; i += chunk) {
    await lab.call('insert', corpus.segments.slice(i, i + chunk), { where: 'append', track: false });
    const r = await lab.call('scrollThrough', { step: SCROLL_STEP, maxWait: 3000 });
    steps += r.steps;
    stepsTimedOut += r.timedOut;
    if ((i + chunk) % 2500 === 0) progress(`${i + chunk} comments, ${steps} scroll steps (${stepsTimedOut} waited 3 s for a translation)`);
  }
  await lab.settle(Date.now(), { minMs: 300, quietMs: 300 });
  const translated = (await lab.stats()).overlays.done;
  const scrolled = await point();
  await lab.call('removeFirst', corpus.segments.length - keep);
  await lab.call('frames', 3);
  await sleep(1000);
  const removed = await point();
  return { start, scrolled, removed, steps, stepsTimedOut, translated };
}

// ---------------------------------------------------------------- content script evaluation

/**
 * EvaluateScript of the content script on `loads` page loads, each in a new tab (a new renderer:
 * nothing compiled yet); then one more load with CPU sampling, to say which modules the time goes to.
 */
export async function contentEvaluation(lab: Lab, loads: number): Promise<{ times: number[]; cpuTimes: number[]; profile: ReturnType<typeof extensionBreakdown> | null; profiledMs: number }> {
  const times: number[] = [];
  // The renderer thread's own CPU time for the same evaluations: on a busy machine the wall time
  // also counts the waits for a core, this does not.
  const cpuTimes: number[] = [];
  let profile: ReturnType<typeof extensionBreakdown> | null = null;
  let profiledMs = Number.NaN;
  for (let i = 0; i <= loads; i++) {
    const profiled = i === loads;
    await lab.closePage();
    const page = await lab.browser.newPage();
    const session = await lab.browser.cdp(page);
    await startTrace(session, profiled ? undefined : ['devtools.timeline', 'v8']);
    lab.server.servePage(NOTE_PATH, notePage('real', { title: '成都美食攻略', body: '今天去吃了火锅' }));
    await page.goto(`https://www.xiaohongshu.com${NOTE_PATH}?eval=${i}`, { waitUntil: 'load' });
    await page.waitForSelector('style[data-red-thread]', { state: 'attached', timeout: 10_000 });
    const events = await stopTrace(session);
    if (!profiled) {
      times.push(...scriptEvaluations(events, '/content-scripts/content.js'));
      cpuTimes.push(...scriptEvaluations(events, '/content-scripts/content.js', 'cpu'));
    } else {
      const evaluation = events.find((e) => e.ph === 'X' && e.name === 'EvaluateScript' && String(e.args?.data?.url).endsWith('/content-scripts/content.js'));
      const thread = evaluation && { pid: evaluation.pid, tid: evaluation.tid };
      if (evaluation && thread && lab.extensionDir) {
        const samples = traceSamples(events, thread).filter((s) => s.ts >= evaluation.ts && s.ts < evaluation.ts + (evaluation.dur ?? 0));
        profile = extensionBreakdown(samples, lab.extensionDir, 15);
        profiledMs = (evaluation.dur ?? 0) / 1000;
      }
    }
    await session.detach().catch(() => undefined);
    await page.close();
  }
  return { times, cpuTimes, profile, profiledMs };
}
