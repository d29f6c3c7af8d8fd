/**
 * The bench page: a RedNote note page (the layout of tests/fixtures/note.html, styled by the
 * fixtures' own fixture.css) with an empty comment list that the bench fills through
 * window.__bench (tests/bench/page-driver.js).
 *
 * Two layouts:
 * - "real": comments as the site shows them (avatar, author, text, date, buttons), about 70 px
 *   each, in the .note-scroller box. Used for the main-thread, idle and memory figures.
 * - "dense": the same DOM, but every comment item is clipped to 2 px (avatar, author and buttons
 *   hidden), so that all 500 comments of a corpus are near the viewport at once and the
 *   extension is asked for all of them together. Used for the request, message, latency and
 *   second-visit figures: they measure batching, messaging and caching, not scrolling. The
 *   overlays are clipped with their comments; their state attribute is what is measured.
 * - "memory": the dense layout, plus `.note-scroller { flex: 1 1 0 }` (fixture.css has
 *   `flex: 1 1 auto`). Both render the same, but with flex-basis auto Chromium lays out the whole
 *   comment list again on every change inside it (about 0.5 s per change at 4,000 real-layout
 *   comments on the bench machine, with or without the extension). The memory figures do not
 *   depend on layout, and this keeps 10,000 comments to seconds. Overlays are built in full
 *   (host, shadow root, translation) even where clipped, so they weigh what they weigh on screen.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DRIVER = readFileSync(join(import.meta.dirname, 'page-driver.js'), 'utf8');

export type Layout = 'real' | 'dense' | 'memory';

/** The note page's path; any /explore/<24 hex> path is a note on the real site. */
export const NOTE_PATH = '/explore/67a0b1c2000000001d00be4c';

const DENSE_CSS = `
.bench-dense .note-content, .bench-dense .comments-container .total { display: none; }
.bench-dense .comment-item { height: 2px; overflow: hidden; }
.bench-dense .comment-item .avatar, .bench-dense .comment-item .author-wrapper, .bench-dense .comment-item .info { display: none; }
.bench-dense .comment-inner-container { padding: 0; }
.bench-dense .comment-item .content { margin: 0; }
.bench-memory .note-scroller { flex: 1 1 0; }
`;

export function notePage(layout: Layout, note: { title: string; body: string }): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const v = 'data-v-7a8b9c0d';
  return `<!DOCTYPE html>
<html>
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>小红书</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/__fixture/fixture.css">
  <style>${DENSE_CSS}</style>
</head>
<body>
<div id="app" class="${layout === 'real' ? '' : layout === 'dense' ? 'bench-dense' : 'bench-dense bench-memory'}">
  <div class="outer-link-container" ${v}>
    <div id="noteContainer" class="note-container" data-type="normal" data-render-status="finish" ${v}>
      <div class="media-container" ${v}><div class="slider-container" ${v}></div></div>
      <div class="interaction-container" ${v}>
        <div class="author-container" ${v}><div class="author-wrapper" ${v}><div class="info" ${v}><a class="name" href="/user/profile/5f1d2c3b000000000100beef" ${v}><span class="username" ${v}>成都吃货小分队</span></a></div></div></div>
        <div class="note-scroller" ${v}>
          <div class="note-content" ${v}>
            <div id="detail-title" class="title" ${v}>${esc(note.title)}</div>
            <div id="detail-desc" class="desc" ${v}><span class="note-text" ${v}><span ${v}>${esc(note.body)}</span></span></div>
            <div class="bottom-container" ${v}><span class="date" ${v}>01-15 四川</span></div>
          </div>
          <div class="divider interaction-divider" ${v}></div>
          <div class="comments-el" ${v}><div class="comments-container" ${v}><div class="total" ${v}>共 0 条评论</div><div class="list-container" ${v}></div></div></div>
        </div>
        <div class="engage-bar" ${v}><div class="input-row" ${v}><div class="input-box" ${v}><div class="content-edit" ${v}>说点什么...</div></div></div></div>
      </div>
    </div>
  </div>
</div>
<script>${DRIVER}</script>
</body>
</html>`;
}
