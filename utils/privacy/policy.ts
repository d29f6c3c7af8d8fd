/**
 * Red Thread's privacy policy, in English and Simplified Chinese: one text, shown by the extension's
 * own privacy page (entrypoints/privacy) and written to store/<lang>/privacy-policy.md for the store
 * listings (npm run store). Every sentence describes what the code does; change both when it changes.
 *
 * Inline marks, kept small on purpose: `code`, *emphasis* and [text](https://link). The page renders
 * them as elements with text content only.
 */
import permissions from '../../store/permissions.json';

export type PolicyLanguage = 'en' | 'zh_CN';

export interface PolicySection {
  id: string;
  heading: string;
  paragraphs?: string[];
  items?: string[];
}

export interface PolicyDocument {
  title: string;
  /** The date this text last changed (ISO), shown under the title. */
  updated: string;
  updatedLabel: string;
  sections: PolicySection[];
}

const UPDATED = '2026-12-04';

/** The permission rows of store/permissions.json, as list items ("label: why"). */
function permissionItems(lang: PolicyLanguage): string[] {
  return permissions.rows.map((row) => `${row.label[lang]}${lang === 'en' ? ': ' : '：'}${row.why[lang]}`);
}

export const PRIVACY_POLICY: Record<PolicyLanguage, PolicyDocument> = {
  en: {
    title: 'Red Thread privacy policy',
    updated: UPDATED,
    updatedLabel: 'Last changed',
    sections: [
      {
        id: 'summary',
        heading: 'In short',
        paragraphs: [
          'Red Thread has no server and no account. Its makers receive nothing from you: no analytics, no telemetry, no crash reports, no usage counts.',
          'To translate, Red Thread sends text from RedNote to the translation service you chose, and to no one else. Everything it keeps stays in your browser.',
        ],
      },
      {
        id: 'sent',
        heading: 'What leaves your browser, to whom, and when',
        items: [
          'The text of posts, comments, titles, profile bios and search results on `www.xiaohongshu.com` and `www.rednote.com`, when it is on or near your screen and not already in your language. Never sent: names, dates, IP locations, counters, buttons, hashtags, @mentions and emoji; nor the address of the page you are on.',
          'It goes to the translation service you chose: by default Microsoft Translator (`edge.microsoft.com`); when Microsoft fails, Google Translate (`translate-pa.googleapis.com`, `translate.googleapis.com`). DeepL (`api-free.deepl.com`, `api.deepl.com`) and OpenAI (`api.openai.com`) are used only after you enter your own key; a LibreTranslate or OpenAI-compatible server only after you enter its address and allow access to it.',
          'With *Chrome on-device* chosen, text is translated by the model built into Chrome on your computer and is not sent. What the device cannot translate goes to your fallback services as above.',
          'A comment you are writing goes to the same service only when you press *Translate* in the composer; text you select only when you choose *Translate selection with Red Thread*.',
          'A key you enter is sent only to the service it belongs to, with each request to that service, as the service requires.',
          'Like any request your browser makes, these requests show the service your IP address and your browser’s usual request headers. What each service does with them is set by its own policy: [Microsoft](https://privacy.microsoft.com/privacystatement), [Google](https://policies.google.com/privacy), [DeepL](https://www.deepl.com/privacy), [OpenAI](https://openai.com/policies/privacy-policy); a server you run or choose yourself follows its own rules.',
          'Slang explanations, the meanings of the site’s labels and the etiquette tips are built into Red Thread: they need no network at all.',
        ],
      },
      {
        id: 'stored',
        heading: 'What is stored, and where',
        items: [
          'Your settings (language, display, services and their order, custom server addresses, guidance switches, sites turned off): in the browser’s synced extension storage. If you use Chrome Sync or Firefox Sync, your browser copies them to your other computers; Red Thread itself sends them nowhere.',
          'Keys for DeepL, OpenAI or LibreTranslate: in the browser’s local extension storage, on this computer only. They are never synced, never shown to a web page, and never written to a log.',
          'Translations: in the extension’s own database (IndexedDB) on this computer, for 30 days, so the same text is not sent twice. Each entry holds the translation and a short fingerprint of the original, not the original itself.',
          'Two small notes in local storage: that you have seen the hint for a first comment, and whether damaged settings were repaired (so you are told once).',
        ],
      },
      {
        id: 'delete',
        heading: 'How to delete it',
        items: [
          'Translations: Options → *Data* → *Clear cache*.',
          'A key: Options → *Translation services*, empty the key’s field.',
          'Settings: change them back in Options, or import a settings file you exported earlier.',
          'Everything: remove Red Thread from the browser (`chrome://extensions` or Firefox’s *Add-ons and themes*). The browser deletes its storage and database with it.',
          'What a translation service received is held by that service under its own policy (links above); Red Thread cannot delete it for you.',
        ],
      },
      {
        id: 'permissions',
        heading: 'Permissions, and why',
        items: permissionItems('en'),
      },
      {
        id: 'changes',
        heading: 'Changes',
        paragraphs: ['When what Red Thread sends or stores changes, this page changes with it in the same version, and the change is listed in the changelog.'],
      },
    ],
  },
  zh_CN: {
    title: '红线（Red Thread）隐私政策',
    updated: UPDATED,
    updatedLabel: '最后修改',
    sections: [
      {
        id: 'summary',
        heading: '简而言之',
        paragraphs: [
          '红线没有服务器，也没有账号。开发者不会从你这里收到任何东西：没有统计分析，没有遥测，没有崩溃报告，没有使用次数。',
          '为了翻译，红线会把小红书上的文字发送给你选择的翻译服务，不会发给其他任何人。它保存的一切都留在你的浏览器里。',
        ],
      },
      {
        id: 'sent',
        heading: '哪些内容会离开你的浏览器、发给谁、什么时候',
        items: [
          '`www.xiaohongshu.com` 和 `www.rednote.com` 上的笔记、评论、标题、个人简介和搜索结果的文字，只在它出现在屏幕上或即将出现、且不是你的语言时发送。不会发送：用户名、日期、IP 属地、计数、按钮、话题标签、@提及和表情；也不会发送你所在页面的地址。',
          '这些文字发给你选择的翻译服务：默认是微软翻译（`edge.microsoft.com`）；微软出错时改用谷歌翻译（`translate-pa.googleapis.com`、`translate.googleapis.com`）。DeepL（`api-free.deepl.com`、`api.deepl.com`）和 OpenAI（`api.openai.com`）只在你填入自己的密钥后使用；LibreTranslate 或 OpenAI 兼容服务器只在你填入地址并允许访问后使用。',
          '选择 *Chrome 设备端翻译* 时，文字由 Chrome 内置的模型在你的电脑上翻译，不会发送。设备无法翻译的部分按上面的方式交给备用服务。',
          '你正在写的评论，只有在评论翻译框里点 *翻译* 时才发送给同一个服务；你选中的文字，只有在选择 *用 Red Thread 翻译所选文字* 时才发送。',
          '你填入的密钥只发给它所属的服务，随每次请求一起发送，这是该服务的要求。',
          '和浏览器发出的任何请求一样，翻译服务会看到你的 IP 地址和浏览器通常的请求头。各服务如何处理由它们自己的政策决定：[微软](https://privacy.microsoft.com/privacystatement)、[谷歌](https://policies.google.com/privacy)、[DeepL](https://www.deepl.com/privacy)、[OpenAI](https://openai.com/policies/privacy-policy)；你自己运行或选择的服务器遵循它自己的规则。',
          '网络用语解释、网站标签的含义和礼仪提示都内置在红线里，完全不需要联网。',
        ],
      },
      {
        id: 'stored',
        heading: '保存了什么、保存在哪里',
        items: [
          '你的设置（语言、显示方式、翻译服务及其顺序、自定义服务器地址、提示开关、已关闭的网站）：保存在浏览器的同步扩展存储中。如果你使用 Chrome 同步或 Firefox 同步，浏览器会把它们复制到你的其他电脑；红线自己不会把它们发往任何地方。',
          'DeepL、OpenAI 或 LibreTranslate 的密钥：保存在浏览器的本地扩展存储中，只在这台电脑上。它们从不同步，从不显示给网页，也从不写入日志。',
          '翻译结果：保存在扩展自己的数据库（IndexedDB）中，只在这台电脑上，保留 30 天，这样同一段文字不会发送两次。每条记录包含译文和原文的简短指纹，不包含原文本身。',
          '本地存储里的两条小记录：你是否已经看过第一次评论的提示，以及损坏的设置是否已被修复（只提醒你一次）。',
        ],
      },
      {
        id: 'delete',
        heading: '如何删除',
        items: [
          '翻译结果：选项 → *数据* → *清除缓存*。',
          '密钥：选项 → *翻译服务*，清空对应的密钥栏。',
          '设置：在选项里改回来，或导入你之前导出的设置文件。',
          '全部：从浏览器中移除红线（`chrome://extensions` 或 Firefox 的 *附加组件和主题*），浏览器会一并删除它的存储和数据库。',
          '翻译服务已经收到的内容由该服务按它自己的政策保存（见上方链接），红线无法替你删除。',
        ],
      },
      {
        id: 'permissions',
        heading: '权限及原因',
        items: permissionItems('zh_CN'),
      },
      {
        id: 'changes',
        heading: '变更',
        paragraphs: ['当红线发送或保存的内容发生变化时，本页会在同一版本中一起修改，并在更新日志中列出。'],
      },
    ],
  },
};

