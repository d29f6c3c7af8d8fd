/**
 * Short etiquette and how-to notes, each shown at one moment (`trigger`) to one audience.
 * Factual and friendly; never political, never judging the reader. Validated by tests/unit/guidance/data.test.ts.
 */
import type { TipInput } from './schema';

export const TIPS = [
  {
    id: 'welcome-newcomer',
    trigger: 'first-visit',
    audience: 'newcomer',
    title: { en: 'Welcome to RedNote!', zh: '欢迎来到小红书！' },
    text: {
      en: 'Red Thread adds a translation under posts and comments, and small chips that explain slang like 家人们 ("fam") or yyds ("GOAT"). Click the Red Thread button in your browser toolbar to turn it on or off for this page and to pick your language.',
      zh: 'Red Thread 会在笔记和评论下方显示译文，并用小标签解释“家人们”“yyds”这类网络用语。点击浏览器工具栏里的 Red Thread 按钮，可以在当前页面开启或关闭，并选择你的语言。',
    },
  },
  {
    id: 'welcome-chinese-reader',
    trigger: 'first-visit',
    audience: 'chinese-reader',
    title: { en: 'Reading English posts on RedNote', zh: '轻松读懂英文笔记' },
    text: {
      en: 'Red Thread translates English posts and comments into your language and explains American slang such as "no cap" or "slay". Use the toolbar button to switch it on or off for this page.',
      zh: 'Red Thread 会把英文笔记和评论翻译成你的语言，并解释“no cap”“slay”这类美式网络用语。点击工具栏按钮即可在当前页面开启或关闭。',
    },
  },
  {
    id: 'date-and-place',
    trigger: 'date-location-line',
    audience: 'everyone',
    title: { en: 'The date and place under each post', zh: '笔记下方的日期和地点' },
    text: {
      en: 'Under every post and comment RedNote shows when it was posted and a place, such as "01-15 美国" (United States). The place is the IP location: the region of the internet connection used, which the platform shows publicly for every account, including yours. It is usually a province inside China and a country elsewhere — not your address.',
      zh: '每条笔记和评论下方都会显示发布时间和一个地点，例如“01-15 美国”。这个地点是IP属地，即发布时所用网络连接所在的地区，平台会对所有账号公开显示，包括你自己的。中国境内一般显示到省份，境外一般显示国家，并不是你的具体住址。',
    },
  },
  {
    id: 'greeting-basics',
    trigger: 'before-first-comment',
    audience: 'newcomer',
    title: { en: 'Saying hello', zh: '打个招呼' },
    text: {
      en: 'A short greeting in Chinese goes a long way: "你好" (nǐ hǎo, hello), "大家好" (dà jiā hǎo, hello everyone) and "谢谢" (xiè xie, thank you). People are happy to help with your Chinese — and short, simple sentences translate best.',
      zh: '用中文简单打个招呼会很受欢迎：“你好”“大家好”“谢谢”。大家通常很乐意帮你纠正中文；句子写得简短，翻译效果也更好。',
    },
  },
  {
    id: 'cat-tax',
    trigger: 'before-first-comment',
    audience: 'newcomer',
    title: { en: 'The "cat tax"', zh: '“猫税”' },
    text: {
      en: 'When many Americans joined in January 2025, Chinese users jokingly asked them to pay the "cat tax" (猫税): share a photo of your cat as a friendly "payment" for joining. Photos of other pets are welcome too. It is a joke and a warm welcome, not a rule.',
      zh: '2025年1月大量美国网友加入时，中国网友开玩笑让他们“交猫税”：晒一张自家猫的照片作为友好的“入场费”。其他宠物的照片也一样受欢迎。这是玩笑和热情欢迎，不是规定。',
    },
  },
  {
    id: 'content-rules',
    trigger: 'sensitive-topic',
    audience: 'newcomer',
    title: { en: 'What gets removed', zh: '哪些内容可能被删除' },
    text: {
      en: 'RedNote follows Chinese law and its own community guidelines. Posts and comments about politics, religion, drugs, gambling or sexual topics are often removed, and repeated removals can get an account limited. Everyday life, food, pets, travel, fashion and language exchange are what the community loves most.',
      zh: '小红书遵守中国法律和社区规范。涉及政治、宗教、毒品、赌博或色情的笔记和评论常会被删除，多次违规可能导致账号被限制。日常生活、美食、宠物、旅行、穿搭和语言交流是社区最受欢迎的内容。',
    },
  },
  {
    id: 'personal-details',
    trigger: 'personal-details',
    audience: 'everyone',
    title: { en: 'Keep personal details private', zh: '保护个人信息' },
    text: {
      en: 'Avoid posting phone numbers, home addresses, email addresses or ID numbers in posts, comments or messages. Strangers can see them, and posts containing contact details may also be removed.',
      zh: '不要在笔记、评论或私信中透露电话号码、家庭住址、邮箱或证件号码。陌生人也能看到这些信息，包含联系方式的内容也可能被删除。',
    },
  },
  {
    id: 'follow-save-message',
    trigger: 'follow-save-message',
    audience: 'newcomer',
    title: { en: 'Follow, like, save and message', zh: '关注、点赞、收藏和私信' },
    text: {
      en: "Tap 关注 (Follow) on a profile or post to follow its author; 已关注 means you already do. The heart is 点赞 (like) and the star is 收藏 (save), which keeps a note in your collection to find later. Private messages (私信) start from the person's profile; on the website some features, messages included, may only be available in the mobile app.",
      zh: '在主页或笔记上点“关注”即可关注作者，显示“已关注”表示已经关注。爱心是“点赞”，星星是“收藏”，收藏的笔记可以在自己的收藏夹里找到。私信从对方主页发起；网页版的部分功能（包括私信）可能只能在手机App里使用。',
    },
  },
  {
    id: 'official-accounts',
    trigger: 'official-accounts',
    audience: 'newcomer',
    title: { en: 'Official accounts', zh: '官方账号' },
    text: {
      en: '薯队长 ("Captain Potato") is RedNote\'s official account: it posts announcements, events and the community rules, and people @ it to ask the platform for help. Official accounts carry the platform\'s verification mark. An account that asks for your password or a verification code in messages is not official.',
      zh: '“薯队长”是小红书的官方账号，发布公告、活动和社区规范，用户也常@薯队长寻求帮助。官方账号带有平台的认证标识。凡是在私信里索要密码或验证码的账号，都不是官方账号。',
    },
  },
  {
    id: 'english-slang-chips',
    trigger: 'english-post-for-chinese-reader',
    audience: 'chinese-reader',
    title: { en: 'American slang, explained', zh: '美式网络用语小标签' },
    text: {
      en: 'Posts by American newcomers are full of slang such as "no cap" (for real), "slay" (nailed it) or "it\'s giving" (it has the vibe of). Red Thread marks these terms with small chips: tap one to see what it means.',
      zh: '美国新用户的笔记里常有“no cap”（说真的）、“slay”（绝了）、“it’s giving”（很有……的感觉）这样的俚语。Red Thread 会用小标签标出这些词，点一下就能看到解释。',
    },
  },
  {
    id: 'welcome-newcomers',
    trigger: 'english-post-for-chinese-reader',
    audience: 'chinese-reader',
    title: { en: 'A friendly welcome goes a long way', zh: '一句欢迎，很暖心' },
    text: {
      en: 'Many English-speaking newcomers are still finding their way around RedNote. A simple "Welcome!" or "Hi from China", even in simple English or in Chinese, is warmly appreciated — and they often love to chat about food, pets and daily life.',
      zh: '很多说英语的新用户还在熟悉小红书。一句简单的“Welcome!”或“Hi from China”，哪怕英语简单或直接用中文，都会让他们很开心。他们也很喜欢聊美食、宠物和日常生活。',
    },
  },
] satisfies TipInput[];
