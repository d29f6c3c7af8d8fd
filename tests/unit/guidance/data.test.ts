import { describe, expect, test } from 'vitest';
import { LANGUAGE_CODES } from '@/utils/languages';
import {
  EN_GLOSSARY,
  GLOSSARY,
  SITE_LABELS,
  TIPS,
  TIP_TRIGGERS,
  ZH_GLOSSARY,
  containsHan,
  findSiteLabel,
  foldForm,
  glossaryById,
  glossaryEntrySchema,
  glossarySchema,
  siteLabelMeaning,
  siteLabelSchema,
  tipSchema,
  tipsFor,
} from '@/utils/guidance';

const formsOf = (list: readonly { term: string; aliases: readonly string[] }[]) => new Set(list.flatMap((e) => [e.term, ...e.aliases].map(foldForm)));

describe('glossary data', () => {
  test('every entry passes the schema', () => {
    for (const entry of GLOSSARY) {
      const result = glossaryEntrySchema.safeParse(entry);
      expect(result.success, `${entry.id}: ${result.error?.message}`).toBe(true);
    }
  });

  test('the whole glossary: unique ids and no spelling claimed twice', () => {
    const result = glossarySchema.safeParse(GLOSSARY);
    expect(result.success, result.error?.message).toBe(true);
    expect(new Set(GLOSSARY.map((e) => e.id)).size).toBe(GLOSSARY.length);
    expect(new Set(GLOSSARY.map((e) => foldForm(e.term))).size).toBe(GLOSSARY.length);
  });

  test('counts', () => {
    expect(ZH_GLOSSARY.length).toBeGreaterThanOrEqual(130);
    expect(EN_GLOSSARY.length).toBeGreaterThanOrEqual(70);
    expect(ZH_GLOSSARY.every((e) => e.lang === 'zh')).toBe(true);
    expect(EN_GLOSSARY.every((e) => e.lang === 'en')).toBe(true);
  });

  test('every required Chinese term is present', () => {
    const forms = formsOf(ZH_GLOSSARY);
    const required = [
      '家人们',
      '姐妹们',
      '宝子',
      '集美',
      'yyds',
      '绝绝子',
      '种草',
      '拔草',
      '蹲',
      '马住',
      '求链接',
      '破防',
      '摆烂',
      '躺平',
      '内卷',
      '显眼包',
      'xswl',
      'u1s1',
      '666',
      '避雷',
      '安利',
      '打卡',
      '交作业',
      '薯队长',
      '小红薯',
      '笔记',
      '绝了',
      '好家伙',
      '芭比Q了',
      '栓Q',
      '上头',
      '下头',
      'emo',
      '社死',
      '社牛',
      '社恐',
      'i人',
      'e人',
      '搭子',
      '松弛感',
      '氛围感',
      '天花板',
      '宝藏',
      '平替',
      '大冤种',
      '韭菜',
      '割韭菜',
      '打工人',
      '干饭人',
      '夺笋',
      '无语子',
      '真香',
      '凡尔赛',
      '柠檬精',
      '吃瓜',
      '瓜',
      'CP',
      '嗑',
      '磕到了',
      '破大防',
      '狠狠爱住',
      '谁懂啊',
      '救命',
      '绝美',
      '氛围组',
      '原相机',
      '滤镜',
      '种草机',
      '薅羊毛',
      '一键三连',
      '蹲后续',
      '插眼',
      '已阅',
      '好评',
      '踩雷',
      '冲',
      '冲鸭',
      '哒',
      '酱紫',
      '肿么',
      '稀饭',
      '蓝瘦香菇',
      'nbcs',
      'awsl',
      'dddd',
      'yysy',
      'bdjw',
      'zqsg',
      'xdm',
      '集美们',
      '宝宝',
      '亲',
      '老铁',
      '小姐姐',
      '小哥哥',
      '铲屎官',
      '猫税',
      '主子',
      '毛孩子',
      '云吸猫',
      '拍了拍',
      '薯条',
      '小红书',
      '点赞',
      '收藏',
      '评论区',
      '置顶',
      '私信',
      '互关',
      '回关',
      '涨粉',
      '博主',
      '素人',
      'KOL',
      '探店',
      'OOTD',
      'vlog',
      '开箱',
      '测评',
      '好物分享',
      '合集',
      '干货',
      '攻略',
      '避坑',
      '踩坑',
      '求推荐',
      '有被…到',
    ];
    const missing = required.filter((t) => !forms.has(foldForm(t)));
    expect(missing).toEqual([]);
  });

  test('every required English term is present', () => {
    const forms = formsOf(EN_GLOSSARY);
    const required = [
      'no cap',
      'slay',
      'bestie',
      'lowkey',
      'highkey',
      'fr',
      'GOAT',
      'rizz',
      "it's giving",
      'cat tax',
      'TikTok refugee',
      'bussin',
      'vibe',
      'vibe check',
      'main character',
      'ate',
      'ate and left no crumbs',
      'periodt',
      'bet',
      'say less',
      'sus',
      'cap',
      'based',
      'mid',
      'stan',
      'simp',
      'tea',
      'spill the tea',
      'salty',
      'extra',
      'basic',
      'flex',
      'glow up',
      'touch grass',
      'ratio',
      'W',
      'L',
      'NPC',
      'delulu',
      'situationship',
      'ick',
      'girl dinner',
      'cottagecore',
      'aesthetic',
      'iykyk',
      'ngl',
      'tbh',
      'imo',
      'lol',
      'lmao',
      'fomo',
      'yolo',
      'bffr',
      'rent free',
      'understood the assignment',
      'hits different',
      'living my best life',
      "it's sending me",
      '💀',
      "I'm weak",
      'on god',
      'deadass',
      'finna',
      'bruh',
      'yeet',
      'oop',
      'mood',
      'big mood',
      'same',
      'wholesome',
      'fam',
      "y'all",
      'my Chinese spy',
      'Xiaohongshu',
      'Little Red Book',
      'RedNote',
      'only in Ohio',
      'skibidi',
    ];
    const missing = required.filter((t) => !forms.has(foldForm(t)));
    expect(missing).toEqual([]);
  });

  test('pinyin: present exactly where the term has Chinese characters, and romanised', () => {
    for (const entry of GLOSSARY) {
      if (containsHan(entry.term)) expect(entry.pinyin, entry.id).toBeTruthy();
      if (entry.pinyin) expect(containsHan(entry.pinyin), entry.id).toBe(false);
    }
  });

  test('the schema rejects a Chinese term without pinyin, and bad ids', () => {
    const base = {
      id: 'test-entry',
      term: '测试',
      aliases: [],
      lang: 'zh',
      meaning: { en: 'test', zh: '测试' },
      usage: { en: 'test', zh: '测试' },
      category: 'other',
    } as const;
    expect(glossaryEntrySchema.safeParse(base).success).toBe(false);
    expect(glossaryEntrySchema.safeParse({ ...base, pinyin: 'cè shì' }).success).toBe(true);
    expect(glossaryEntrySchema.safeParse({ ...base, term: 'test' }).success).toBe(true);
    expect(glossaryEntrySchema.safeParse({ ...base, pinyin: 'cè shì', id: 'Not A Slug' }).success).toBe(false);
    expect(
      glossarySchema.safeParse([
        { ...base, term: 'ab' },
        { ...base, id: 'other', term: 'x', aliases: ['AB'] },
      ]).success,
    ).toBe(false);
  });

  test('meanings and usage are filled in both languages', () => {
    for (const entry of GLOSSARY) {
      for (const text of [entry.meaning.en, entry.meaning.zh, entry.usage.en, entry.usage.zh]) {
        expect(text.trim().length, entry.id).toBeGreaterThan(1);
      }
      expect(containsHan(entry.meaning.zh), `${entry.id} meaning.zh`).toBe(true);
    }
  });

  test('glossaryById', () => {
    expect(glossaryById('jia-ren-men')?.term).toBe('家人们');
    expect(glossaryById('no-cap')?.lang).toBe('en');
    expect(glossaryById('nope')).toBeUndefined();
  });
});

