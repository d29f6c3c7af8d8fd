// @vitest-environment happy-dom
// @vitest-environment-options {"happyDOM":{"url":"https://www.xiaohongshu.com/explore/6784c1d2000000001a03b7e4"}}
/**
 * RedNote's comment box as the composer reads and writes it (utils/sites/xiaohongshu/composer.ts),
 * on the note fixture page (tests/fixtures/fixture.js, the same page the browser suites use): its
 * box is a contenteditable <p> whose "Vue" only hears `input` events, and whose 发送 button is
 * enabled only by them. Asserted: the draft the reader sees, what the site's listener heard, what
 * the send button sends. happy-dom has no editing commands: tests/unit/sites/editing.ts plays
 * Chrome's or Firefox's; without it, the box is a browser refusing them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { COMPOSER_ANCHOR_SELECTOR, COMPOSER_BOX_SELECTOR, insertAtStart, readDraft, replaceBoxText } from '@/utils/sites/xiaohongshu/composer';
import { installEditing, type Editing } from './editing';

interface Fixture {
  ready: Promise<unknown>;
  inputEvents: { inputType: string | null; data: string | null; text: string }[];
  sent: string[];
  sendEnabled(): boolean;
}
let fx: Fixture;

beforeAll(async () => {
  // The fixture's scripts, run as the page's own (happy-dom runs no <script> here): data, then the app.
  document.body.innerHTML = '<div id="app"></div>';
  const script = document.createElement('script');
  script.dataset.page = 'note';
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  const fixtures = join(import.meta.dirname, '../../fixtures');
  for (const file of ['data.js', 'fixture.js']) (0, eval)(readFileSync(join(fixtures, file), 'utf8'));
  fx = (window as unknown as { __rtFixture: Fixture }).__rtFixture;
  await fx.ready;
});

let editing: Editing | null = null;
afterEach(() => {
  editing?.restore();
  editing = null;
  vi.unstubAllEnvs();
});

interface Heard {
  inputType: string;
  data: string | null;
  /** From an editing command (as typing), or from a script. */
  by: 'typing' | 'script';
}

/** The comment box, opened fresh as a reader does (a click on 说点什么...), and what it hears from now on. */
function openBox(): { box: HTMLElement; heard: Heard[] } {
  document.querySelector<HTMLElement>('.engage-bar .btn.cancel')?.click();
  document.querySelector<HTMLElement>('.input-box .content-edit')!.click();
  const box = document.querySelector<HTMLElement>(COMPOSER_BOX_SELECTOR)!;
  // The reader's click leaves the caret in the box.
  window.getSelection()!.collapse(box, 0);
  const heard: Heard[] = [];
  box.addEventListener('input', (e) => {
    const event = e as InputEvent;
    // (happy-dom gives "" where a browser gives null.)
    heard.push({ inputType: event.inputType, data: event.data || null, by: editing?.typed(event) ? 'typing' : 'script' });
  });
  return { box, heard };
}

/** The reader types `text` at the caret (through the editing stand-in). */
function type(text: string): void {
  expect(document.execCommand('insertText', false, text)).toBe(true);
}

const send = () => document.querySelector<HTMLElement>('.engage-bar .btn.submit')!.click();

describe('the comment box on the page', () => {
  test('is found by the composer selectors: the contenteditable <p>, inside the .input-box it goes after', () => {
    const { box } = openBox();
    expect(box.id).toBe('content-textarea');
    expect(box.isContentEditable).toBe(true);
    expect(box.closest(COMPOSER_ANCHOR_SELECTOR)).not.toBeNull();
    expect(document.querySelectorAll(COMPOSER_BOX_SELECTOR)).toHaveLength(1);
  });
});

describe('reading the draft', () => {
  test("Chrome's paragraphs: one line each, an empty one kept, an emoji image read as its code", () => {
    const { box } = openBox();
    box.innerHTML = '第一行<div>second line</div><div><br></div><div>第四行 <img class="note-content-emoji" alt="[笑哭R]"></div>';
    expect(readDraft(box)).toBe('第一行\nsecond line\n\n第四行 [笑哭R]');
  });

  test("Firefox's line breaks: <br> is a new line, the trailing one the browser keeps is not", () => {
    const { box } = openBox();
    box.innerHTML = 'line one<br>line two<br>';
    expect(readDraft(box)).toBe('line one\nline two');
    box.innerHTML = '<br>';
    expect(readDraft(box)).toBe('');
  });

  test('paragraphs and list items each on a line; inline markup (bold, links, superscripts, pictures) runs on', () => {
    const { box } = openBox();
    box.innerHTML = '<p>一</p><p>二</p><ul><li>三</li><li>四</li></ul>';
    expect(readDraft(box)).toBe('一\n二\n三\n四');
    box.innerHTML = '<span>cat tax </span><b>please</b> <a href="#">@小猫</a><sup>2</sup><picture><img alt="[doge]"></picture><img src="data:,">';
    expect(readDraft(box)).toBe('cat tax please @小猫2[doge]');
  });

  test('zero-width characters dropped, no-break spaces read as spaces', () => {
    const { box } = openBox();
    box.textContent = 'he\u200bl\u200cl\u200do\u2060\ufeff\u00a0world\u00a0\u00a0!';
    expect(readDraft(box)).toBe('hello world  !');
  });
});

