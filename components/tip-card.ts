/**
 * The guidance layer's two pieces, built with plain DOM calls like the translation block: an
 * etiquette tip as a small card (a title, a few sentences, two ways to put it away) and the
 * meaning of one of the site's own labels, floating next to it.
 *
 * Why not Preact, like the extension's pages: these live in the content script, which every
 * RedNote page loads and evaluates; a component library there costs every page for two small
 * pieces that change only when a tip is dismissed or the pointer moves.
 *
 * Every text is set as text (textContent, attributes), never as HTML.
 */

export interface TipCardProps {
  id: string;
  title: string;
  text: string;
  labels: { gotIt: string; noMoreTips: string; close: string; heading: string };
  onDismiss(): void;
  onTipsOff(): void;
}

export function tipCard(props: TipCardProps): HTMLElement {
  const titleId = `rt-tip-${props.id}`;
  const card = element('section', 'tip');
  card.setAttribute('role', 'complementary');
  card.setAttribute('aria-labelledby', titleId);
  card.setAttribute('data-rt-tip', props.id);
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') props.onDismiss();
  });

  const close = button('tip__close', '×', props.onDismiss);
  close.setAttribute('aria-label', props.labels.close);
  close.title = props.labels.close;
  const head = element('header', 'tip__head');
  head.append(element('span', 'tip__kicker', props.labels.heading), close);

  const title = element('h2', 'tip__title', props.title);
  title.id = titleId;

  const gotIt = button('tip__button tip__button--primary', props.labels.gotIt, props.onDismiss);
  gotIt.setAttribute('data-rt-action', 'tip-dismiss');
  const tipsOff = button('tip__button', props.labels.noMoreTips, props.onTipsOff);
  tipsOff.setAttribute('data-rt-action', 'tips-off');
  const actions = element('div', 'tip__actions');
  actions.append(gotIt, tipsOff);

  card.append(head, title, element('p', 'tip__text', props.text), actions);
  return card;
}

export function labelHint(props: { meaning: string; top: number; left: number }): HTMLElement {
  const hint = element('div', 'hint', props.meaning);
  hint.setAttribute('role', 'tooltip');
  hint.style.top = `${props.top}px`;
  hint.style.left = `${props.left}px`;
  return hint;
}

function button(className: string, text: string, onClick: () => void): HTMLButtonElement {
  const el = element('button', className, text);
  el.type = 'button';
  el.addEventListener('click', onClick);
  return el;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text) el.textContent = text;
  return el;
}
