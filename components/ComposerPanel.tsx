/**
 * The comment composer's control, beside the site's comment box: a small "Translate to 中文"
 * button, and when opened, the translation with its back-translation and the two ways to insert it;
 * gentle hints while composing. Presentational: props in, markup out. Every text is rendered as
 * text, never as HTML. Buttons keep the focus in the comment box when clicked with the mouse
 * (mousedown is not let through), so the site never sees its box lose focus.
 */
import { Logo } from './Logo';

export interface ComposerLabels {
  region: string;
  translationOf: string; // "Translation (中文)"
  backIn: string; // "Back in English: check the meaning"
  translating: string;
  backTranslating: string;
  backFailed: string;
  insert: string;
  insertTitle: string;
  insertBoth: string;
  insertBothTitle: string;
  close: string;
  retry: string;
  stale: string;
  translateAgain: string;
  draftKept: string;
  hints: string;
  dismissHint: string;
  greetings: string;
}

export interface ComposerGreeting {
  text: string;
  /** "nǐ hǎo · Hello!" */
  hint: string;
}

export interface ComposerHint {
  id: string;
  /** What in the draft set it off ("Your draft seems to contain a phone number."), when it is about the draft. */
  lead?: string | undefined;
  title: string;
  text: string;
  lang: string;
  greetings?: readonly ComposerGreeting[] | undefined;
}

export interface ComposerError {
  summary: string;
  detail: string;
}

export interface ComposerPanelProps {
  open: boolean;
  phase: 'idle' | 'translating' | 'done' | 'error';
  /** "Translate to 中文" */
  translateLabel: string;
  /** "⌥⇧T" or "Alt+Shift+T" */
  shortcut: string;
  /** aria-keyshortcuts value: "Alt+Shift+T" */
  shortcutAria: string;
  /** The button's tooltip, naming the shortcut. */
  translateTitle: string;
  targetLang: string;
  userLang: string;
  translation: string;
  back: string;
  backPhase: 'waiting' | 'done' | 'error';
  stale: boolean;
  error: ComposerError | null;
  /** A short note announced politely ("Inserted. Ctrl+Z undoes it.", "Nothing to translate yet."). */
  status: string;
  hints: readonly ComposerHint[];
  labels: ComposerLabels;
  onTranslate(): void;
  onInsert(both: boolean): void;
  onClose(): void;
  onDismissHint(id: string): void;
  onGreeting(text: string): void;
  onKeyDown(event: KeyboardEvent): void;
}

/** Mouse clicks on our buttons must not take the focus (and the caret) away from the comment box. */
const keepFocus = (event: MouseEvent) => {
  if ((event.target as Element).closest('button')) event.preventDefault();
};

export function ComposerPanel(props: ComposerPanelProps) {
  const { labels } = props;
  const busy = props.phase === 'translating';
  return (
    <div class={`rtc${props.open ? ' rtc--open' : ''}`} role="group" aria-label={labels.region} tabIndex={-1} onMouseDown={keepFocus} onKeyDown={(e) => props.onKeyDown(e)}>
      {props.hints.length > 0 && (
        <section class="rtc-hints" aria-label={labels.hints}>
          {props.hints.map((hint) => (
            <div class="rtc-hint" key={hint.id} data-rt-hint={hint.id} role="note" lang={hint.lang}>
              <div class="rtc-hint-head">
                <strong class="rtc-hint-title">{hint.title}</strong>
                <button type="button" class="rtc-icon" data-rt-action="dismiss-hint" aria-label={labels.dismissHint} title={labels.dismissHint} onClick={() => props.onDismissHint(hint.id)}>
                  ×
                </button>
              </div>
              {hint.lead && <p class="rtc-hint-lead">{hint.lead}</p>}
              <p class="rtc-hint-text">{hint.text}</p>
              {hint.greetings && hint.greetings.length > 0 && (
                <div class="rtc-greetings" aria-label={labels.greetings}>
                  <span class="rtc-greetings-label">{labels.greetings}</span>
                  {hint.greetings.map((g) => (
                    <button type="button" class="rtc-chip" data-rt-action="greeting" lang="zh-CN" key={g.text} title={g.hint} onClick={() => props.onGreeting(g.text)}>
                      {g.text}
                    </button>
                  ))}
                </div>
              )}
            </div>
          ))}
        </section>
      )}

      <div class="rtc-card">
        {/* Always present, so assistive technology announces what lands in it. */}
        <div class="rtc-body">
          <div class="rtc-live" role="status" aria-live="polite" aria-busy={busy}>
            {props.open && busy && <p class="rtc-muted rtc-translating">{labels.translating}</p>}
            {props.open && props.phase === 'done' && (
              <div class={`rtc-result${props.stale ? ' rtc-result--stale' : ''}`}>
                <p class="rtc-label">{labels.translationOf}</p>
                <p class="rtc-text rtc-translation" lang={props.targetLang}>
                  {props.translation}
                </p>
                <p class="rtc-label">{labels.backIn}</p>
                {props.backPhase === 'done' ? (
                  <p class="rtc-text rtc-back" lang={props.userLang}>
                    {props.back}
                  </p>
                ) : (
                  <p class="rtc-muted rtc-back-state">{props.backPhase === 'waiting' ? labels.backTranslating : labels.backFailed}</p>
                )}
              </div>
            )}
            {props.status && <p class="rtc-status">{props.status}</p>}
          </div>
          {props.open && props.phase === 'error' && props.error && (
            <div class="rtc-error" role="alert">
              <p class="rtc-error-summary">{props.error.summary}</p>
              <p class="rtc-muted">{labels.draftKept}</p>
              {props.error.detail && <p class="rtc-error-detail">{props.error.detail}</p>}
              <button type="button" class="rtc-button" data-rt-action="retry" onClick={props.onTranslate}>
                {labels.retry}
              </button>
            </div>
          )}
          {props.open && props.phase === 'done' && (
            <div class="rtc-actions">
              {props.stale ? (
                <>
                  <span class="rtc-muted rtc-stale">{labels.stale}</span>
                  <button type="button" class="rtc-button rtc-button--primary" data-rt-action="translate-again" onClick={props.onTranslate}>
                    {labels.translateAgain}
                  </button>
                </>
              ) : (
                <>
                  <button type="button" class="rtc-button rtc-button--primary" data-rt-action="insert" title={labels.insertTitle} onClick={() => props.onInsert(false)}>
                    {labels.insert}
                  </button>
                  <button type="button" class="rtc-button" data-rt-action="insert-both" title={labels.insertBothTitle} onClick={() => props.onInsert(true)}>
                    {labels.insertBoth}
                  </button>
                </>
              )}
            </div>
          )}
        </div>

        <div class="rtc-bar">
          <button
            type="button"
            class="rtc-translate"
            data-rt-action="translate"
            title={props.translateTitle}
            aria-keyshortcuts={props.shortcutAria}
            aria-expanded={props.open}
            aria-disabled={busy}
            onClick={props.onTranslate}
          >
            <Logo size={14} />
            <span>{props.translateLabel}</span>
            <kbd class="rtc-kbd" aria-hidden="true">
              {props.shortcut}
            </kbd>
          </button>
          {props.open && (
            <button type="button" class="rtc-icon" data-rt-action="close" aria-label={labels.close} title={labels.close} onClick={props.onClose}>
              ×
            </button>
          )}
        </div>
      </div>
    </div>
  );
}
