/**
 * Chromium traces and CPU profiles, read for the two questions the bench asks of them:
 * - how long did the content script take to evaluate (EvaluateScript of content-scripts/content.js);
 * - on the page's main thread, which tasks ran long, and how much of each was the extension's
 *   script (CPU samples whose stack holds a chrome-extension:// frame).
 * Plus a per-function breakdown of the extension's samples, named through the build's source map.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs: what the thread itself spent, not waiting for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: TraceArgs;
}

/**
 * What the bench reads of an event's args, as Chromium writes them: frame and commit data, a thread's
 * name, a CPU profile's start and chunks. Optional all through: each event carries only its own part.
 */
interface TraceArgs {
  name?: string;
  data?: {
    url?: string;
    processId?: number;
    frames?: Array<{ url?: string; processId?: number }>;
    startTime?: number;
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    timeDeltas?: number[];
  };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'disabled-by-default-v8.cpu_profiler'];

/** Starts a trace from a page's CDP session (Chromium traces every process of the browser). */
export async function startTrace(session: CDPSession, categories: string[] = CATEGORIES): Promise<void> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
  });
}

export async function stopTrace(session: CDPSession): Promise<TraceEvent[]> {
  const complete = new Promise<string>((resolve) => session.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await session.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await session.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

/** The renderer main thread of the page whose URL starts with `urlPrefix`. */
export function pageMainThread(events: TraceEvent[], urlPrefix: string): { pid: number; tid: number } | null {
  // The browser names each frame's renderer process when tracing starts, and again on navigation.
  const pids = new Set<number>();
  for (const e of events) {
    const frames: Array<{ url?: string; processId?: number }> = e.args?.data?.frames ?? [];
    for (const f of frames) if (f.url?.startsWith(urlPrefix) && f.processId) pids.add(f.processId);
    const d = e.args?.data;
    if ((e.name === 'FrameCommittedInBrowser' || e.name === 'CommitLoad') && typeof d?.url === 'string' && d.url.startsWith(urlPrefix)) pids.add(d.processId ?? e.pid);
  }
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pids.has(e.pid));
  return main ? { pid: main.pid, tid: main.tid } : null;
}

/** Durations (ms) of every evaluation of a script whose URL ends with `suffix`: wall time, or the thread's CPU time. */
export function scriptEvaluations(events: TraceEvent[], suffix: string, clock: 'wall' | 'cpu' = 'wall'): number[] {
  return events
    .filter((e) => e.ph === 'X' && e.name === 'EvaluateScript' && typeof e.args?.data?.url === 'string' && e.args.data.url.endsWith(suffix))
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ((clock === 'cpu' ? e.tdur : e.dur) ?? Number.NaN) / 1000);
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number; scriptId?: number | string };
}

/** One CPU sample: when, for how long (until the next sample), and its stack (leaf first). */
export interface Sample {
  ts: number;
  dur: number;
  stack: ProfileNode['callFrame'][];
}

/** CPU samples recorded in the trace for one thread (µs timestamps, on the trace's clock). */
export function traceSamples(events: TraceEvent[], thread: { pid: number; tid: number }): Sample[] {
  // The Profile event names the profile and its start; ProfileChunks (same id, same pid) carry nodes and samples.
  const profiles = events.filter((e) => e.name === 'Profile' && e.pid === thread.pid && e.tid === thread.tid);
  const samples: Sample[] = [];
  for (const profile of profiles) {
    const nodes = new Map<number, ProfileNode>();
    let ts: number = profile.args?.data?.startTime ?? profile.ts;
    const raw: Array<{ node: number; ts: number }> = [];
    for (const chunk of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === profile.pid)) {
      const cpu = chunk.args?.data?.cpuProfile ?? {};
      for (const n of cpu.nodes ?? [])
        nodes.set(n.id, {
          ...n,
          callFrame: {
            ...n.callFrame,
            url: n.callFrame?.url ?? '',
            functionName: n.callFrame?.functionName ?? '',
            lineNumber: n.callFrame?.lineNumber ?? 0,
            columnNumber: n.callFrame?.columnNumber ?? 0,
          },
        });
      const deltas: number[] = chunk.args?.data?.timeDeltas ?? [];
      (cpu.samples ?? []).forEach((node: number, i: number) => {
        ts += deltas[i] ?? 0;
        raw.push({ node, ts });
      });
    }
    samples.push(...toSamples(raw, nodes));
  }
  return samples.sort((a, b) => a.ts - b.ts);
}

