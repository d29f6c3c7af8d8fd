/**
 * The benchmark's workload: deterministic text shaped like RedNote's, for a reader whose target
 * language is English.
 *
 * One corpus of n segments (one segment = one comment's text) has:
 * - 10% exact duplicates of earlier segments (about 70% of them Chinese, 30% English);
 * - 30% already in the target language (English sentences, duplicates included);
 * - 3% emoji only (Unicode emoji, or the site's <img> emoji with no text at all);
 * - about 1.2% post bodies of 200–1,000 characters (6 in 500), in paragraphs;
 * - the rest short Chinese comments (median about 20 characters), some with an English word or an
 *   emoji, like the site's.
 * Texts are made so that the extension sends them exactly as written (no double spaces, no
 * brackets, #, @ or URLs), so the bench can compare what the provider received with what it expected.
 *
 * Every text is unique across all corpora made with the same `Texts` pool (the caches start cold
 * for each scenario), except the duplicates a corpus holds on purpose.
 */

export type Label = 'zh' | 'en' | 'emoji';

export interface Segment {
  /** The comment's id in the page (unique in one bench run). */
  id: string;
  /** The text as written in the comment ('' for an emoji-only comment made of images). */
  text: string;
  label: Label;
  /** Emoji images after the text (<img class="note-content-emoji">). */
  images: number;
  /** Set on a duplicate: the id of the segment it copies. */
  dupOf?: string;
  long?: boolean;
}

export interface Corpus {
  name: string;
  segments: Segment[];
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH = [
  '家人们谁懂啊',
  '这也太好吃了吧',
  '绝绝子',
  '救命好可爱',
  '蹲一个后续',
  '求链接',
  '已经收藏了',
  '姐妹们冲',
  '太真实了哈哈哈哈',
  '在哪里买的呀',
  '博主好会拍',
  '这个价格也太香了',
  '我也是这么觉得的',
  '笑死我了',
  '好想去成都吃火锅',
  '看饿了',
  '这是什么神仙地方',
  '每天都来看一遍',
  '终于等到更新了',
  '楼主好有品味',
  '同款已下单',
  '想问一下尺码',
  '好治愈啊',
  '这个颜色好显白',
  '上海也有吗',
  '下次一起去',
  '第一次见这么好看的',
  '心动了',
  '真的会谢',
  '宝子们快去',
  '排队排了两个小时',
  '味道怎么样',
  '性价比很高',
  '被种草了',
  '谁还没去过',
  '建议收藏',
  '太羡慕了',
  '周末就去打卡',
  '老板人很好',
  '感觉一般般',
  '还是去年的好吃',
  '有没有人一起',
  '关注了关注了',
  '好喜欢你的风格',
  '这条裙子绝了',
  '拍照技术好好',
  '欢迎来到小红书',
  '外国朋友你好',
  '我们这边也下雪了',
  '晚上去人少一点',
  '记得提前预约',
  '门票多少钱呀',
  '地铁可以到吗',
  '我妈也说好吃',
  '一口一个好幸福',
  '辣得我眼泪都出来了',
  '下次换个口味试试',
  '求教程',
  '手好巧啊',
  '太有才了',
  '这个滤镜叫什么',
  '真的假的',
  '我不信',
  '好有道理',
  '说得太对了',
  '学到了',
  '马上去试试',
  '已经推荐给朋友了',
  '今天天气真好',
  '猫猫好乖',
  '狗狗好可爱',
  '想养一只',
  '好温柔的声音',
  '这个发型好适合你',
  '眼睛好漂亮',
  '在吗在吗',
  '回复我一下',
  '坐标北京',
  '坐标广州',
  '杭州的可以去看看',
  '南京也不错',
  '重庆的火锅更好吃',
  '我们学校门口也有一家',
  '小时候经常吃',
  '好怀念啊',
  '泪目了',
  '破防了',
  '好有氛围感',
  '这就是生活吧',
  '慢慢来不着急',
];
const ZH_MIXED = ['vibe', 'chill', 'OOTD', 'emo', 'city不city', 'CPU', 'MBTI', 'plog', 'vlog', 'yyds'];
const ZH_PUNCT = ['，', '！', '～', '。', ' ', '！！', '？', '…'];
const EMOJI = ['😂', '😭', '🔥', '✨', '❤️', '👍', '🥰', '😍', '👏', '🤣', '😋', '🙏', '💯', '🌶️', '🎉'];
const BODY = [
  '今天终于去了这家店，排队排了一个小时，但是真的值得。',
  '环境很干净，服务员也很热情，上菜速度很快。',
  '点了招牌菜和两个小菜，分量很足，两个人吃完全够了。',
  '味道偏辣，不能吃辣的朋友记得提前跟老板说。',
  '人均一百左右，性价比挺高的，下次还会再来。',
  '停车不太方便，建议坐地铁过来，出站走五分钟就到。',
  '周末人特别多，最好工作日去，或者提前在小程序上排号。',
  '第一次来成都，每天都在吃吃吃，胖了三斤也值得。',
  '这次旅行最大的收获就是认识了很多新朋友。',
  '拍照的话下午四点左右光线最好，记得带上三脚架。',
  '酒店就在景区旁边，早上起来推开窗就能看到山。',
  '分享一下我的穿搭，上衣是去年买的，裤子是新入的。',
  '很多外国朋友问我这个怎么做，今天就写一个详细的教程。',
  '材料很简单，超市都能买到，新手也能一次成功。',
  '最后提醒一下，做好以后放凉再吃，口感会更好。',
  '评论区有问必答，喜欢的话记得点赞收藏关注哦。',
];
const EN = [
  'This looks amazing',
  'Where is this place',
  'I came here from TikTok',
  'Thank you for the warm welcome',
  'The food looks so good',
  'I love this app already',
  'Can someone tell me what this says',
  'Hello from Ohio',
  'Greetings from Texas',
  'Your cat is adorable',
  'I want to visit China one day',
  'This is my favorite post today',
  'How do you make this',
  'The colors in this photo are beautiful',
  'I am learning Chinese slowly',
  'What a lovely place',
  'Please post more videos like this',
  'This made my day',
  'I have never seen anything like it',
  'Everyone here is so kind',
  'Is this in Shanghai',
  'Saving this for my next trip',
  'That outfit is perfect',
  'My mom would love this',
  'I just ordered the same one',
  'The mountains look unreal',
  'Your English is very good',
  'We should trade recipes',
  'I tried it and it worked',
  'Thanks for sharing the details',
  'The line was worth the wait',
  'It snowed here too',
];
const EN_END = ['!', '.', '?', '!!', ' :)', ''];

export class Texts {
  private readonly used = new Set<string>();
  private nextId = 0;

