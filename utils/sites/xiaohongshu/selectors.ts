/**
 * Every selector of the RedNote web app that Red Thread depends on, in one place, with
 * alternatives where the markup has changed over time (see ../shared/notes/rednote-dom.md).
 * When the site changes, this is the file to fix; tests/unit/sites checks it against the fixtures.
 */
import type { UnitKind } from '../../schemas/settings';
import { NOTIFICATION_COMMENT, NOTIFICATION_QUOTE } from './notifications';

export interface UnitRule {
  kind: UnitKind;
  /**
   * The element that holds one unit's text. The overlay goes right after it, as its next
   * sibling: beside what the page owns, never inside or around it.
   */
  selectors: readonly string[];
}

export const UNIT_RULES: readonly UnitRule[] = [
  // Feed, profile grid and search results: the card title link (clamped by the site's CSS).
  { kind: 'feedTitle', selectors: ['section.note-item .footer a.title', 'section.note-item a.title'] },
  // Note detail (modal or page). 2026 code shows h1#detail-title.
  { kind: 'noteTitle', selectors: ['#detail-title'] },
  { kind: 'noteBody', selectors: ['#detail-desc'] },
  // Each comment and reply: its .content (author, date, location and buttons are siblings, left alone).
  { kind: 'comment', selectors: ['.comment-item .content'] },
  // The profile's own bio. `.user-desc` alone also matches the search page's user rows (Red ID and
  // follower counts on one line: page chrome); the bio is the one inside `.user-info`.
  { kind: 'bio', selectors: ['.user-info .user-desc'] },
  // Notifications (/notification): the quoted comment or reply, and what it answers (see ./notifications.ts for sources).
  { kind: 'comment', selectors: [NOTIFICATION_COMMENT, NOTIFICATION_QUOTE] },
];

export const UNIT_SELECTOR = UNIT_RULES.flatMap((r) => r.selectors).join(', ');

export function unitKindOf(element: Element): UnitKind | null {
  for (const rule of UNIT_RULES) {
    if (rule.selectors.some((s) => element.matches(s))) return rule.kind;
  }
  return null;
}

/** Inside a unit: what is kept as it is and never sent (hashtags, mentions) or skipped (emoji images). */
export const KEEP_SELECTOR = 'a.tag, a.note-content-user, a[data-user-id]';
export const SKIP_SELECTOR = 'img, svg, video, button';

/** Scroll boxes whose content loads lazily: units inside are watched relative to the box. */
export const SCROLL_ROOT_SELECTOR = '.note-scroller';

/**
 * Grid cards (explore feed, search results, a profile's notes), laid out by the site's script: a
 * translation on a card must stay inside the card's footprint (utils/dom/card-placement.ts).
 * The cover is `a.cover` in 2025 and 2026 markup (2026: `a.cover.mask`, no `ld`).
 */
export const CARD_SELECTOR = 'section.note-item';
export const CARD_COVER_SELECTOR = 'a.cover';

/**
 * The site's navigation, which a floating tip must not cover: the side bar's entries (发现, 发布,
 * 通知, 我, and 更多 at its foot) and the header with the search box.
 */
export const SIDE_LINKS_SELECTOR = '.side-bar .channel-list li, .side-bar a';
export const NAVIGATION_SELECTOR = `${SIDE_LINKS_SELECTOR}, .side-bar .information-container, .header-container`;
export const HEADER_SELECTOR = '.header-container';

/** The open note's carousel (modal or page) and its slide images, for image text (rednote-dom.md: High). */
export const NOTE_MEDIA_SELECTOR = '.note-container .media-container, .note-detail-mask .media-container, #noteContainer .media-container';
export const SLIDE_IMAGE_SELECTOR = 'img.note-slider-img';
