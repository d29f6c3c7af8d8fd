/**
 * `npm run bench`, image text (issue 14): headless Chromium with the extension as shipped opens the
 * test note whose six slides carry text (tests/fixtures/images, served at RedNote's image host), with
 * the Microsoft stand-in answering after 100 ms, in a fresh profile (the models not loaded yet), and
 * measures:
 * - note open -> first slide shown translated (includes loading the models), target <= 8 s;
 * - the models' first load (the first read minus the median later read);
 * - each later slide: from the arrow click to shown translated, the reader having looked at the
 *   slide before for 3 s (the next slide is read ahead meanwhile), target <= 1.5 s;
 * - character error rate over every line of the test images (what the overlay lists as recognised), target <= 5%;
 * - peak resident memory of the extension's renderer (the offscreen document) while recognising, target <= 700 MB;
 * - long tasks (> 50 ms) on the page's main thread while the note's images are read (recognition never runs there);
 * - the zipped extension's size.
 * Writes tests/artifacts/bench/image-text.json and prints the figures.
 */
import { editDistance } from '../harness/cer';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { HarnessServer } from '../harness/server';
import { launchBench, type BenchBrowser } from './browser';

const ROOT = join(import.meta.dirname, '..', '..');
const EXT_DIR = process.env.RT_BENCH_EXT ?? join(ROOT, '.output', 'bench', 'extension', 'chrome-mv3');
const OUT = join(ROOT, 'tests', 'artifacts', 'bench');
const NOTE = 'https://www.xiaohongshu.com/explore/6787b4c5000000001e00ea14';
const TRUTH = JSON.parse(readFileSync(join(ROOT, 'tests', 'fixtures', 'images', 'truth.json'), 'utf8')) as Record<string, { lines: string[] }>;
const FILES = Object.keys(TRUTH);

let server: HarnessServer;
let bench: BenchBrowser;

beforeAll(async () => {
  server = await new HarnessServer().start();
  server.setLatency('microsoft', 100);
  bench = await launchBench({ extensionDir: EXT_DIR, serverPort: server.port });
});
afterAll(async () => {
  await bench?.close();
  await server?.stop();
});

/** Resident memory (MB) of Chromium's extension renderers, from /proc (the offscreen document lives in one). */
function extensionRendererMb(): number {
  let kb = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (!cmd.includes('--type=renderer') || !cmd.includes('--extension-process')) continue;
      const rss = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      kb += Number(rss?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return kb / 1024;
}

test('image text figures', async () => {
  const page = await bench.newPage();
  await page.addInitScript(() => {
    (globalThis as { __longTasks?: Array<[number, number]> }).__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (globalThis as { __longTasks?: Array<[number, number]> }).__longTasks!.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  let peakMb = 0;
  const sampler = setInterval(() => (peakMb = Math.max(peakMb, extensionRendererMb())), 100);
  const phase = (i: number) =>
    page.evaluate((n) => {
      const img = document.querySelectorAll('.media-container img.note-slider-img')[n];
      const host = img?.parentElement?.querySelector('red-thread-image-text') as HTMLElement | null;
      return host
        ? { phase: host.dataset.phase ?? '', readMs: Number(host.dataset.readMs ?? 0), lines: [...(host.shadowRoot?.querySelectorAll('li .src') ?? [])].map((s) => s.textContent ?? '') }
        : null;
    }, i);
  const until = async (i: number, timeout = 120_000) => {
    const start = Date.now();
    for (;;) {
      const p = await phase(i);
      if (p && (p.phase === 'done' || p.phase === 'failed')) return p;
      if (Date.now() - start > timeout) throw new Error(`slide ${i} not done`);
      await new Promise((r) => setTimeout(r, 25));
    }
  };

  const opened = Date.now();
  await page.goto(NOTE, { waitUntil: 'domcontentloaded' });
  const first = await until(0);
  const firstMs = Date.now() - opened;
  // Long tasks from here on: the page's own load is over; what follows is reading and showing slides.
  const firstShownAt = await page.evaluate(() => performance.now());
  const reads = [first.readMs];
  const perSlide: number[] = [];
  const views = [first];
  for (let i = 1; i < FILES.length; i++) {
    await new Promise((r) => setTimeout(r, 3000)); // the reader looks at the slide
    const clicked = Date.now();
    await page.evaluate(() => (document.querySelector('.arrow-controller.right') as HTMLElement).click());
    const view = await until(i);
    perSlide.push(Date.now() - clicked);
    reads.push(view.readMs);
    views.push(view);
  }
  const idleSamples: number[] = [];
  for (let s = 0; s < 10; s++) {
    await new Promise((r) => setTimeout(r, 1000));
    idleSamples.push(extensionRendererMb());
  }
  clearInterval(sampler);
  const longTasks = await page.evaluate(() => (globalThis as { __longTasks?: Array<[number, number]> }).__longTasks ?? []);

  // CER over every line the overlays list as recognised (English, prices and the watermark included).
  let errors = 0,
    chars = 0;
  FILES.forEach((file, i) => {
    const got = views[i]!.lines.join(' / ').split(' / ').join('').replace(/\s+/g, '');
    const want = TRUTH[file]!.lines.join('').replace(/\s+/g, '');
    errors += editDistance(got, want);
    chars += want.length;
  });
  const later = [...reads.slice(1)].sort((a, b) => a - b);
  const medianRead = later[Math.floor(later.length / 2)]!;
  const sortedSlides = [...perSlide].sort((a, b) => a - b);
  let zipMb: number | null;
  try {
    const zip = join(OUT, 'image-text-size.zip');
    mkdirSync(OUT, { recursive: true });
    rmSync(zip, { force: true });
    execSync(`cd '${EXT_DIR}' && zip -qr -9 '${zip}' .`);
    zipMb = readFileSync(zip).length / 1024 / 1024;
    rmSync(zip);
  } catch {
    zipMb = null; // no zip command here
  }
  const results = {
    noteOpenToFirstTranslatedImageMs: firstMs,
    modelFirstLoadMs: Math.max(0, reads[0]! - medianRead),
    firstReadMs: reads[0],
    laterReadMsMedian: medianRead,
    laterSlideShownMs: { median: sortedSlides[Math.floor(sortedSlides.length / 2)], max: sortedSlides[sortedSlides.length - 1], all: perSlide },
    cerAllLinesPercent: (100 * errors) / chars,
    extensionRendererPeakMb: Math.round(peakMb),
    extensionRendererAfter10sIdleMb: Math.round(idleSamples[idleSamples.length - 1]!),
    pageLongTasksDuringLoadMs: longTasks.filter(([at]) => at < firstShownAt).map(([, d]) => Math.round(d)),
    pageLongTasksAfterFirstImageMs: longTasks.filter(([at]) => at >= firstShownAt).map(([, d]) => Math.round(d)),
    zippedExtensionMb: zipMb,
  };
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'image-text.json'), JSON.stringify(results, null, 2));
  console.log('\nImage text (targets: first <= 8000 ms incl. models; later slide <= 1500 ms; CER <= 5% on clean captions; renderer <= 700 MB):');
  console.log(JSON.stringify(results, null, 2));
  expect(existsSync(join(OUT, 'image-text.json'))).toBe(true);
});
