// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { PageStyle } from '../../../utils/page/page-style';

let life = new AbortController();
afterEach(() => {
  life.abort();
  life = new AbortController();
  document.head.replaceChildren();
});

describe('the page stylesheet', () => {
  test('on a card, replace mode fades the title (its box untouched) instead of hiding it; the flowing units are hidden', () => {
    new PageStyle(life.signal);
    const css = document.head.querySelector('style[data-red-thread]')!.textContent;
    expect(css).toMatch(/:not\(\[data-rt-kind="feedTitle"\]\)\)\{display:none!important\}/);
    expect(css).toMatch(/\[data-rt-kind="feedTitle"\]\)\)?:not\(:hover\):not\(:focus-visible\)\{opacity:0!important\}/);
    life.abort();
    expect(document.head.querySelector('style[data-red-thread]')).toBeNull();
  });

  test('switched off: overlays hidden and no original faded or hidden', () => {
    const style = new PageStyle(life.signal);
    style.setEnabled(false);
    const css = document.head.querySelector('style[data-red-thread]')!.textContent;
    expect(css).toBe('red-thread-overlay{display:none!important}');
    style.setEnabled(true);
    expect(document.head.querySelector('style[data-red-thread]')!.textContent).toContain('opacity:0');
    life.abort();
    expect(document.head.querySelector('style[data-red-thread]')).toBeNull();
  });
});
