// @vitest-environment happy-dom
/**
 * The language of the post a comment answers (postLanguage in utils/sites/xiaohongshu/composer.ts):
 * the composer translates a draft into it. Read from the note's title and body on the page, in the
 * note the comment box belongs to (markup as rednote-dom.md and tests/fixtures/fixture.js have it).
 */
import { describe, expect, test } from 'vitest';
import { postLanguage } from '@/utils/sites/xiaohongshu/composer';

/** A note (title, body, comment box) as the site shows it; returns its box. */
function note(title: string, body: string, where: ParentNode = document.body): HTMLElement {
  const container = document.createElement('div');
  container.id = 'noteContainer';
  container.className = 'note-container';
  const t = document.createElement('div');
  t.id = 'detail-title';
  t.textContent = title;
  const desc = document.createElement('div');
  desc.id = 'detail-desc';
  const span = document.createElement('span');
  span.className = 'note-text';
  span.textContent = body;
  desc.append(span);
  const inputBox = document.createElement('div');
  inputBox.className = 'input-box';
  const box = document.createElement('p');
  box.id = 'content-textarea';
  box.className = 'content-input';
  box.contentEditable = 'true';
  inputBox.append(box);
  container.append(t, desc, inputBox);
  where.append(container);
  return box;
}

describe('the language of the post being answered', () => {
  test('English, Chinese (as zh-CN), Japanese, Korean, Russian from the title and body', () => {
    document.body.replaceChildren();
    expect(postLanguage(note('Cat tax for the newcomers', 'My cat says hello to everyone 🐱 #cats'))).toBe('en');
    document.body.replaceChildren();
    expect(postLanguage(note('成都美食攻略', '3天吃遍20家苍蝇馆子 #成都美食[话题]#'))).toBe('zh-CN');
    document.body.replaceChildren();
    expect(postLanguage(note('東京カフェ巡り', 'おすすめのカフェを紹介します'))).toBe('ja');
    document.body.replaceChildren();
    expect(postLanguage(note('서울 여행', '맛집 추천해 주세요'))).toBe('ko');
    document.body.replaceChildren();
    expect(postLanguage(note('Москва', 'Привет всем из Москвы'))).toBe('ru');
  });

  test('a post of only emoji, tags and numbers has no language', () => {
    document.body.replaceChildren();
    expect(postLanguage(note('🐱🐱🐱', '#cats [doge] 666'))).toBeNull();
  });

  test('a note opened over another note: the one the box is in is read, not the page behind it', () => {
    document.body.replaceChildren();
    note('成都美食攻略｜3天吃遍20家苍蝇馆子', '这家店真的太好吃了，强烈推荐给大家');
    const mask = document.createElement('div');
    mask.className = 'note-detail-mask';
    document.body.append(mask);
    expect(postLanguage(note('My first week on RedNote', 'Everyone here is so kind', mask))).toBe('en');
  });

  test('a box outside any note container reads the post on the page', () => {
    document.body.replaceChildren();
    const title = document.createElement('h1');
    title.id = 'detail-title';
    title.textContent = '周末去哪儿玩';
    const box = document.createElement('p');
    box.contentEditable = 'true';
    document.body.append(title, box);
    expect(postLanguage(box)).toBe('zh-CN');
  });

  test('title and body are read as separate lines: a link ending the title does not swallow the body', () => {
    // Chinese has no spaces: run together, the link would reach to the end of the body.
    document.body.replaceChildren();
    expect(postLanguage(note('Recipe https://xhslink.com/a1B2', '做法很简单先把鸡肉切块然后放进锅里炒十分钟'))).toBe('zh-CN');
  });

  test('a long post is judged on its first 3,000 characters', () => {
    document.body.replaceChildren();
    const english = 'I moved here from TikTok and everyone has been so welcoming. '.repeat(60);
    expect(english.length).toBeGreaterThan(3000);
    expect(postLanguage(note('My story', english + '谢谢大家'.repeat(400)))).toBe('en');
  });
});
