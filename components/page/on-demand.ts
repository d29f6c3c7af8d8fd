/**
 * Loads the on-demand features (entrypoints/on-demand/) into this isolated world, once: the
 * background injects the script into this frame when asked, and the script leaves its classes on
 * the world's global object. Concurrent callers share one load; a failed load can be retried.
 */
import { askBackground } from '@/utils/messaging';
import { ON_DEMAND_KEY } from '@/utils/page/on-demand-names';
import type { ComposerSession } from './composer-session';
import type { ImageTextController } from './image-text';
import type { SelectionTranslator } from './selection';
import type { makeOnDeviceRoute } from '@/utils/page/on-device-route';

/** What the on-demand script leaves on the isolated world's global object. */
export interface OnDemandFeatures {
  ComposerSession: typeof ComposerSession;
  SelectionTranslator: typeof SelectionTranslator;
  ImageTextController: typeof ImageTextController;
  /** Chrome's on-device translator, for the readers who chose it (components/page/on-device-loader.ts). */
  makeOnDeviceRoute: typeof makeOnDeviceRoute;
}

let loading: Promise<OnDemandFeatures> | null = null;

function loaded(): OnDemandFeatures | undefined {
  return (globalThis as Record<string, unknown>)[ON_DEMAND_KEY] as OnDemandFeatures | undefined;
}

export function loadOnDemand(): Promise<OnDemandFeatures> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= (async () => {
    const reply = await askBackground({ type: 'features.load' });
    const features = loaded();
    if (!reply.ok || !features) throw new Error('Red Thread could not load this feature.');
    return features;
  })().finally(() => {
    loading = null;
  });
  return loading;
}
