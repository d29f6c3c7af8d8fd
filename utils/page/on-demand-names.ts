/**
 * How the content script, the background and the on-demand script (entrypoints/on-demand/: the
 * composer and the selection box, injected on first use) find each other. Names only, no code.
 */

/** Where on the isolated world's global object the on-demand features are put. */
export const ON_DEMAND_KEY = '__redThreadOnDemand';

/** The file the background injects (WXT's output for entrypoints/on-demand/index.ts). */
export const ON_DEMAND_FILE = '/on-demand.js';
