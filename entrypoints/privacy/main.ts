/**
 * The privacy policy page (privacy.html), shipped with the extension and linked from the options
 * and welcome pages and the store listings. Its language follows the browser's UI language, as the
 * other pages do (the catalogue the browser chose says which). Built with plain DOM from
 * utils/privacy/policy.ts: every string lands as text content, never as HTML.
 */
import { inlineParts, PRIVACY_POLICY, type PolicyLanguage } from '@/utils/privacy/policy';
import { t } from '@/utils/i18n/t';
import '@/components/theme.css';
import './style.css';

const lang: PolicyLanguage = t('pageLang').toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
const doc = PRIVACY_POLICY[lang];
document.documentElement.lang = lang === 'zh_CN' ? 'zh-CN' : 'en';
document.title = doc.title;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function inline(source: string): Node[] {
  return inlineParts(source).map((part) => {
    switch (part.kind) {
      case 'code':
        return el('code', {}, part.text);
      case 'em':
        return el('em', {}, part.text);
      case 'link':
        return el('a', { href: part.href, target: '_blank', rel: 'noopener noreferrer' }, part.text);
      default:
        return document.createTextNode(part.text);
    }
  });
}

const root = document.getElementById('root')!;
root.append(
  el('header', { class: 'privacy__header' }, el('h1', {}, doc.title), el('p', { class: 'muted' }, `${doc.updatedLabel}: `, el('time', { datetime: doc.updated }, doc.updated))),
  ...doc.sections.map((section) =>
    el(
      'section',
      { id: section.id, 'aria-labelledby': `${section.id}-title` },
      el('h2', { id: `${section.id}-title` }, section.heading),
      ...(section.paragraphs ?? []).map((p) => el('p', {}, ...inline(p))),
      ...(section.items ? [el('ul', {}, ...section.items.map((item) => el('li', {}, ...inline(item))))] : []),
    ),
  ),
);
