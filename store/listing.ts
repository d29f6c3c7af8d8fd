/**
 * The store listings' words, in English and Simplified Chinese. The name and the short description are
 * the manifest's own (public/_locales), the permission table is store/permissions.json, the privacy
 * policy is utils/privacy/policy.ts; store/generate.ts puts them together into store/<lang>/listing.md.
 * Every claim here describes what the code does (see the README's Privacy and Permissions sections).
 */
import type { PolicyLanguage } from '../utils/privacy/policy';

export interface ListingText {
  heading: string;
  longDescription: string[];
  doesNotDo: { heading: string; items: string[] };
  singlePurpose: { heading: string; text: string };
  permissions: { heading: string; intro: string; columns: [string, string] };
  chrome: { heading: string; remoteCode: string; dataTypes: { heading: string; rows: [string, string][] }; certifications: { heading: string; items: string[] } };
  firefox: { heading: string; manifestIntro: string; explanation: string[] };
  privacyPolicy: { heading: string; text: string };
  media: { heading: string; items: string[]; imageTranslation: string };
  labels: { name: string; shortDescription: string; category: string; categoryValue: string; homepage: string };
}

export const LISTING: Record<PolicyLanguage, ListingText> = {
  en: {
    heading: 'Store listing (English)',
    longDescription: [
      'RedNote (小红书, Xiaohongshu) in your language, in place. Red Thread puts a translation right under each post title, note, comment, reply, profile bio and search result on www.xiaohongshu.com and www.rednote.com — or instead of it, with the original one click away. It works both ways: newcomers read Chinese posts in English (or any of 16 languages), Chinese readers read the newcomers’ English in Chinese.',
      'Free translation that keeps working: Microsoft’s free translator by default, Google as the automatic fallback, no account and no setup. Bring your own DeepL or OpenAI key, or your own LibreTranslate or OpenAI-compatible server (a local Ollama too), if you prefer. In Chrome 138 and later you can choose Chrome’s on-device translator: then the text does not leave your computer.',
      'Guidance for newcomers: slang chips explain what 家人们, yyds, 种草 or 蹲 mean (and no cap, slay or cat tax for Chinese readers); the site’s own buttons and labels are explained on hover; short etiquette tips appear when they matter (the IP location line, greetings, what gets posts removed, not sharing personal details).',
      'Answering in Chinese: “Translate to 中文” in the comment box translates your draft, shows a back-translation so you can check the meaning, and inserts it as if you typed it.',
      'Only what is on or near the screen is translated, each text once; translations are cached on your computer for 30 days. Names, dates, IP locations, counters, buttons, hashtags, @mentions and emoji are never sent. Keyboard shortcuts turn the page on or off (Alt+Shift+O) and switch between bilingual and translation only (Alt+Shift+D); select any text and choose “Translate selection with Red Thread”. Light and dark, English and 简体中文 interface.',
    ],
    doesNotDo: {
      heading: 'What it does not do',
      items: [
        'It runs on www.xiaohongshu.com and www.rednote.com only; it reads and changes no other website.',
        'It has no server and no account, shows no ads, and sends no analytics, telemetry or crash reports.',
        'It never posts, likes, follows or comments for you: the composer only fills in the comment box when you press Insert, and you press the site’s own Send.',
        'It does not read your RedNote messages, account, cookies or browsing history, and never sends the address of the page you are on.',
        'It does not translate text inside images (yet), videos or live streams.',
        'It runs no code from the internet: everything it executes ships in the package.',
      ],
    },
    singlePurpose: {
      heading: 'Single purpose',
      text: 'Red Thread makes RedNote (www.xiaohongshu.com, www.rednote.com) readable across languages: it shows translations of the site’s posts and comments in place, with explanations of slang, the site’s labels and etiquette, and helps the reader write a comment in the post’s language.',
    },
    permissions: {
      heading: 'Permissions and why',
      intro: 'Generated from store/permissions.json, the same table as the README’s. Use each row as the Chrome Web Store’s permission justification.',
      columns: ['permission', 'why'],
    },
    chrome: {
      heading: 'Chrome Web Store: privacy practices',
      remoteCode: 'Are you using remote code? **No.** Every script is in the package; the guidance data is a JSON file in the package, read as data.',
      dataTypes: {
        heading: 'Data usage (what is handled, and why)',
        rows: [
          [
            'Website content',
            '**Yes.** The text of RedNote posts and comments on or near the screen (and a draft or a selection, only when you ask) is sent to the translation service you chose, to translate it, and to no one else. Red Thread keeps the translations on your computer (30 days).',
          ],
          [
            'Authentication information',
            '**Yes, only if you enter a key.** A DeepL, OpenAI or LibreTranslate key stays in local extension storage on this computer and is sent only to its own service, with each request, as that service requires.',
          ],
          ['Personally identifiable information', 'No.'],
          ['Health information', 'No.'],
          ['Financial and payment information', 'No.'],
          ['Personal communications', 'No. (RedNote messages are never read. A comment draft is only sent when you press Translate, as website content above.)'],
          ['Location', 'No. (The IP location line on posts is never sent.)'],
          ['Web history', 'No. (The page address is never sent.)'],
          ['User activity', 'No.'],
        ],
      },
      certifications: {
        heading: 'Certifications (all three apply)',
        items: [
          'I do not sell or transfer user data to third parties, outside of the approved use cases (the text goes to the translation service the user chose, to provide the translation).',
          'I do not use or transfer user data for purposes that are unrelated to my item’s single purpose.',
          'I do not use or transfer user data to determine creditworthiness or for lending purposes.',
        ],
      },
    },
    firefox: {
      heading: 'addons.mozilla.org: data collection',
      manifestIntro: 'Declared in the Firefox manifest (`browser_specific_settings.gecko.data_collection_permissions`, from wxt.config.ts):',
      explanation: [
        '`websiteContent` (required): the text of RedNote posts and comments is transmitted to the translation service the user chose (Microsoft by default, Google as the fallback; DeepL, OpenAI or the user’s own server when set up). Translation is the extension’s purpose, so it cannot work without this; Firefox asks for consent at install.',
        'Nothing else is collected or transmitted: no browsing activity (page addresses are never sent), no location (IP location lines are never sent), no technical or interaction data (no telemetry). Keys the user enters go only to their own service.',
        'AMO asks for the full privacy policy text in its field: paste store/en/privacy-policy.md (the same text the extension shows at privacy.html).',
      ],
    },
    privacyPolicy: {
      heading: 'Privacy policy',
      text: 'The full text is store/en/privacy-policy.md, generated from the page the extension ships (privacy.html, linked from its options and welcome pages). For the Chrome Web Store, which asks for a URL, publish that file (e.g. the repository’s copy) and link it.',
    },
    media: {
      heading: 'Screenshots and promo tile',
      items: [
        'store/screenshots/*.png: 1280×800, made by `npm run screenshots` from the real build on the test pages.',
        'store/promo/small-tile-440x280.png: the small promo tile, from the same command.',
        'The icon: public/icon/128.png.',
      ],
      imageTranslation: 'Image translation: add its screenshot here once the feature ships (the screenshot script has a marked place for it).',
    },
    labels: {
      name: 'Name',
      shortDescription: 'Short description',
      category: 'Category',
      categoryValue: 'Chrome Web Store: Social & Communication · addons.mozilla.org: Language Support',
      homepage: 'Version',
    },
  },
  zh_CN: {
    heading: '商店介绍（简体中文）',
    longDescription: [
      '用你的语言看小红书，就在原处。红线在 www.xiaohongshu.com 和 www.rednote.com 的每个笔记标题、正文、评论、回复、个人简介和搜索结果下面直接显示译文——也可以只显示译文，原文点一下就能看到。双向都可以：新来的朋友用英文（或 16 种语言中的任意一种）看中文笔记，中文读者用中文看他们的英文笔记。',
      '免费、稳定的翻译：默认使用微软的免费翻译，谷歌作为自动备用，无需账号，无需设置。也可以填入自己的 DeepL 或 OpenAI 密钥，或使用自己的 LibreTranslate 或 OpenAI 兼容服务器（包括本机的 Ollama）。在 Chrome 138 及以上版本中，可以选择 Chrome 设备端翻译：文字不会离开你的电脑。',
      '新手指南：网络用语小标签解释“家人们”“yyds”“种草”“蹲”是什么意思（也为中文读者解释 no cap、slay、cat tax）；鼠标悬停时解释网站自己的按钮和标签；在需要的时候给出简短的礼仪提示（IP 属地、打招呼、哪些内容会被删帖、不要透露个人信息）。',
      '用中文回复：评论框上的“翻译成中文”会翻译你的草稿，显示回译让你核对意思，再像打字一样填入评论框。',
      '只翻译屏幕上或即将出现的内容，每段文字只翻译一次；译文在你的电脑上缓存 30 天。用户名、日期、IP 属地、计数、按钮、话题标签、@提及和表情从不发送。快捷键可以开关本页翻译（Alt+Shift+O）、在双语和仅译文之间切换（Alt+Shift+D）；选中任意文字后可以选择“用 Red Thread 翻译所选文字”。支持浅色和深色，界面有英文和简体中文。',
    ],
    doesNotDo: {
      heading: '它不会做什么',
      items: [
        '只在 www.xiaohongshu.com 和 www.rednote.com 上运行，不读取也不修改其他任何网站。',
        '没有服务器，没有账号，没有广告，不发送统计、遥测或崩溃报告。',
        '从不替你发布、点赞、关注或评论：评论翻译框只在你点“插入”时填入评论框，发送要由你点网站自己的发送按钮。',
        '不读取你的小红书私信、账号、Cookie 或浏览记录，也从不发送你所在页面的地址。',
        '（暂时）不翻译图片、视频或直播里的文字。',
        '不运行任何来自网络的代码：它执行的一切都在安装包里。',
      ],
    },
    singlePurpose: {
      heading: '单一用途说明',
      text: '红线让小红书（www.xiaohongshu.com、www.rednote.com）可以跨语言阅读：在原处显示网站笔记和评论的译文，解释网络用语、网站标签和社区礼仪，并帮助读者用笔记的语言写评论。',
    },
    permissions: {
      heading: '权限及原因',
      intro: '由 store/permissions.json 生成，与 README 中的表格相同。每一行可用作 Chrome 应用商店的权限说明。',
      columns: ['权限', '原因'],
    },
    chrome: {
      heading: 'Chrome 应用商店：隐私权规范',
      remoteCode: '是否使用远程代码？**否。** 所有脚本都在安装包里；提示数据是安装包里的 JSON 文件，只作为数据读取。',
      dataTypes: {
        heading: '数据使用（处理哪些数据、为什么）',
        rows: [
          [
            '网站内容',
            '**是。** 屏幕上或即将出现的小红书笔记和评论的文字（以及你主动要求翻译的草稿或选中文字）会发送给你选择的翻译服务用于翻译，不发给其他任何人。红线把译文保存在你的电脑上（30 天）。',
          ],
          ['身份验证信息', '**仅在你填入密钥时：是。** DeepL、OpenAI 或 LibreTranslate 的密钥保存在这台电脑的本地扩展存储中，只随每次请求发给它所属的服务，这是该服务的要求。'],
          ['个人身份信息', '否。'],
          ['健康信息', '否。'],
          ['财务和付款信息', '否。'],
          ['个人通讯', '否。（从不读取小红书私信。评论草稿只在你点“翻译”时发送，属于上面的网站内容。）'],
          ['位置', '否。（笔记上的 IP 属地从不发送。）'],
          ['网络浏览记录', '否。（从不发送页面地址。）'],
          ['用户活动', '否。'],
        ],
      },
      certifications: {
        heading: '认证（三项均适用）',
        items: [
          '除已获批准的用途外（文字发给用户选择的翻译服务以提供翻译），我不会向第三方出售或转移用户数据。',
          '我不会为与本扩展单一用途无关的目的使用或转移用户数据。',
          '我不会为确定信用度或贷款目的使用或转移用户数据。',
        ],
      },
    },
    firefox: {
      heading: 'addons.mozilla.org：数据收集',
      manifestIntro: '在 Firefox 清单中声明（`browser_specific_settings.gecko.data_collection_permissions`，来自 wxt.config.ts）：',
      explanation: [
        '`websiteContent`（必需）：小红书笔记和评论的文字会传给用户选择的翻译服务（默认微软，谷歌为备用；设置后也可以是 DeepL、OpenAI 或用户自己的服务器）。翻译是这个扩展的用途，没有这一项就无法工作；Firefox 会在安装时征求同意。',
        '不收集或传输其他任何数据：没有浏览活动（从不发送页面地址），没有位置（从不发送 IP 属地），没有技术或交互数据（没有遥测）。用户填入的密钥只发给它所属的服务。',
        'AMO 要求在隐私政策栏填写全文：粘贴 store/zh_CN/privacy-policy.md（与扩展中 privacy.html 显示的内容相同）。',
      ],
    },
    privacyPolicy: {
      heading: '隐私政策',
      text: '全文见 store/zh_CN/privacy-policy.md，由扩展自带的页面（privacy.html，可从选项页和欢迎页打开）生成。Chrome 应用商店需要一个网址：发布该文件（例如代码仓库中的副本）并填入链接。',
    },
    media: {
      heading: '截图和宣传图',
      items: [
        'store/screenshots/*.png：1280×800，由 `npm run screenshots` 用真实构建在测试页面上生成。',
        'store/promo/small-tile-440x280.png：小号宣传图，由同一命令生成。',
        '图标：public/icon/128.png。',
      ],
      imageTranslation: '图片翻译：功能发布后在这里加上它的截图（截图脚本里留有位置）。',
    },
    labels: { name: '名称', shortDescription: '简短说明', category: '类别', categoryValue: 'Chrome 应用商店：社交与通讯 · addons.mozilla.org：语言支持', homepage: '版本' },
  },
};