/** CPU samples from a Profiler.stop() profile (µs timestamps). */
export function profileSamples(profile: { nodes: Array<ProfileNode & { children?: number[] }>; startTime: number; samples?: number[]; timeDeltas?: number[] }): Sample[] {
  const nodes = new Map<number, ProfileNode>();
  for (const n of profile.nodes) nodes.set(n.id, n);
  for (const n of profile.nodes) for (const c of n.children ?? []) nodes.get(c)!.parent = n.id;
  let ts = profile.startTime;
  const raw = (profile.samples ?? []).map((node, i) => ({ node, ts: (ts += profile.timeDeltas?.[i] ?? 0) }));
  return toSamples(raw, nodes);
}

function toSamples(raw: Array<{ node: number; ts: number }>, nodes: Map<number, ProfileNode>): Sample[] {
  const stacks = new Map<number, ProfileNode['callFrame'][]>();
  const stackOf = (id: number): ProfileNode['callFrame'][] => {
    let stack = stacks.get(id);
    if (stack) return stack;
    stack = [];
    for (let n = nodes.get(id); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined) stack.push(n.callFrame);
    stacks.set(id, stack);
    return stack;
  };
  return raw.map((s, i) => ({ ts: s.ts, dur: Math.min(2_000, Math.max(0, (raw[i + 1]?.ts ?? s.ts) - s.ts)), stack: stackOf(s.node) }));
}

export const isExtensionFrame = (frame: { url: string }) => frame.url.startsWith('chrome-extension://');

/** ms of samples whose stack runs extension code, between two trace timestamps (µs). */
export function extensionMs(samples: Sample[], from = -Infinity, to = Infinity): number {
  let us = 0;
  for (const s of samples) if (s.ts >= from && s.ts < to && s.stack.some(isExtensionFrame)) us += s.dur;
  return us / 1000;
}

export interface Task {
  /** Start, ms from `origin`. */
  at: number;
  ms: number;
  /** Extension script inside the task (CPU samples). */
  extensionMs: number;
}

/** Top-level tasks of a thread between two trace timestamps, with the extension's share of each. */
export function tasks(events: TraceEvent[], thread: { pid: number; tid: number }, samples: Sample[], from: number, to: number): Task[] {
  const list = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.pid === thread.pid && e.tid === thread.tid && e.ts + (e.dur ?? 0) >= from && e.ts <= to).sort((a, b) => a.ts - b.ts);
  // RunTask can nest (a nested run loop); keep the outermost.
  const top: TraceEvent[] = [];
  for (const e of list) {
    const last = top.at(-1);
    if (last && e.ts < last.ts + (last.dur ?? 0)) continue;
    top.push(e);
  }
  return top.map((e) => ({ at: (e.ts - from) / 1000, ms: (e.dur ?? 0) / 1000, extensionMs: extensionMs(samples, e.ts, e.ts + (e.dur ?? 0)) }));
}

/**
 * Where the extension's samples went: self time by function, named through the hidden source maps
 * the bench build writes (file:line of the original TypeScript), grouped by source file too.
 */
export function extensionBreakdown(
  samples: Sample[],
  extensionDir: string,
  top = 12,
): { byFunction: Array<{ fn: string; selfMs: number; totalMs: number }>; byFile: Array<{ file: string; selfMs: number }> } {
  const resolve = sourceResolver(extensionDir);
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const s of samples) {
    if (!s.stack.some(isExtensionFrame)) continue;
    // Self time: the leaf if it is extension code, else the innermost extension frame (it called into the browser).
    const leaf = s.stack.find(isExtensionFrame)!;
    const leafName = resolve(leaf);
    const selfName = isExtensionFrame(s.stack[0]!) ? leafName.name : `${leafName.name} → ${s.stack[0]!.functionName || '(native)'}`;
    self.set(selfName, (self.get(selfName) ?? 0) + s.dur);
    byFile.set(leafName.file, (byFile.get(leafName.file) ?? 0) + s.dur);
    for (const name of new Set(s.stack.filter(isExtensionFrame).map((f) => resolve(f).name))) total.set(name, (total.get(name) ?? 0) + s.dur);
  }
  const ms = (us: number) => Math.round(us / 100) / 10;
  return {
    byFunction: [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, us]) => ({ fn, selfMs: ms(us), totalMs: ms(total.get(fn.split(' → ')[0]!) ?? us) })),
    byFile: [...byFile]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([file, us]) => ({ file, selfMs: ms(us) })),
  };
}

