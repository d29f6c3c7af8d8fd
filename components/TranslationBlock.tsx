/**
 * One unit's translation, as the reader sees it under (or instead of) the original.
 * Presentational: props in, markup out. Every text it shows is rendered as text, never as HTML.
 */
import type { TermChip } from '@/utils/guidance/runtime';
import type { Part } from '@/utils/sites/xiaohongshu/extract';

export interface TranslationBlockLabels {
  translating: string;
  failed: string;
  retry: string;
  showOriginal: string;
  hideOriginal: string;
  hideTranslation: string;
  showTranslation: string;
  /** "Translated from Chinese by Microsoft" (already filled in). */
  provenance: string;
  region: string;
  /** "Slang explained" (the chips' group name). */
  slang: string;
}

export interface TranslationBlockProps {
  state: 'waiting' | 'done' | 'error';
  /** Translated parts (text runs translated, kept tokens as they were). */
  parts: readonly Part[];
  /** The original text, offered on hover in replace mode. */
  original: string;
  lang: string;
  mode: 'bilingual' | 'replace';
  showingOriginal: boolean;
  collapsed: boolean;
  /** Roughly how many lines the placeholder should reserve. */
  placeholderLines: number;
  error?: string | undefined;
  /** Slang in the original, explained (glossary chips). */
  terms: readonly TermChip[];
  /** The chip whose explanation is open, if any. */
  openTerm: string | null;
  onToggleTerm(id: string): void;
  labels: TranslationBlockLabels;
  onRetry(): void;
  onToggleOriginal(): void;
  onToggleCollapsed(): void;
}

export function TranslationBlock(props: TranslationBlockProps) {
  const { labels } = props;
  if (props.state === 'waiting') {
    return (
      <div class="rt rt--waiting" role="status" aria-busy="true">
        <span class="rt-placeholder" style={{ '--rt-lines': String(props.placeholderLines) }} />
        <span class="rt-sr">{labels.translating}</span>
      </div>
    );
  }
  if (props.state === 'error') {
    return (
      <div class="rt rt--error" role="alert">
        <span class="rt-error">{props.error ? `${labels.failed} ${props.error}` : labels.failed}</span>
        <button type="button" class="rt-button" data-rt-action="retry" onClick={props.onRetry}>
          {labels.retry}
        </button>
      </div>
    );
  }
  if (props.collapsed) {
    return (
      <div class="rt rt--collapsed">
        <button type="button" class="rt-button rt-button--quiet" data-rt-action="toggle-translation" aria-expanded="false" onClick={props.onToggleCollapsed}>
          {labels.showTranslation}
        </button>
      </div>
    );
  }
  const replace = props.mode === 'replace';
  // One small control, inline after the text: it never takes a line of its own.
  const toggleLabel = replace ? (props.showingOriginal ? labels.hideOriginal : labels.showOriginal) : labels.hideTranslation;
  return (
    <div class={`rt rt--done${replace ? ' rt--replace' : ''}`} role="note" aria-label={`${labels.region}. ${labels.provenance}`} title={labels.provenance}>
      <span class="rt-text" lang={props.lang} title={replace && !props.showingOriginal ? props.original : undefined}>
        {props.parts.map((part, i) => {
          // Parts were split at kept tokens (mentions, hashtags, emoji codes): a space keeps them apart.
          const gap = i > 0 ? ' ' : '';
          return part.kind === 'keep' ? (
            <span key={i}>
              {gap}
              <span class="rt-keep">{part.text}</span>
            </span>
          ) : (
            gap + part.text
          );
        })}
      </span>
      <button
        type="button"
        class="rt-toggle"
        data-rt-action={replace ? 'toggle-original' : 'toggle-translation'}
        aria-label={toggleLabel}
        title={toggleLabel}
        {...(replace ? { 'aria-pressed': props.showingOriginal } : { 'aria-expanded': true })}
        onClick={replace ? props.onToggleOriginal : props.onToggleCollapsed}
      >
        {replace ? '⇄' : '−'}
      </button>
      {props.terms.length > 0 && <Chips terms={props.terms} open={props.openTerm} label={labels.slang} onToggle={props.onToggleTerm} />}
    </div>
  );
}

/** Slang chips: each opens its explanation (term, pinyin, meaning, when people use it) under the block. */
function Chips(props: { terms: readonly TermChip[]; open: string | null; label: string; onToggle(id: string): void }) {
  const open = props.terms.find((t) => t.id === props.open);
  return (
    <div class="rt-chips" role="group" aria-label={props.label}>
      {props.terms.map((term) => (
        <button
          key={term.id}
          type="button"
          class="rt-chip"
          data-rt-term={term.id}
          aria-expanded={term.id === props.open}
          onClick={() => props.onToggle(term.id)}
        >
          {term.term}
        </button>
      ))}
      {open && (
        <div class="rt-explain" role="region" aria-label={open.term} data-rt-explain={open.id}>
          <strong>{open.term}</strong>
          {open.pinyin && <span class="rt-pinyin"> {open.pinyin}</span>}
          <span> — {open.meaning}</span>
          <div class="rt-usage">{open.usage}</div>
        </div>
      )}
    </div>
  );
}