describe('writing into the box as typing (replaceBoxText)', () => {
  test('Chrome, one line: the draft replaced in one typed input, send enabled, and 发送 sends it', () => {
    editing = installEditing('chrome');
    const { box, heard } = openBox();
    type('I love this');
    heard.length = 0;
    const before = fx.inputEvents.length;
    expect(replaceBoxText(box, '我太喜欢了')).toBe(true);
    expect(readDraft(box)).toBe('我太喜欢了');
    expect(heard).toEqual([{ inputType: 'insertText', data: '我太喜欢了', by: 'typing' }]);
    expect(fx.inputEvents.slice(before).map((e) => e.text)).toEqual(['我太喜欢了']);
    expect(fx.sendEnabled()).toBe(true);
    // The caret is after the text: the reader goes on typing at the end.
    type('！');
    send();
    expect(fx.sent.at(-1)).toBe('我太喜欢了！');
  });

  test('Chrome, several lines: line breaks typed between the lines (no <div> paragraphs), a blank line kept', () => {
    editing = installEditing('chrome');
    const { box, heard } = openBox();
    expect(replaceBoxText(box, 'Great post!\n\n太棒了')).toBe(true);
    expect(readDraft(box)).toBe('Great post!\n\n太棒了');
    expect(box.querySelector('div')).toBeNull();
    expect(heard).toEqual([
      { inputType: 'insertText', data: 'Great post!', by: 'typing' },
      { inputType: 'insertLineBreak', data: null, by: 'typing' },
      { inputType: 'insertLineBreak', data: null, by: 'typing' },
      { inputType: 'insertText', data: '太棒了', by: 'typing' },
    ]);
  });

  test('Firefox, several lines: one insertText carries the whole text (one input, one undo step)', () => {
    vi.stubEnv('FIREFOX', 'true');
    editing = installEditing('firefox');
    const { box, heard } = openBox();
    type('old draft');
    heard.length = 0;
    expect(replaceBoxText(box, 'Great post!\n太棒了')).toBe(true);
    expect(box.innerHTML).toBe('Great post!<br>太棒了');
    expect(heard).toEqual([{ inputType: 'insertText', data: 'Great post!\n太棒了', by: 'typing' }]);
    expect(editing.commands.slice(1)).toEqual(['insertText:Great post!\n太棒了']);
  });

  test('a text ending in a line break is typed and accepted as it shows (no second write)', () => {
    editing = installEditing('chrome');
    const { box, heard } = openBox();
    expect(replaceBoxText(box, '谢谢\n')).toBe(true);
    expect(box.innerHTML).toBe('谢谢<br><br>');
    expect(readDraft(box)).toBe('谢谢\n');
    expect(heard.every((h) => h.by === 'typing')).toBe(true);
  });

  test('no editing commands: the text is set and the site hears one input event; send works', () => {
    const { box, heard } = openBox();
    box.textContent = 'my draft';
    // Like a typed one, the event bubbles: a listener anywhere above the box hears it too.
    const onPage: string[] = [];
    const listen = (e: Event) => onPage.push((e as InputEvent).data ?? '');
    document.addEventListener('input', listen);
    expect(replaceBoxText(box, '第一行\n第二行')).toBe(true);
    document.removeEventListener('input', listen);
    expect(readDraft(box)).toBe('第一行\n第二行');
    expect(heard).toEqual([{ inputType: 'insertText', data: '第一行\n第二行', by: 'script' }]);
    expect(onPage).toEqual(['第一行\n第二行']);
    expect(fx.sendEnabled()).toBe(true);
    // The caret is at the end of the text.
    const range = window.getSelection()!.getRangeAt(0);
    expect(range.collapsed).toBe(true);
    expect(range.startContainer === box ? range.startOffset : -1).toBe(box.childNodes.length);
    send();
    expect(fx.sent.at(-1)).toBe('第一行\n第二行');
  });

  test('a refused line break: what was typed is not the text, so the text is set whole', () => {
    editing = installEditing('chrome', ['insertLineBreak']);
    const { box, heard } = openBox();
    expect(replaceBoxText(box, 'a\nb')).toBe(true);
    expect(readDraft(box)).toBe('a\nb');
    expect(heard.at(-1)).toEqual({ inputType: 'insertText', data: 'a\nb', by: 'script' });
  });

  test('the site does not keep the text (it cuts it to its length): the composer is told', () => {
    const { box } = openBox();
    const cut = () => {
      if ((box.textContent ?? '').length > 5) box.textContent = (box.textContent ?? '').slice(0, 5);
    };
    box.addEventListener('input', cut);
    expect(replaceBoxText(box, 'a long translation')).toBe(false);
    editing = installEditing('chrome');
    expect(replaceBoxText(box, 'a long translation')).toBe(false);
    expect(replaceBoxText(box, 'short')).toBe(true);
    box.removeEventListener('input', cut);
  });
});

describe('a greeting put before the draft (insertAtStart)', () => {
  test('typed at the start of the draft; the caret then goes back to the end', () => {
    editing = installEditing('chrome');
    const { box, heard } = openBox();
    type('is this place open on Mondays?');
    heard.length = 0;
    insertAtStart(box, '你好！');
    expect(readDraft(box)).toBe('你好！is this place open on Mondays?');
    expect(heard).toEqual([{ inputType: 'insertText', data: '你好！', by: 'typing' }]);
    type(' 谢谢');
    expect(readDraft(box)).toBe('你好！is this place open on Mondays? 谢谢');
  });

  test('no editing commands: greeting and draft set together, and the site hears it', () => {
    const { box, heard } = openBox();
    box.textContent = 'is this place open?';
    insertAtStart(box, '你好！');
    expect(readDraft(box)).toBe('你好！is this place open?');
    expect(heard).toEqual([{ inputType: 'insertText', data: '你好！is this place open?', by: 'script' }]);
    expect(fx.sendEnabled()).toBe(true);
  });
});
