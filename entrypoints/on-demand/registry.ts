/** How the on-demand script and the content script find each other in their shared isolated world. */
import type { ComposerSession } from './composer-session';
import type { SelectionTranslator } from './selection';
import type { ImageTextController } from './image-text';

/** Where on the isolated world's global object the on-demand features are put. */
export const ON_DEMAND_KEY = '__redThreadOnDemand';

/** The file the background injects (WXT's output for entrypoints/on-demand/index.ts). */
export const ON_DEMAND_FILE = '/on-demand.js';

export interface OnDemandFeatures {
  ComposerSession: typeof ComposerSession;
  SelectionTranslator: typeof SelectionTranslator;
  ImageTextController: typeof ImageTextController;
}
