/**
 * The comment composer's pure helpers (no browser API):
 * - hints while composing: does a draft touch a topic RedNote removes (politics, religion, drugs,
 *   gambling, sexual content), or hold personal details (phone numbers in US and Chinese formats,
 *   email addresses)? Small keyword and pattern matchers, tuned to stay quiet on ordinary text
 *   ("I love this dress", "a drug-free delight", 大麻花, 天安门广场, 教会我做饭);
 * - protecting a draft for translation: @mentions, emoji codes ([笑哭R], [doge]), topic hashtags,
 *   URLs and emails are split out and kept as they are, only the text between is translated
 *   (the same tokens the page side keeps: utils/text/language.ts, utils/sites/xiaohongshu/extract.ts);
 * - a few Chinese greetings to suggest for a newcomer's first comment.
 *
 * Hints never block anything and never leave the page: they are computed here, on the draft.
 */
import type { TipTrigger } from './schema';

// ---- sensitive topics ---------------------------------------------------------------------

export const SENSITIVE_TOPICS = ['politics', 'religion', 'drugs', 'gambling', 'sexual'] as const;
export type SensitiveTopic = (typeof SENSITIVE_TOPICS)[number];

/**
 * Per topic: English terms (RegExp sources, matched case-insensitively as whole words; a space
 * matches any run of spaces) and Chinese terms (RegExp sources, matched anywhere: Chinese has no
 * spaces, so each term is a word specific enough not to turn up inside ordinary ones).
 * Left out on purpose, because ordinary text uses them far more often: "God" (oh my God), "bet"
 * (I bet), "high", "nude" (a colour in fashion), "Tibet" / "Xinjiang" / 天安门 (travel), 教会
 * (taught), 礼拜 (礼拜天, Sunday), 福音 (a blessing), 打赌, 溜冰 (skating), 佛系 (laid-back).
 */
const TOPIC_TERMS: Record<SensitiveTopic, { en: readonly string[]; zh: readonly string[] }> = {
  politics: {
    en: [
      'politics',
      'political(?:ly)?',
      'politicians?',
      'elections?',
      'electoral',
      'democrats?',
      'democratic party',
      'republicans?',
      'communis[mt]s?',
      'ccp',
      'chinese communist party',
      'xi jinping',
      'mao zedong',
      'trump(?! cards?\\b)',
      'biden',
      'kamala',
      'tiananmen (?:square )?(?:massacre|incident|protests?|crackdown)',
      'taiwan(?:ese)? independence',
      'tibetan independence',
      'free tibet',
      'free hong kong',
      'hong kong protests?',
      'uyghurs?',
      'uighurs?',
      'dictator(?:s|ship|ships)?',
      'propaganda',
      'genocide',
    ],
    zh: [
      '政治',
      '共产党',
      '习近平',
      '毛泽东',
      '台独',
      '港独',
      '藏独',
      '疆独',
      '六四事件',
      '八九六四',
      '天安门事件',
      '民主党',
      '共和党',
      '选举',
      '大选',
      '特朗普',
      '川普',
      '拜登',
      '独裁',
      '反华',
      '颠覆政权',
    ],
  },
  religion: {
    en: [
      'religions?',
      'religious',
      'jesus',
      'christ',
      'christians?',
      'christianity',
      'bible',
      'biblical',
      'gospel',
      'quran',
      'koran',
      'islam(?:ic)?',
      'muslims?',
      'allah',
      'missionar(?:y|ies)',
      'evangeli(?:cal|sm|st|sts|ze)',
      'falun gong',
      'buddhism',
      'taoism',
    ],
    zh: ['宗教', '信教', '传教', '基督', '耶稣', '圣经', '上帝', '伊斯兰', '古兰经', '天主教', '真主', '法轮功', '佛教', '道教'],
  },
  drugs: {
    en: [
      // "drug-free", "drug store" and "drugstore" are ordinary.
      'drugs?(?![\\s-]*(?:free|stores?)\\b)',
      'weed',
      'marijuana',
      'cannabis',
      'cocaine',
      'heroin',
      'meth',
      'methamphetamine',
      'fentanyl',
      'lsd',
      'mdma',
      'ketamine',
      'opium',
    ],
    zh: ['毒品', '吸毒', '贩毒', '大麻(?!花)', '冰毒', '海洛因', '可卡因', '摇头丸', 'K粉', '嗑药'],
  },
  gambling: {
    en: ['gambl(?:e|es|ed|ing|er|ers)', 'casinos?', '(?:sports|online) betting', 'bookmakers?', 'baccarat', 'slot machines?'],
    zh: ['赌博', '赌场', '赌钱', '网赌', '博彩', '赌球', '百家乐', '六合彩', '老虎机', '下注'],
  },
  sexual: {
    en: ['sex', 'sexual(?:ly)?', 'porn(?:o|ography|ographic)?', 'nudes', 'nudity', 'nsfw', 'onlyfans', 'erotic', 'horny', 'prostitut(?:e|es|ion)', 'one night stands?'],
    zh: ['色情', '做爱', '性爱', '裸照', '黄片', '约炮', '援交', '嫖娼', '卖淫', '成人视频', '性交易', '一夜情'],
  },
};

const topicPatterns: Array<[SensitiveTopic, RegExp]> = SENSITIVE_TOPICS.map((topic) => {
  const { en, zh } = TOPIC_TERMS[topic];
  const english = en.map((term) => term.replace(/ /g, '\\s+')).join('|');
  return [topic, new RegExp(`\\b(?:${english})\\b|${zh.join('|')}`, 'iu')];
});

