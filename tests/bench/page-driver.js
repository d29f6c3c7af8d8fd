/*
 * The bench page's own script (page world), inlined into the page the harness serves at
 * https://www.xiaohongshu.com/explore/<id>. It plays a RedNote note page the way
 * tests/fixtures/fixture.js does (same classes, Vue-style data-v attributes, <!--v-if--> comments,
 * the comment list inside .note-scroller) and lets the bench drive it through window.__bench:
 *
 *   insert(segments, {where})       adds comments in ONE task (a burst); returns the insertion time
 *   trickle(segments, {per, every}) adds `per` comments every `every` ms; resolves when all are in
 *   track()                         starts watching the overlays: when each comment's overlay first
 *                                   shows data-rt-state="done" (or "error"), seen by a MutationObserver
 *   results() / stats()             what track() saw; overlay counts by state
 *   scrollThrough(...)              scrolls the comment list to its end, a screen at a time, waiting
 *                                   at each step until nothing near is still "waiting"
 *   removeFirst(n), countNodes()    for the memory figures (node counts include shadow roots)
 *   longTasks()                     every task and animation frame over 50 ms (Long Tasks, LoAF)
 *
 * Only the DOM is read: this script never reaches into the extension's isolated world.
 * It keeps no reference to a comment element after inserting it (so removed comments can be
 * collected) except through WeakMaps.
 */