describe('site labels', () => {
  test('every label passes the schema, with ids and labels unique', () => {
    for (const label of SITE_LABELS) {
      const result = siteLabelSchema.safeParse(label);
      expect(result.success, `${label.id}: ${result.error?.message}`).toBe(true);
    }
    expect(new Set(SITE_LABELS.map((l) => l.id)).size).toBe(SITE_LABELS.length);
    expect(new Set(SITE_LABELS.map((l) => l.label)).size).toBe(SITE_LABELS.length);
  });

  test('all 16 languages in every label, none blank', () => {
    expect(LANGUAGE_CODES).toHaveLength(16);
    for (const label of SITE_LABELS) {
      expect(Object.keys(label.meanings).sort(), label.id).toEqual([...LANGUAGE_CODES].sort());
      for (const code of LANGUAGE_CODES) expect(label.meanings[code].trim(), `${label.id} ${code}`).not.toBe('');
    }
  });

  test('zh-CN and zh-TW explain rather than copy the label', () => {
    for (const label of SITE_LABELS) {
      expect(label.meanings['zh-CN'], label.id).not.toBe(label.label);
      expect(label.meanings['zh-TW'], label.id).not.toBe(label.label);
    }
  });

  test('the required labels are covered', () => {
    const required = [
      '发现',
      '发布',
      '通知',
      '我',
      '关注',
      '已关注',
      '点赞',
      '收藏',
      '评论',
      '分享',
      '回复',
      '发送',
      '取消',
      '展开 12 条回复',
      '展开更多回复',
      '共 345 条评论',
      '说点什么...',
      '置顶评论',
      '作者',
      'IP属地：美国',
      '编辑于 01-18',
      '昨天',
      '3天前',
      '刚刚',
      '5分钟前',
      '2小时前',
      '推荐',
      '穿搭',
      '美食',
      '彩妆',
      '影视',
      '职场',
      '情感',
      '家居',
      '游戏',
      '旅行',
      '健身',
      '粉丝',
      '获赞与收藏',
      '小红书号：12345678',
      '搜索小红书',
      '综合',
      '最新',
      '最热',
      '笔记',
      '用户',
      '商品',
      '- THE END -',
      '赞',
      '加载中',
    ];
    const missing = required.filter((t) => findSiteLabel(t) === undefined);
    expect(missing).toEqual([]);
  });

  test('siteLabelMeaning: exact labels, patterns and {n}', () => {
    expect(siteLabelMeaning('关注', 'en')).toBe('Follow');
    expect(siteLabelMeaning(' 关注 ', 'es')).toBe('Seguir');
    expect(siteLabelMeaning('关注', 'ja')).toBe('フォロー');
    expect(siteLabelMeaning('展开 12 条回复', 'en')).toBe('Show 12 replies');
    expect(siteLabelMeaning('展开12条回复', 'de')).toBe('12 Antworten anzeigen');
    expect(siteLabelMeaning('共 345 条评论', 'fr')).toBe('345 commentaires');
    expect(siteLabelMeaning('共 1.2万 条评论', 'en')).toBe('12000 comments');
    expect(siteLabelMeaning('3天前', 'en')).toBe('3 days ago');
    expect(siteLabelMeaning('3天前 美国', 'en')).toBe('3 days ago');
    expect(siteLabelMeaning('15分钟前', 'ko')).toBe('15분 전');
    expect(siteLabelMeaning('IP属地：美国', 'en')).toMatch(/^IP location/);
    expect(siteLabelMeaning('IP属地:广东', 'en')).toMatch(/^IP location/);
    expect(siteLabelMeaning('说点什么...', 'en')).toBe('Say something…');
    expect(siteLabelMeaning('说点什么…', 'en')).toBe('Say something…');
    expect(siteLabelMeaning('昨天 14:32', 'en')).toBe('Yesterday');
    expect(siteLabelMeaning('- THE END -', 'en')).toBe('End of the list');
    expect(siteLabelMeaning('加载中...', 'it')).toBe('Caricamento…');
    expect(siteLabelMeaning('展开 N 条回复', 'en')).toBeUndefined();
    expect(siteLabelMeaning('这不是按钮', 'en')).toBeUndefined();
    expect(siteLabelMeaning('昨天我去了公园', 'en')).toBeUndefined();
    expect(siteLabelMeaning('', 'en')).toBeUndefined();
  });
});

describe('tips', () => {
  test('every tip passes the schema, ids unique', () => {
    for (const tip of TIPS) {
      const result = tipSchema.safeParse(tip);
      expect(result.success, `${tip.id}: ${result.error?.message}`).toBe(true);
    }
    expect(new Set(TIPS.map((t) => t.id)).size).toBe(TIPS.length);
    expect(TIPS.length).toBeGreaterThanOrEqual(10);
  });

  test('every trigger is covered', () => {
    for (const trigger of TIP_TRIGGERS)
      expect(
        TIPS.some((t) => t.trigger === trigger),
        trigger,
      ).toBe(true);
  });

  test('tipsFor filters by trigger and audience', () => {
    expect(tipsFor('before-first-comment', 'newcomer').map((t) => t.id)).toEqual(['greeting-basics', 'cat-tax']);
    expect(tipsFor('first-visit', 'chinese-reader').map((t) => t.id)).toEqual(['welcome-chinese-reader']);
    expect(tipsFor('date-location-line', 'chinese-reader').map((t) => t.id)).toEqual(['date-and-place']);
    expect(tipsFor('first-visit')).toHaveLength(2);
  });
});