/** The sensitive topics a draft touches, in the order of SENSITIVE_TOPICS. */
export function findSensitiveTopics(text: string): SensitiveTopic[] {
  const folded = fold(text);
  return topicPatterns.filter(([, pattern]) => pattern.test(folded)).map(([topic]) => topic);
}

// ---- personal details ---------------------------------------------------------------------

export const PERSONAL_DETAILS = ['phone', 'email'] as const;
export type PersonalDetail = (typeof PERSONAL_DETAILS)[number];

const EMAIL = /(?<![\w.%+-])[a-z0-9][\w.%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b/i;

const PHONES: readonly RegExp[] = [
  // Chinese mobile: 11 digits from 13x to 19x, optionally +86 / 0086, spaced 3-4-4 or not.
  /(?<![\d+])(?:(?:\+|00)?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?!\d)/,
  // Chinese landline with its area code set apart: 010-12345678, (021) 8765 4321.
  /(?<!\d)(?:\(0\d{2,3}\)\s?|0\d{2,3}[\s-])\d{3,4}[\s-]?\d{4}(?!\d)/,
  // North American: (555) 234-5678, 555-234-5678, 555.234.5678, +1 555 234 5678, 5552345678.
  // Plain spaces only after +1 or a bracketed area code: "300 500 1000" is a list of numbers.
  /(?<![\d+])(?:\([2-9]\d{2}\)\s?[2-9]\d{2}[\s.-]?\d{4}|[2-9]\d{2}([.-])[2-9]\d{2}\1\d{4}|\+?1[\s.-]?[2-9]\d{2}[\s.-]?[2-9]\d{2}[\s.-]?\d{4}|[2-9]\d{2}[2-9]\d{6})(?!\d)/,
];

/** The kinds of personal detail a draft holds, in the order of PERSONAL_DETAILS. */
export function findPersonalDetails(text: string): PersonalDetail[] {
  const folded = fold(text);
  const found: PersonalDetail[] = [];
  if (PHONES.some((pattern) => pattern.test(folded))) found.push('phone');
  if (EMAIL.test(folded)) found.push('email');
  return found;
}

// ---- all hints for a draft ---------------------------------------------------------------

export interface DraftFindings {
  topics: SensitiveTopic[];
  details: PersonalDetail[];
}

export function findDraftIssues(text: string): DraftFindings {
  return { topics: findSensitiveTopics(text), details: findPersonalDetails(text) };
}

/** The guidance triggers a draft sets off (personal details first: the more urgent). */
export function draftTriggers(findings: DraftFindings): TipTrigger[] {
  const triggers: TipTrigger[] = [];
  if (findings.details.length > 0) triggers.push('personal-details');
  if (findings.topics.length > 0) triggers.push('sensitive-topic');
  return triggers;
}

/** Full-width letters and digits (１３８, ＳＥＸ) as ASCII, so they match like the half-width ones. */
function fold(text: string): string {
  return text.normalize('NFKC');
}

// ---- protecting a draft for translation --------------------------------------------------

export type DraftPart = { kind: 'text'; text: string } | { kind: 'keep'; text: string };

/**
 * Kept as they are: URLs, email addresses, @mentions, topic hashtags (#成都美食[话题]# and #food),
 * emoji codes ([笑哭R], [doge]). Same shapes as utils/text/language.ts treats as "not language".
 */
const KEEP = /https?:\/\/\S+|[a-z0-9][\w.%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b|@[\p{L}\p{N}_.-]{1,30}|#[^\s#[\]]{1,30}(?:\[话题\]#?)?|\[[^[\]\s]{1,10}\]/giu;

/** Splits a draft into text runs (whitespace included) and kept tokens; joining the parts gives the draft back. */
export function splitDraft(draft: string): DraftPart[] {
  const parts: DraftPart[] = [];
  let last = 0;
  for (const match of draft.matchAll(KEEP)) {
    if (match.index > last) parts.push({ kind: 'text', text: draft.slice(last, match.index) });
    parts.push({ kind: 'keep', text: match[0] });
    last = match.index + match[0].length;
  }
  if (last < draft.length) parts.push({ kind: 'text', text: draft.slice(last) });
  return parts;
}

export function joinDraft(parts: readonly DraftPart[]): string {
  return parts.map((p) => p.text).join('');
}

/** The text to send for a run: its words without the spaces around them. */
export function runCore(run: string): string {
  return run.trim();
}

/** A translated run put back between its original spaces (providers drop leading and trailing spaces). */
export function rewrap(run: string, translated: string): string {
  const lead = /^\s*/.exec(run)![0];
  const trail = /\s*$/.exec(run.slice(lead.length))![0];
  return lead + translated.trim() + trail;
}

// ---- first comment ------------------------------------------------------------------------

export interface Greeting {
  zh: string;
  pinyin: string;
  en: string;
}

/** Short, warm openers for a newcomer's first comment (added at the start of the draft on request). */
export const FIRST_COMMENT_GREETINGS: readonly Greeting[] = [
  { zh: '你好！', pinyin: 'nǐ hǎo', en: 'Hello!' },
  { zh: '谢谢分享！', pinyin: 'xiè xie fēn xiǎng', en: 'Thanks for sharing!' },
  { zh: '大家好！', pinyin: 'dà jiā hǎo', en: 'Hello everyone!' },
];