  constructor(private readonly random: () => number) {}

  id(prefix: string): string {
    return `${prefix}${(++this.nextId).toString(36)}`;
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)]!;
  }

  /** A target length: median about 18, most between 6 and 50. */
  private shortLength(): number {
    const u = this.random() + this.random() + this.random() - 1.5; // about normal, sd 0.5
    return Math.max(4, Math.min(70, Math.round(Math.exp(Math.log(18) + u * 1.1))));
  }

  private unique(make: () => string): string {
    for (let attempt = 0; attempt < 50; attempt++) {
      const text = make();
      if (!this.used.has(text)) {
        this.used.add(text);
        return text;
      }
    }
    // A tail that makes it unique: a third, fourth … fragment.
    let text = make();
    while (this.used.has(text)) text += this.pick(ZH_PUNCT).trim() + this.pick(ZH);
    this.used.add(text);
    return text;
  }

  chinese(): string {
    return this.unique(() => {
      const target = this.shortLength();
      let text = this.pick(ZH);
      while (text.length < target - 2) text += this.pick(ZH_PUNCT).trim() + this.pick(ZH);
      if (this.random() < 0.1) {
        const word = this.pick(ZH_MIXED);
        const at = Math.min(text.length, 2 + Math.floor(this.random() * 4));
        text = `${text.slice(0, at)}${word}${text.slice(at)}`;
      }
      if (this.random() < 0.25) text += this.pick(EMOJI);
      return text;
    });
  }

  body(length: number): string {
    return this.unique(() => {
      const paragraphs: string[] = [];
      let total = 0;
      let paragraph = '';
      while (total + paragraph.length < length) {
        paragraph += this.pick(BODY);
        if (paragraph.length > 60 && this.random() < 0.35) {
          paragraphs.push(paragraph);
          total += paragraph.length + 1;
          paragraph = '';
        }
      }
      if (paragraph) paragraphs.push(paragraph);
      // Under the extension's 1,000-character piece size: one body stays one segment.
      return paragraphs.join('\n').slice(0, Math.min(length, 1000)).trim();
    });
  }

  english(): string {
    return this.unique(() => {
      let text = this.pick(EN);
      if (this.random() < 0.45) {
        let second = this.pick(EN);
        while (second === text) second = this.pick(EN);
        text += `${this.pick(['!', '.'])} ${second}`;
      }
      return text + this.pick(EN_END);
    });
  }

  emoji(): { text: string; images: number } {
    if (this.random() < 0.35) return { text: '', images: 1 + Math.floor(this.random() * 3) };
    const e = this.pick(EMOJI);
    return { text: e.repeat(1 + Math.floor(this.random() * 4)), images: 0 };
  }
}