type Resolver = (frame: ProfileNode['callFrame']) => { name: string; file: string };

/** Maps a minified frame to its original function and file with @jridgewell/trace-mapping, when the map is there. */
function sourceResolver(extensionDir: string): Resolver {
  const require = createRequire(import.meta.url);
  type TraceMapping = {
    TraceMap: new (map: string) => unknown;
    originalPositionFor: (map: unknown, pos: { line: number; column: number }) => { source: string | null; line: number | null; name: string | null };
  };
  let traceMapping: TraceMapping | null = null;
  try {
    traceMapping = require('@jridgewell/trace-mapping') as TraceMapping;
  } catch {
    traceMapping = null;
  }
  const maps = new Map<string, unknown>();
  const mapFor = (url: string): unknown => {
    if (!traceMapping) return null;
    const file = url.replace(/^chrome-extension:\/\/[a-p]{32}\//, '');
    if (!maps.has(file)) {
      const path = `${extensionDir}/${file}.map`;
      maps.set(file, existsSync(path) ? new traceMapping.TraceMap(readFileSync(path, 'utf8')) : null);
    }
    return maps.get(file);
  };
  return (frame) => {
    const file = frame.url.replace(/^chrome-extension:\/\/[a-p]{32}\//, '');
    const map = mapFor(frame.url);
    if (map && traceMapping) {
      // Find the enclosing function's original name: the position of the function's own frame start.
      const pos = traceMapping.originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
      if (pos.source) {
        const source = pos.source.replace(/^(\.\.\/)+/, '');
        return { name: `${frame.functionName || '(anonymous)'} @ ${source}:${pos.line}`, file: source };
      }
    }
    return { name: `${frame.functionName || '(anonymous)'} @ ${file}:${frame.lineNumber + 1}:${frame.columnNumber}`, file };
  };
}

/** Median of a list (NaN when empty). */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/**
 * Bytes of a built script per original source file (and per package for node_modules), from its
 * hidden source map: each mapped segment's generated text is credited to its source.
 */
export function sizeBySource(file: string, top = 12): Array<{ source: string; kB: number }> {
  const require = createRequire(import.meta.url);
  let tm: { TraceMap: new (map: string) => unknown; decodedMappings: (map: unknown) => number[][][] } & { [k: string]: unknown };
  try {
    tm = require('@jridgewell/trace-mapping') as typeof tm;
  } catch {
    return [];
  }
  if (!existsSync(`${file}.map`)) return [];
  const map = new tm.TraceMap(readFileSync(`${file}.map`, 'utf8')) as { sources: Array<string | null> };
  const lines = readFileSync(file, 'utf8').split('\n');
  const bytes = new Map<string, number>();
  const group = (source: string) => {
    const s = source.replace(/^(\.\.\/)+/, '');
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
    return pkg ? `node_modules/${pkg[1]}` : s;
  };
  tm.decodedMappings(map).forEach((segments, line) => {
    const text = lines[line] ?? '';
    segments.forEach((seg, i) => {
      const end = segments[i + 1]?.[0] ?? text.length;
      const source = seg.length > 1 ? group(map.sources[seg[1]!] ?? '?') : '(unmapped)';
      bytes.set(source, (bytes.get(source) ?? 0) + Buffer.byteLength(text.slice(seg[0], end)));
    });
  });
  return [...bytes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([source, n]) => ({ source, kB: Math.round(n / 102.4) / 10 }));
}
