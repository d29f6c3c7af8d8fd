/**
 * What of an image's text is not sent to a provider: the site's own watermark (小红书 and the
 * author's Red ID), lone numbers and prices, and (decided with utils/text) text already in the
 * reader's language. Pure.
 */
import { decide, type Detector } from '../text/language';

/** 小红书 / 小红书号：12345 / RED ID / the logo's own text. */
const WATERMARK = /^(?:小红书|小紅書|xiaohongshu|rednote|red)?\s*(?:号|號|id|ID)?\s*[:：]?\s*[\w.]*$/i;
const HAS_BRAND = /小红书|小紅書|xiaohongshu|rednote|^red\s*id|号\s*[:：]/i;

export function isWatermark(text: string): boolean {
  const t = text.trim();
  return HAS_BRAND.test(t) && WATERMARK.test(t);
}

/** ¥128, $9.99, NT$350, 128元, 3.5折, 12:30, 2024.12.01, 50%, 1/3 … */
const NUMBER_OR_PRICE = /^(?:(?:NT|HK|US|RMB|CNY)?\s*[$¥￥€£]\s*)?[+-]?[\d][\d.,:/~%\s-]*(?:元|块|折|万|w|k|%|rmb)?$/i;

export function isNumberOrPrice(text: string): boolean {
  return NUMBER_OR_PRICE.test(text.trim());
}

export type SkipReason = 'watermark' | 'number' | 'target-language' | 'no-language';

/** Why a block's text is not sent (null: send it). */
export async function skipReason(text: string, target: string, detect?: Detector): Promise<SkipReason | null> {
  if (isWatermark(text)) return 'watermark';
  if (isNumberOrPrice(text)) return 'number';
  const decision = await decide(text, target, detect);
  return decision.translate ? null : decision.reason;
}
