/** Names shared by the content script and the on-demand features it loads (no code, so nothing heavy is pulled in). */

export const COMPOSER_TAG = 'red-thread-composer';

/** The site's comment / reply box (a contenteditable owned by Vue). */
export const COMPOSER_BOX_SELECTOR = 'p#content-textarea, #content-textarea, .content-input';

export const SELECTION_TAG = 'red-thread-selection';
