/**
 * The comment composer's trigger (issue 7): one focusin listener on the document finds the
 * site's comment box whenever it is focused (Vue creates it late, on the first click, and
 * recreates it freely) and starts a composer session for it.
 *
 * The session itself (components/page/composer-session.ts: the panel, translation and
 * back-translation, insertion, hints) is loaded the first time a box is focused, so pages whose
 * reader never comments don't carry it.
 */
import type { ComposerDeps, ComposerSession } from './composer-session';
import { COMPOSER_BOX_SELECTOR } from '@/utils/sites/xiaohongshu/composer';
import { loadOnDemand } from './on-demand';

export type { ComposerDeps };

/** Watches for the comment box until `signal` ends (the content script's lifetime). */
export function startComposer(deps: ComposerDeps, signal: AbortSignal): void {
  let session: ComposerSession | null = null;
  let focusCount = 0;
  let stopped = false;
  const end = () => {
    session?.dispose();
    session = null;
  };
  const onFocusIn = (event: FocusEvent) => {
    try {
      const box = composerBox(event.target);
      if (!box) return;
      if (!deps.enabled()) {
        end();
        return;
      }
      if (session?.box === box) {
        session.show();
        return;
      }
      end();
      const asked = ++focusCount;
      void loadOnDemand().then(
        ({ ComposerSession }) => {
          // Still this box, still focused, not stopped meanwhile.
          if (stopped || asked !== focusCount || !box.isConnected || document.activeElement !== box) return;
          session = new ComposerSession(box, deps, () => {
            session = null;
          });
          session.show();
        },
        () => undefined, // the extension is reloading: no composer this time
      );
    } catch {
      // never into the page
    }
  };
  document.addEventListener('focusin', onFocusIn, { capture: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      stopped = true;
      end();
    },
    { once: true },
  );
}

function composerBox(target: EventTarget | null): HTMLElement | null {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1 || !el.isContentEditable) return null;
  return el.matches(COMPOSER_BOX_SELECTOR) ? el : null;
}
