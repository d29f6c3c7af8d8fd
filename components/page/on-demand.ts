/**
 * Loads the on-demand features (entrypoints/on-demand/) into this isolated world, once: the
 * background injects the script into this frame when asked, and the script leaves its classes on
 * the world's global object. Concurrent callers share one load; a failed load can be retried.
 */
import { browser } from '@/utils/browser';
import { okReplySchema } from '@/utils/schemas/messages';
import { ON_DEMAND_KEY, type OnDemandFeatures } from './on-demand-registry';

let loading: Promise<OnDemandFeatures> | null = null;

function loaded(): OnDemandFeatures | undefined {
  return (globalThis as Record<string, unknown>)[ON_DEMAND_KEY] as OnDemandFeatures | undefined;
}

export function loadOnDemand(): Promise<OnDemandFeatures> {
  const ready = loaded();
  if (ready) return Promise.resolve(ready);
  loading ??= (async () => {
    const reply = okReplySchema.safeParse(await browser.runtime.sendMessage({ type: 'features.load' }));
    const features = loaded();
    if (!reply.success || !features) throw new Error('Red Thread could not load this feature.');
    return features;
  })().finally(() => {
    loading = null;
  });
  return loading;
}
