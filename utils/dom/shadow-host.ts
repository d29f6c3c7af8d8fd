/**
 * The element every floating part of Red Thread lives in (tip cards, toast, composer panel,
 * selection box): one of our own custom elements with an open shadow root (isolated from the
 * site's CSS, reachable by accessibility tools and tests) and its stylesheet inside.
 * Mounted beside the page's body, never inside what the site renders.
 */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the part renders: after the stylesheet. */
  container: HTMLElement;
}

export function createShadowHost(tag: string, css: string, mount = true): ShadowHost {
  const host = document.createElement(tag);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  root.append(style, container);
  if (mount) document.documentElement.append(host);
  return { host, root, container };
}
