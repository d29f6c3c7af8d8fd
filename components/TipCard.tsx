/** One etiquette tip as a small card: a title, a few sentences, and two ways to put it away. */
export interface TipCardProps {
  id: string;
  title: string;
  text: string;
  labels: { gotIt: string; noMoreTips: string; close: string; heading: string };
  onDismiss(): void;
  onTipsOff(): void;
}

export function TipCard(props: TipCardProps) {
  const titleId = `rt-tip-${props.id}`;
  return (
    <section
      class="tip"
      role="complementary"
      aria-labelledby={titleId}
      data-rt-tip={props.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onDismiss();
      }}
    >
      <header class="tip__head">
        <span class="tip__kicker">{props.labels.heading}</span>
        <button type="button" class="tip__close" aria-label={props.labels.close} title={props.labels.close} onClick={props.onDismiss}>
          ×
        </button>
      </header>
      <h2 id={titleId} class="tip__title">
        {props.title}
      </h2>
      <p class="tip__text">{props.text}</p>
      <div class="tip__actions">
        <button type="button" class="tip__button tip__button--primary" data-rt-action="tip-dismiss" onClick={props.onDismiss}>
          {props.labels.gotIt}
        </button>
        <button type="button" class="tip__button" data-rt-action="tips-off" onClick={props.onTipsOff}>
          {props.labels.noMoreTips}
        </button>
      </div>
    </section>
  );
}

/** The meaning of one of the site's own labels, next to it. */
export function LabelHint(props: { meaning: string; top: number; left: number }) {
  return (
    <div class="hint" role="tooltip" style={{ top: `${props.top}px`, left: `${props.left}px` }}>
      {props.meaning}
    </div>
  );
}