(() => {
  'use strict';

  const SCOPE = 'data-v-9c0d1e2f';
  const AVATAR = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="20" fill="#f3c1c8"/></svg>');
  const EMOJI_IMG = 'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><circle cx="10" cy="10" r="9" fill="#ffcc4d"/></svg>');
  const HEART = 'M12 20.6s-7.4-4.5-9.4-9C1.1 8.1 3.2 4.4 6.7 4.4c2.1 0 3.6 1.2 4.3 2.6h2c.7-1.4 2.2-2.6 4.3-2.6 3.5 0 5.6 3.7 4.1 7.2-2 4.5-9.4 9-9.4 9z';
  const CHAT = 'M4 4.5h16a1 1 0 0 1 1 1v10.5a1 1 0 0 1-1 1H9.5L5 20.5V17H4a1 1 0 0 1-1-1V5.5a1 1 0 0 1 1-1z';
  const PLACES = ['上海', '北京', '广东', '四川', '美国', '浙江', '江苏', '加拿大'];

  const list = document.querySelector('.comments-container .list-container');
  const scroller = document.querySelector('.note-scroller');

  function el(tag, cls, children) {
    const e = document.createElement(tag);
    e.setAttribute(SCOPE, '');
    if (cls) e.className = cls;
    if (children) for (const c of children) e.append(c);
    return e;
  }
  function icon(d) {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('class', 'reds-icon');
    svg.setAttribute('width', '16');
    svg.setAttribute('height', '16');
    svg.setAttribute('viewBox', '0 0 24 24');
    const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    return svg;
  }

  /** One .parent-comment > .comment-item, built like the site's (and fixture.js's). */
  function buildComment(seg, n) {
    const uid = (0x5f1d2c3b0000 + n).toString(16).padStart(24, '0');
    const avatarImg = el('img', 'avatar-item');
    avatarImg.src = AVATAR;
    avatarImg.alt = '';
    const avatarLink = el('a', null, [avatarImg]);
    avatarLink.href = '/user/profile/' + uid;
    const name = el('a', 'name', ['小红薯' + (1000 + (n % 9000))]);
    name.href = '/user/profile/' + uid;
    name.setAttribute('data-user-id', uid);

    const text = el('span', 'note-text');
    if (seg.text) text.append(el('span', null, [seg.text]));
    for (let i = 0; i < seg.images; i++) {
      const img = el('img', 'note-content-emoji');
      img.src = EMOJI_IMG;
      img.setAttribute('crossorigin', 'anonymous');
      text.append(img);
    }
    const item = el('div', 'comment-item', [
      el('div', 'comment-inner-container', [
        el('div', 'avatar', [avatarLink]),
        el('div', 'right', [
          el('div', 'author-wrapper', [el('div', 'author', [name, document.createComment('v-if')])]),
          el('div', 'content', [text]),
          document.createComment('v-if'),
          el('div', 'info', [
            el('div', 'date', [el('span', null, ['01-' + String(1 + (n % 28)).padStart(2, '0')]), el('span', 'location', [PLACES[n % PLACES.length]])]),
            el('div', 'interactions', [
              el('div', 'like', [el('span', 'like-wrapper', [icon(HEART), el('span', 'count', [n % 3 ? String(n % 97) : '赞'])])]),
              el('div', 'reply icon-container', [icon(CHAT), el('span', 'count', ['回复'])]),
            ]),
          ]),
        ]),
      ]),
    ]);
    item.id = 'comment-' + seg.id;
    return el('div', 'parent-comment', [item, document.createComment('v-if')]);
  }

  // ---------------------------------------------------------------- tracking what the reader sees
  const insertedAt = new WeakMap(); // .comment-item -> performance.now() at insertion
  const seen = new Map(); // comment id -> { t0, t1, state }
  let tracker = null;
  let built = 0;

  function noteOverlay(host) {
    const state = host.getAttribute('data-rt-state');
    if (state !== 'done' && state !== 'error') return;
    const item = host.closest('.comment-item');
    if (!item || seen.has(item.id)) return;
    const t0 = insertedAt.get(item);
    if (t0 === undefined) return;
    seen.set(item.id, { t0, t1: performance.now(), state });
  }

  function track() {
    seen.clear();
    if (tracker) return;
    tracker = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') noteOverlay(r.target);
        else for (const node of r.addedNodes) if (node.nodeType === 1 && node.localName === 'red-thread-overlay') noteOverlay(node);
      }
    });
    tracker.observe(list, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-rt-state'] });
  }

  function insertNow(segments, where, remember) {
    const frag = document.createDocumentFragment();
    const items = [];
    for (const seg of segments) {
      const parent = buildComment(seg, built++);
      frag.append(parent);
      if (remember) items.push(parent.firstChild);
    }
    const t0 = performance.now();
    if (where === 'prepend') list.prepend(frag);
    else list.append(frag);
    for (const item of items) insertedAt.set(item, t0);
    return t0;
  }

  function overlayStates() {
    const counts = { waiting: 0, done: 0, error: 0, other: 0, total: 0 };
    for (const host of list.querySelectorAll('red-thread-overlay')) {
      const s = host.getAttribute('data-rt-state');
      counts.total++;
      if (s === 'waiting' || s === 'done' || s === 'error') counts[s]++;
      else counts.other++;
    }
    return counts;
  }

  // Every task over 50 ms on this page's main thread (Long Tasks API: script tasks), and every
  // animation frame over 50 ms (Long Animation Frames: tasks plus the style, layout and paint
  // they caused), whoever caused them.
  const longTasks = [];
  const observe = (type) => {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          const layout = e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0;
          longTasks.push({ kind: type, start: e.startTime, duration: e.duration, styleAndLayout: layout });
        }
      }).observe({ type, buffered: true });
    } catch {
      // not supported here: the bench reports none
    }
  };
  observe('longtask');
  observe('long-animation-frame');

  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

  /** Nodes in the document, shadow roots (and what they hold) included. */
  function countTree(node) {
    let n = 1;
    if (node.shadowRoot) n += countTree(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) n += countTree(c);
    return n;
  }

  window.__bench = {
    insert(segments, options = {}) {
      return insertNow(segments, options.where || 'append', options.track !== false);
    },
    async trickle(segments, options = {}) {
      const per = options.per || 20;
      const every = options.every || 100;
      const start = performance.now();
      for (let i = 0, tick = 0; i < segments.length; i += per, tick++) {
        // On a fixed schedule (not drifting with how long a tick took).
        const due = start + tick * every;
        const wait = due - performance.now();
        if (wait > 0) await sleep(wait);
        insertNow(segments.slice(i, i + per), options.where || 'prepend', true);
      }
    },
    track,
    results() {
      return [...seen].map(([id, r]) => ({ id: id.slice('comment-'.length), ...r }));
    },
    stats() {
      return { comments: list.querySelectorAll('.comment-item').length, overlays: overlayStates(), seen: seen.size };
    },
    /** Scrolls the list a step at a time to its end; at each step waits until nothing near is waiting. */
    async scrollThrough(options = {}) {
      const step = options.step || scroller.clientHeight * 1.5;
      const maxWait = options.maxWait || 3000;
      let steps = 0;
      let timedOut = 0;
      for (;;) {
        const before = scroller.scrollTop;
        scroller.scrollTop = before + step;
        steps++;
        await frame();
        await frame();
        const deadline = performance.now() + maxWait;
        while (list.querySelector('red-thread-overlay[data-rt-state="waiting"]')) {
          if (performance.now() > deadline) {
            timedOut++;
            break;
          }
          await frame();
        }
        if (scroller.scrollTop === before) break;
      }
      return { steps, timedOut, scrollTop: scroller.scrollTop };
    },
    scrollToTop() {
      scroller.scrollTop = 0;
    },
    /** Removes the first n comments (as a virtualised list drops what scrolled far away). */
    removeFirst(n) {
      let removed = 0;
      while (removed < n && list.firstElementChild) {
        list.firstElementChild.remove();
        removed++;
      }
      return removed;
    },
    countNodes() {
      let overlayNodes = 0;
      let overlays = 0;
      for (const host of document.querySelectorAll('red-thread-overlay')) {
        overlays++;
        overlayNodes += countTree(host);
      }
      return { document: countTree(document), overlays, overlayNodes };
    },
    longTasks: () => longTasks.slice(),
    frames: async (n = 2) => {
      for (let i = 0; i < n; i++) await frame();
    },
  };
})();
