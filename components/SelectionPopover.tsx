/**
 * The translation of a selection, in a small box next to it: translating, the translation, or
 * what went wrong with a Retry. A non-modal dialog: focusable, Esc and the × close it.
 * Presentational: props in, markup out; every text is rendered as text, never as HTML.
 */
export type SelectionState = { phase: 'translating' } | { phase: 'done'; text: string; via: string } | { phase: 'error'; message: string; retryable: boolean };

export interface SelectionPopoverLabels {
  heading: string;
  translating: string;
  retry: string;
  close: string;
}

export interface SelectionPopoverProps {
  state: SelectionState;
  /** The language the translation is in (for screen readers and fonts). */
  lang: string;
  labels: SelectionPopoverLabels;
  onRetry(): void;
  onClose(): void;
}

export function SelectionPopover(props: SelectionPopoverProps) {
  const { state, labels } = props;
  return (
    <section
      class="sel"
      role="dialog"
      aria-label={labels.heading}
      tabIndex={-1}
      data-rt-selection={state.phase}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <header class="sel__head">
        <span class="sel__kicker">{labels.heading}</span>
        <button type="button" class="sel__close" data-rt-action="selection-close" aria-label={labels.close} title={labels.close} onClick={props.onClose}>
          ×
        </button>
      </header>
      {state.phase === 'translating' && (
        <p class="sel__status" role="status" aria-busy="true">
          <span class="sel__spinner" aria-hidden="true" />
          {labels.translating}
        </p>
      )}
      {state.phase === 'done' && (
        <>
          <p class="sel__text" lang={props.lang} aria-live="polite">
            {state.text}
          </p>
          <p class="sel__via">{state.via}</p>
        </>
      )}
      {state.phase === 'error' && (
        <div class="sel__error" role="alert">
          <p>{state.message}</p>
          {state.retryable && (
            <button type="button" class="sel__button" data-rt-action="selection-retry" onClick={props.onRetry}>
              {labels.retry}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
