/**
 * What the Microsoft stand-in answers while the pictures are taken: real-looking translations of the
 * fixture texts the pictures show (tests/fixtures/data.js), in both directions. Only the pictures use
 * it; the browser tests keep the stand-in's tagged echo. A text missing here is listed by the run.
 */
export const PHRASEBOOK: Record<string, string> = {
  // The Chengdu note: title, body (the runs around its @mention), comments.
  '成都美食攻略｜3天吃遍20家苍蝇馆子🌶️': 'Chengdu food guide | 20 hole-in-the-wall spots in 3 days 🌶️',
  '成都人私藏的20家苍蝇馆子🌶️ 吃完真的不想回家了\n\n📍Day 1 春熙路 / 太古里\n1️⃣ 钟水饺 —— 甜水面必点，红油香到灵魂出窍\n2️⃣ 冒椒火辣 —— 排队40分钟 但是值得！！\n3️⃣ 龙抄手 —— 老字号 抄手皮薄馅大\n\n📍Day 2 玉林路\n4️⃣ 小龙坎 —— 毛肚烫七上八下就可以吃了\n5️⃣ 玉林串串香 —— 一串一毛 真的便宜\n\n💡Tips：\n• 辣度一定要说“微辣” 成都的微辣=外地的特辣\n• 地铁很方便 不用打车\n• 3月去温度刚好 不冷不热\n\n感谢':
    "The 20 hole-in-the-wall restaurants locals keep to themselves 🌶️ you won't want to go home\n\n📍Day 1 Chunxi Road / Taikoo Li\n1️⃣ Zhong dumplings — get the sweet water noodles, the chili oil is out of this world\n2️⃣ Maojiao Huola — 40 minutes in line, but worth it!!\n3️⃣ Long wontons — an old brand, thin skins and big fillings\n\n📍Day 2 Yulin Road\n4️⃣ Xiaolongkan — dip the tripe seven times and it's ready\n5️⃣ Yulin skewers — 10 cents a skewer, really cheap\n\n💡Tips:\n• Always ask for “mild” — Chengdu mild = extra hot anywhere else\n• The metro is easy, no need for taxis\n• March is the perfect weather, not too cold or hot\n\nThanks to",
  '的推荐！下次一起去～': "for the tips! Let's go together next time~",
  '家人们谁懂啊 这也太好吃了吧': 'Fam, who gets it, this is way too delicious',
  '真的！下次去记得点甜水面': 'For real! Order the sweet water noodles next time',
  蹲一个链接: 'Waiting for the link',
  '+1 同蹲': '+1, waiting too',
  '哈哈哈哈 u1s1 真的好看': 'Hahaha, honestly, it really looks great',
  '快来看 周末就去': 'Come look, going this weekend',
  '冲冲冲！！': "Let's go!!",
  'Hello Texas! 欢迎来小红书 🎉': 'Hello Texas! Welcome to RedNote 🎉',
  // Feed titles.
  '新手也能画的 clean girl makeup ✨ 10分钟出门': 'Clean girl makeup even beginners can do ✨ out the door in 10 minutes',
  '冬季氛围感穿搭｜小个子也能穿出大长腿': 'Cozy winter outfits | long legs for petite girls too',
  '上海 citywalk 路线分享 一天逛完不累': 'A Shanghai citywalk route: all of it in one easy day',
  // Mixed titles: only the Chinese runs are sent.
  新手也能画的: 'Even beginners can do',
  '10分钟出门': 'out the door in 10 minutes',
  '报到！Day 1 on RedNote 🇺🇸': 'checking in! Day 1 on RedNote 🇺🇸',
  // The Chengdu body, cut in two by its "=" (brackets and "=" end a sent piece).
  '成都人私藏的20家苍蝇馆子🌶️ 吃完真的不想回家了\n\n📍Day 1 春熙路 / 太古里\n1️⃣ 钟水饺 —— 甜水面必点，红油香到灵魂出窍\n2️⃣ 冒椒火辣 —— 排队40分钟 但是值得！！\n3️⃣ 龙抄手 —— 老字号 抄手皮薄馅大\n\n📍Day 2 玉林路\n4️⃣ 小龙坎 —— 毛肚烫七上八下就可以吃了\n5️⃣ 玉林串串香 —— 一串一毛 真的便宜\n\n💡Tips：\n• 辣度一定要说“微辣” 成都的微辣':
    "The 20 hole-in-the-wall restaurants locals keep to themselves 🌶️ you won't want to go home\n\n📍Day 1 Chunxi Road / Taikoo Li\n1️⃣ Zhong dumplings — get the sweet water noodles, the chili oil is out of this world\n2️⃣ Maojiao Huola — 40 minutes in line, but worth it!!\n3️⃣ Long wontons — an old brand, thin skins and big fillings\n\n📍Day 2 Yulin Road\n4️⃣ Xiaolongkan — dip the tripe seven times and it's ready\n5️⃣ Yulin skewers — 10 cents a skewer, really cheap\n\n💡Tips:\n• Always ask for “mild” — Chengdu mild",
  '外地的特辣\n• 地铁很方便 不用打车\n• 3月去温度刚好 不冷不热\n\n感谢':
    'extra hot anywhere else\n• The metro is easy, no need for taxis\n• March is the perfect weather, not too cold or hot\n\nThanks to',
  欢迎欢迎: 'Welcome, welcome',
  '租房改造｜500块打造ins风小窝': 'Rental makeover | an Instagram-style nook for 500 yuan',
  '一人食｜打工人的快手早餐 15分钟搞定': 'Cooking for one | a quick workday breakfast in 15 minutes',
  番茄炒蛋: 'Tomato and egg stir-fry',
  我想吃火锅: 'I want hotpot',
  '报到！': 'checking in!',
  这个标题怎么怪怪的: 'Why does this title look so odd',
  看看这个能不能显示: "Let's see if this shows up",
  '上海周末｜五家小众咖啡馆 ☕': 'A Shanghai weekend | five little-known cafés ☕',
  '1.防晒霜': '1. Sunscreen',
  '2.保湿面霜': '2. Moisturising cream',
  '3.卸妆油': '3. Cleansing oil',
  // The image note: its title, body and the text in its slides (tests/fixtures/images/truth.json).
  '上海周末｜五家小众咖啡馆': 'A Shanghai weekend | five little-known cafés',
  图片里有地址和清单: 'The addresses and the list are in the pictures',
  上海最值得去的五家小众咖啡馆: "Shanghai's five little-known cafés most worth a visit",
  夏天必买清单: 'Summer must-buy list',
  '1. 防晒霜': '1. Sunscreen',
  '2. 保湿面霜': '2. Moisturising cream',
  '3. 卸妆油': '3. Cleansing oil',
  今天的晚霞太美了: 'The sunset today was so beautiful',
  旅行日记: 'Travel diary',
  '拍摄地点：杭州西湖': "Where it was taken: Hangzhou's West Lake",
  // The composer's draft, and its meaning back.
  'This looks amazing! Which restaurant is it?': '看起来太棒了！这是哪家餐厅？',
  '看起来太棒了！这是哪家餐厅？': 'Looks amazing! Which restaurant is this?',
};
