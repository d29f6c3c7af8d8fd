/**
 * Features a reader reaches only by acting (the comment composer, "Translate selection", image text)
 * or by choosing them (Chrome's on-device translator),
 * injected into a RedNote tab by the background the first time its content script asks for
 * them (components/page/on-demand.ts). Every page pays for the content script; these stay
 * out of it until used.
 *
 * This script runs in the content script's own isolated world, so it hands its classes over
 * through that world's global object, which the page cannot see.
 */
import { ComposerSession } from '@/components/page/composer-session';
import type { OnDemandFeatures } from '@/components/page/on-demand';
import { ON_DEMAND_KEY } from '@/utils/page/on-demand-names';
import { SelectionTranslator } from '@/components/page/selection';
import { ImageTextController } from '@/components/page/image-text';
import { makeOnDeviceRoute } from '@/utils/page/on-device-route';

export default defineUnlistedScript(() => {
  const features: OnDemandFeatures = { ComposerSession, SelectionTranslator, ImageTextController, makeOnDeviceRoute };
  (globalThis as Record<string, unknown>)[ON_DEMAND_KEY] ??= features;
});