/** One run of inline text: plain, `code`, *emphasis* or a [link](https://…). */
export type InlinePart = { kind: 'text' | 'code' | 'em'; text: string } | { kind: 'link'; text: string; href: string };

/** Splits a policy sentence into its inline runs (the page renders each as text, never as HTML). */
export function inlineParts(source: string): InlinePart[] {
  const parts: InlinePart[] = [];
  const pattern = /`([^`]+)`|\*([^*]+)\*|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: source.slice(last, match.index) });
    if (match[1] !== undefined) parts.push({ kind: 'code', text: match[1] });
    else if (match[2] !== undefined) parts.push({ kind: 'em', text: match[2] });
    else parts.push({ kind: 'link', text: match[3]!, href: match[4]! });
    last = match.index + match[0].length;
  }
  if (last < source.length) parts.push({ kind: 'text', text: source.slice(last) });
  return parts;
}

/** The policy as Markdown (the store listings' privacy policy field, and store/<lang>/privacy-policy.md). */
export function policyMarkdown(lang: PolicyLanguage): string {
  const doc = PRIVACY_POLICY[lang];
  const lines = [`# ${doc.title}`, '', `${doc.updatedLabel}: ${doc.updated}`, ''];
  for (const section of doc.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs ?? []) lines.push(p, '');
    if (section.items) lines.push(...section.items.map((i) => `- ${i}`), '');
  }
  return lines.join('\n');
}