/** Post bodies' lengths, cycled: "a few post bodies of 200–1,000 characters". */
const BODY_LENGTHS = [220, 380, 520, 700, 850, 990];

/** Makes one corpus of `size` segments with the shares described at the top of this file. */
export function makeCorpus(texts: Texts, random: () => number, name: string, size: number): Corpus {
  const dups = Math.round(size * 0.1);
  const enDups = Math.round(dups * 0.3);
  const zhDups = dups - enDups;
  const en = Math.round(size * 0.3) - enDups;
  const emoji = Math.round(size * 0.03);
  const bodies = Math.round((size * 6) / 500);
  const zh = size - dups - en - emoji - bodies;

  const unique: Segment[] = [];
  for (let i = 0; i < zh; i++) unique.push({ id: texts.id('c'), text: texts.chinese(), label: 'zh', images: 0 });
  for (let i = 0; i < bodies; i++) unique.push({ id: texts.id('c'), text: texts.body(BODY_LENGTHS[i % BODY_LENGTHS.length]!), label: 'zh', images: 0, long: true });
  for (let i = 0; i < en; i++) unique.push({ id: texts.id('c'), text: texts.english(), label: 'en', images: 0 });
  for (let i = 0; i < emoji; i++) unique.push({ id: texts.id('c'), ...texts.emoji(), label: 'emoji' });
  shuffle(unique, random);

  // Duplicates go after their original, anywhere later in the list.
  const segments = [...unique];
  const originals = (label: Label) => unique.filter((s) => s.label === label && !s.long);
  for (const [label, count] of [
    ['zh', zhDups],
    ['en', enDups],
  ] as const) {
    const pool = originals(label);
    for (let i = 0; i < count && pool.length > 0; i++) {
      const original = pool[Math.floor(random() * pool.length)]!;
      const from = segments.indexOf(original) + 1;
      const at = from + Math.floor(random() * (segments.length - from + 1));
      segments.splice(at, 0, { id: texts.id('c'), text: original.text, label, images: 0, dupOf: original.id });
    }
  }
  return { name, segments };
}

function shuffle<T>(list: T[], random: () => number): void {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
}

/** What a corpus asks of a provider, counted the way the provider's caps count (UTF-16 length). */
export interface CorpusShape {
  segments: number;
  medianChars: number;
  duplicates: number;
  english: number;
  emojiOnly: number;
  longBodies: number;
  /** Unique texts that need translation (Chinese, first occurrence). */
  toTranslate: number;
  toTranslateChars: number;
}

export function shapeOf(corpus: Corpus): CorpusShape {
  const lengths = corpus.segments.map((s) => s.text.length).sort((a, b) => a - b);
  const need = neededTexts(corpus);
  return {
    segments: corpus.segments.length,
    medianChars: lengths[Math.floor(lengths.length / 2)] ?? 0,
    duplicates: corpus.segments.filter((s) => s.dupOf).length,
    english: corpus.segments.filter((s) => s.label === 'en').length,
    emojiOnly: corpus.segments.filter((s) => s.label === 'emoji').length,
    longBodies: corpus.segments.filter((s) => s.long).length,
    toTranslate: need.length,
    toTranslateChars: need.reduce((n, t) => n + t.length, 0),
  };
}

/** The distinct texts that must reach a provider: Chinese, each once. */
export function neededTexts(corpus: Corpus): string[] {
  return [...new Set(corpus.segments.filter((s) => s.label === 'zh').map((s) => s.text))];
}

/**
 * The fewest requests a provider with these caps allows for the corpus: max(items / item cap,
 * characters / character cap), each rounded up.
 */
export function lowerBound(texts: readonly string[], maxItems: number, maxChars: number): number {
  const chars = texts.reduce((n, t) => n + t.length, 0);
  return Math.max(Math.ceil(texts.length / maxItems), Math.ceil(chars / maxChars));
}
