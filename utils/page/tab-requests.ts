/**
 * The content script's side of the tab channel: requests from the popup and the background
 * (status, the page switch, retry, a shortcut's announcement, a selection to translate), checked
 * with zod here, where they arrive, and handed to the handler for their type until `signal` ends.
 */
import { dispatch, listenForMessages, type TabHandlers } from '@/utils/messaging';
import { tabRequestSchema } from '@/utils/schemas/messages';

export function listenForTabRequests(handlers: TabHandlers, signal: AbortSignal): void {
  listenForMessages((message, sender) => {
    const parsed = tabRequestSchema().safeParse(message);
    return parsed.success ? dispatch(handlers, parsed.data, sender) : undefined;
  }, signal);
}
