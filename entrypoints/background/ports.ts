/**
 * The translation port: each content script keeps one open while it has work. Units arrive in
 * batches (one message per flush) and answers go back as soon as they are ready, gathered per
 * moment. When the port closes (the page left, or the worker stopped), its queued work is dropped;
 * a page that still waits re-asks on a new port.
 */
import { browser, type Runtime } from '@/utils/browser';
import { MAX_MESSAGE_CHARS, TRANSLATE_PORT, portRequestSchema, type PortReply, type SegmentResult } from '@/utils/schemas/messages';
import type { LanguageCode } from '@/utils/languages';
import type { BackgroundTranslation } from './translation';

let nextOwner = 0;

/**
 * Adds to each translated unit the slang found in its source text (when the reader wants chips).
 * May wait: right after the worker starts, its glossary is still loading.
 */
export type Annotate = (results: SegmentResult[], sourceOf: (id: string) => string | undefined, to: LanguageCode) => SegmentResult[] | Promise<SegmentResult[]>;

export function listenForTranslationPorts(translation: BackgroundTranslation, annotate: Annotate): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== TRANSLATE_PORT) return;
    if (port.sender?.id !== browser.runtime.id) {
      port.disconnect();
      return;
    }
    const owner = `port-${++nextOwner}`;
    const post = (reply: PortReply) => {
      try {
        port.postMessage(reply);
      } catch {
        // The page is gone; onDisconnect cleans up.
      }
    };
    // What each unit asked was, until it is answered: the glossary looks at the source text.
    const asked = new Map<string, { text: string; to: LanguageCode }>();
    const deliver = (results: SegmentResult[]) => {
      const to = asked.get(results[0]?.id ?? '')?.to;
      const sources = new Map(results.map((r) => [r.id, asked.get(r.id)?.text]));
      for (const r of results) asked.delete(r.id);
      if (!to) return post({ type: 'results', results });
      void Promise.resolve(annotate(results, (id) => sources.get(id), to)).then(
        (annotated) => post({ type: 'results', results: annotated }),
        () => post({ type: 'results', results }), // never lose the translations for want of chips
      );
    };

    // The port calls its listeners without awaiting them: the handler's promise is ours to keep (it never rejects).
    const onMessage = async (message: unknown) => {
      await translation.ready;
      if (tooLarge(message)) {
        post({ type: 'refused', code: 'too-large', message: 'The message is too large.' });
        return;
      }
      const parsed = portRequestSchema().safeParse(message);
      if (!parsed.success) {
        post({ type: 'refused', code: 'bad-request', message: 'The message is not valid.' });
        return;
      }
      const request = parsed.data;
      if (request.type === 'translate') {
        for (const segment of request.segments) asked.set(segment.id, { text: segment.text, to: request.to });
        translation.service.request(owner, deliver, request.segments, request.to, { retry: request.retry === true });
      } else {
        for (const id of request.ids) asked.delete(id);
        translation.service.cancel(owner, request.ids);
      }
    };
    port.onMessage.addListener((message: unknown) => void onMessage(message));
    port.onDisconnect.addListener(() => translation.service.release(owner));
  });
}

function tooLarge(message: unknown): boolean {
  try {
    return (JSON.stringify(message)?.length ?? 0) > MAX_MESSAGE_CHARS;
  } catch {
    return true;
  }
}
