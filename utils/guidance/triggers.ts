/**
 * When the page's etiquette tips become relevant, as pure functions of what the reader is
 * looking at (the tip cards show the first triggered tip not yet dismissed).
 */
import type { UnitKind } from '../schemas/settings';
import type { TipTrigger } from './schema';

/** Tips about what a translated post or comment shows: its date and IP location line, follows and saves, official accounts. */
export function triggersAfterTranslation(kind: UnitKind, detected: string): TipTrigger[] {
  const triggers: TipTrigger[] = [];
  if (kind === 'noteBody' || kind === 'comment') triggers.push('date-location-line', 'follow-save-message', 'official-accounts');
  // An English post: the tip for a Chinese reader meeting newcomers.
  if (detected.toLowerCase().startsWith('en')) triggers.push('english-post-for-chinese-reader');
  return triggers;
}
