/**
 * The notifications page (/notification): where a newcomer reads what people answered to them.
 * Tabs 评论和@ (comments and mentions, the default), 赞和收藏 (likes and saves), 新增关注 (new
 * followers), switched client-side (the URL stays /notification; each tab's list is fetched when
 * its tab is clicked). Translated: the comment or reply quoted in an item, and the text it answers
 * (the note's title or the reader's own comment). Chrome, never sent: names, the 你的好友 tag,
 * actions (评论了你的笔记, 回复了你的评论, 赞了你的评论, 开始关注你了), times, the 回复 / like buttons,
 * the tabs.
 *
 * No live page could be opened from here; this is what public code that reads the page shows.
 * Sources (public code index, December 2026), with confidence:
 *  [A] xpzouying/xiaohongshu-mcp, xiaohongshu/notification_reply.go: items are
 *      `.tabs-content-container > .container`; a reply opens from `.action-reply` into
 *      `textarea.comment-input` with `button.submit`. xiaohongshu/notification.go: the tabs are
 *      clicked by their text (赞和收藏, 评论和@, 新增关注) to load each list; data in
 *      __INITIAL_STATE__.notification.notificationMap (mentions, likes, connections).
 *      xiaohongshu/notifications.go: the mentions API items carry comment_info.content,
 *      comment_info.target_comment.content and item_info.content ("笔记标题/摘要").
 *  [B] "P0 真实 DOM 取证报告 — 通知页 + 主页 tab" (2026-08-03, a Markdown evidence report in the
 *      code index; repository not shown), read off the live page: `.notification-page` >
 *      `.reds-sticky-box.sticky-tab` > `.reds-tabs-list` > 3 × `.reds-tab-item.tab-item` (`.active`);
 *      item = `a.user-avatar` + `.main` > `.info` > (`.user-info` > a + `span.user-tag`,
 *      `.interaction-hint` > span + `span.interaction-time`, `.interaction-content`) and `.actions` >
 *      `.action-reply` + `.action-like`; the 赞和收藏 and 新增关注 items have no `.interaction-content`.
 *  [C] "DOM Analysis Report" for https://www.xiaohongshu.com/notification (Chrome DevTools; a
 *      Markdown report in the code index, repository not shown): the same item tree, plus
 *      `.quote-info` ("被评论的原笔记或原评论上下文", present on some items) and `.extra > img.extra-image`
 *      (the note's cover); deleted comments read 原评论已删除 / 该评论已删除 in `.interaction-content`.
 *  [D] a Chrome extension "xhs_plugin_v2" (小红书网络请求监控插件, code index, repository not shown):
 *      `.tabs-content-container .container`, `.user-info a`, `.interaction-hint span:first-child`,
 *      `.interaction-hint .interaction-time`, `.interaction-content`, `.quote-info`, `.extra img`,
 *      `.reds-tabs-list .reds-tab-item.active`.
 */

/** An item of the list shown (whichever tab). High: [A] [B] [C] [D]. */
export const NOTIFICATION_ITEM = '.tabs-content-container > .container';

/** The comment or reply an item quotes. High: [B] [C] [D] (and [A]'s API field comment_info.content). */
export const NOTIFICATION_COMMENT = `${NOTIFICATION_ITEM} .interaction-content`;

/**
 * What that comment answers: the note's title or summary, or the reader's own comment.
 * Medium: [C] [D] name it; its content is inferred from the API fields [A]. Where a liked
 * comment (赞了你的评论) shows is not documented: taken to be here too (Low).
 */
export const NOTIFICATION_QUOTE = `${NOTIFICATION_ITEM} .quote-info`;

/** Chrome of an item, never a unit: for tests and for anyone adding units here. High: [B] [C] [D]. */
export const NOTIFICATION_CHROME = ['.user-info', '.interaction-hint', '.actions', '.reds-tabs-list'] as const;

/** The tabs (switched client-side). High: [A] [B] [C]. */
export const NOTIFICATION_TABS = '.notification-page .reds-tabs-list .reds-tab-item';

/**
 * What the site writes in `.interaction-content` when the comment is gone ([C]): the site's own
 * words, not anyone's comment, so never sent (kept as they are).
 */
export const NOTIFICATION_PLACEHOLDERS: ReadonlySet<string> = new Set(['原评论已删除', '该评论已删除', '评论已删除']);
