// @vitest-environment happy-dom
/**
 * Reading a unit's text the way the site renders it (tests/fixtures/fixture.js builds the same
 * markup): hashtags and @mentions are kept as tokens and never sent, topic tags written as text
 * and emoji codes are kept, emoji images and buttons are skipped, invisible characters dropped.
 */
import { describe, expect, test } from 'vitest';
import { extractParts, partsKey } from '@/utils/sites/xiaohongshu/extract';

function unit(html: string): Element {
  const host = document.createElement('div');
  host.className = 'content';
  // Test markup only, written here: the parser is the quickest way to build a realistic tree.
  host.innerHTML = html;
  document.body.replaceChildren(host);
  return host;
}

const sent = (root: Element) =>
  extractParts(root)
    .filter((p) => p.kind === 'text')
    .map((p) => p.text);
const kept = (root: Element) =>
  extractParts(root)
    .filter((p) => p.kind === 'keep')
    .map((p) => p.text);

describe('reading a unit', () => {
  test('an @mention link is a kept token, never part of the text sent', () => {
    const el = unit('<span class="note-text"><span>谢谢 </span><a class="note-content-user" data-user-id="5f1e" href="/user/profile/5f1e">@小红薯123</a><span> 推荐的店，太好吃了</span></span>');
    expect(extractParts(el)).toEqual([
      { kind: 'text', text: '谢谢' },
      { kind: 'keep', text: '@小红薯123' },
      { kind: 'text', text: '推荐的店，太好吃了' },
    ]);
  });

  test('a name link with only data-user-id (as in comment authors) is also kept', () => {
    const el = unit('<span>问问 <a href="/user/profile/1" data-user-id="1">@Amy Lee</a> 吧</span>');
    expect(kept(el)).toEqual(['@Amy Lee']);
    expect(sent(el).join(' ')).not.toContain('Amy');
  });

  test('a hashtag link is kept as it is', () => {
    const el = unit('<span class="note-text"><span>周末去吃了</span><a class="tag" id="hash-tag" href="/search_result?keyword=%23成都美食">#成都美食</a><span>真不错</span></span>');
    expect(extractParts(el)).toEqual([
      { kind: 'text', text: '周末去吃了' },
      { kind: 'keep', text: '#成都美食' },
      { kind: 'text', text: '真不错' },
    ]);
  });

  test('a topic tag written as plain text (#成都美食[话题]#) is kept, not translated', () => {
    const el = unit('<span>推荐一家店 #成都美食[话题]# #火锅[话题]# 人均八十</span>');
    expect(extractParts(el)).toEqual([
      { kind: 'text', text: '推荐一家店' },
      { kind: 'keep', text: '#成都美食[话题]#' },
      { kind: 'keep', text: '#火锅[话题]#' },
      { kind: 'text', text: '人均八十' },
    ]);
  });

  test('emoji images are skipped; emoji codes the site left as text are kept', () => {
    const el = unit('<span>笑死我了<img class="note-content-emoji" src="data:," alt="[笑哭R]">[doge]真的假的</span>');
    expect(extractParts(el)).toEqual([
      { kind: 'text', text: '笑死我了' },
      { kind: 'keep', text: '[doge]' },
      { kind: 'text', text: '真的假的' },
    ]);
    expect(JSON.stringify(extractParts(el))).not.toContain('笑哭R');
  });

  test('buttons, icons and video inside a unit are not read', () => {
    const el = unit('<span>正文内容</span><button>展开</button><svg><text>icon</text></svg><video></video>');
    expect(sent(el)).toEqual(['正文内容']);
  });

  test('zero-width and direction-control characters are dropped; spaces folded; line breaks kept', () => {
    const el = unit('<span>he\u200bllo\u200d \u202eworld\u202c\u2066!\u2069\ufeff</span><br><span>第二行\u00a0\u00a0  有空格</span><p>段落</p><div>下一块</div>');
    expect(sent(el)).toEqual(['hello world!\n第二行 有空格\n段落\n下一块']);
  });

  test('our own overlay beside or inside is never read back', () => {
    const el = unit('<span>原文</span><red-thread-overlay>Translated text</red-thread-overlay>');
    expect(sent(el)).toEqual(['原文']);
  });

  test('a unit with only tokens has no text to send', () => {
    const el = unit('<a class="tag">#旅行</a> <a class="note-content-user" data-user-id="2">@阿花</a>');
    expect(sent(el)).toEqual([]);
    expect(kept(el)).toEqual(['#旅行', '@阿花']);
  });

  test('partsKey tells a kept token from the same text sent, and changes when the text does', () => {
    const a = partsKey([{ kind: 'text', text: '#旅行' }]);
    const b = partsKey([{ kind: 'keep', text: '#旅行' }]);
    expect(a).not.toBe(b);
    const el = unit('<span>第一版</span>');
    const before = partsKey(extractParts(el));
    el.querySelector('span')!.firstChild!.textContent = '第二版';
    expect(partsKey(extractParts(el))).not.toBe(before);
  });
});

