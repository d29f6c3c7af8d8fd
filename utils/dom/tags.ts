/**
 * Every custom element name Red Thread puts into a page, in one place: the parts that make them,
 * the page watcher that must ignore them, and the clean-up of an older copy's leftovers all read
 * these names from here (no code, so nothing heavy is pulled in).
 */

/** Beside each translated unit: the translation block in a shadow root. */
export const OVERLAY_TAG = 'red-thread-overlay';
/** The site's labels explained on hover, and the tip cards. */
export const FLOAT_TAG = 'red-thread-float';
/** A short message after a keyboard shortcut. */
export const TOAST_TAG = 'red-thread-toast';
/** The composer's panel under the comment box. */
export const COMPOSER_TAG = 'red-thread-composer';
/** The box next to a selection translated from the context menu. */
export const SELECTION_TAG = 'red-thread-selection';

/** Over each image of the open note (and each image asked for): its text's translations, the flip control, the list of lines. */
export const IMAGE_TEXT_TAG = 'red-thread-image-text';

/** The control on a feed cover (on hover or keyboard focus): "Translate the text in this image". */
export const IMAGE_ASK_TAG = 'red-thread-image-ask';

export const OWN_TAGS = [OVERLAY_TAG, FLOAT_TAG, TOAST_TAG, COMPOSER_TAG, SELECTION_TAG, IMAGE_TEXT_TAG, IMAGE_ASK_TAG] as const;

/** Red Thread's own elements, and the page stylesheet, as an earlier copy of the content script may have left them. */
export const OWN_ELEMENTS_SELECTOR = `${OWN_TAGS.join(', ')}, style[data-red-thread]`;

export function isOverlay(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === OVERLAY_TAG;
}