describe('line structure', () => {
  test('two <br> keep a paragraph break; consecutive blocks one line each', () => {
    expect(sent(unit('<span>第一段<br><br>第二段<br>第三行</span>'))).toEqual(['第一段\n\n第二段\n第三行']);
    expect(sent(unit('<p>一</p><p>二</p><div>三</div>'))).toEqual(['一\n二\n三']);
  });
});

describe('the site markup around the text', () => {
  test("Vue's comment anchors (<!--v-if-->) between the text spans are not text", () => {
    expect(sent(unit('<span class="note-text"><!--v-if--><span>好吃</span><!----><span>不贵</span></span>'))).toEqual(['好吃不贵']);
  });

  test('text spans side by side run on as one line; text after a block starts a line of its own', () => {
    expect(sent(unit('<span class="note-text"><span>今天天气</span><span>真好</span></span>'))).toEqual(['今天天气真好']);
    expect(sent(unit('<div>标题</div>正文<p>第二段</p>结尾'))).toEqual(['标题\n正文\n第二段\n结尾']);
  });

  test('spaces on either side of a line break go; three or more breaks are one blank line', () => {
    expect(sent(unit('<span>第一行 <br>第二行<br> 第三行</span>'))).toEqual(['第一行\n第二行\n第三行']);
    expect(sent(unit('<span>第一段<br><br><br><br>第二段</span>'))).toEqual(['第一段\n\n第二段']);
  });

  test('a text ending with an emoji code or a topic tag: the token is kept, nothing empty is sent after it', () => {
    expect(extractParts(unit('<span>好吃 [doge]</span>'))).toEqual([
      { kind: 'text', text: '好吃' },
      { kind: 'keep', text: '[doge]' },
    ]);
    expect(extractParts(unit('<span>周末 #成都美食[话题]#\n</span>'))).toEqual([
      { kind: 'text', text: '周末' },
      { kind: 'keep', text: '#成都美食[话题]#' },
    ]);
  });

  test("a mention's spaces are not part of the token; a link with no text (an avatar) is no token", () => {
    const el = unit('<span>问问</span><a class="note-content-user" data-user-id="1">\n @阿花 </a><a href="/user/profile/2" data-user-id="2"><img alt=""></a><span>吧</span>');
    expect(extractParts(el)).toEqual([
      { kind: 'text', text: '问问' },
      { kind: 'keep', text: '@阿花' },
      { kind: 'text', text: '吧' },
    ]);
  });

  test("the site's own words for a deleted comment are kept as they are, never sent", () => {
    for (const words of ['原评论已删除', '该评论已删除', '评论已删除']) {
      const el = unit(`\n  <span>${words}</span>  \n`);
      expect(extractParts(el)).toEqual([{ kind: 'keep', text: words }]);
    }
  });
});

describe('the change key (partsKey)', () => {
  test('differs whenever the parts do: split runs, a changed kept token, a token against the same text', () => {
    const keys = [
      partsKey([{ kind: 'text', text: 'ab' }]),
      partsKey([
        { kind: 'text', text: 'a' },
        { kind: 'text', text: 'b' },
      ]),
      partsKey([{ kind: 'keep', text: 'ab' }]),
      partsKey([{ kind: 'keep', text: '@阿花' }]),
      partsKey([{ kind: 'keep', text: '@小明' }]),
      partsKey([]),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    const el = unit('<span>问问</span><a class="note-content-user" data-user-id="1">@阿花</a>');
    const before = partsKey(extractParts(el));
    el.querySelector('a')!.textContent = '@小明';
    expect(partsKey(extractParts(el))).not.toBe(before);
  });
});
