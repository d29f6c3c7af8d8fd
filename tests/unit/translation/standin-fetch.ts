/**
 * A fetch that hands requests to the browser suites' provider stand-ins in-process, so each
 * provider module is unit-tested against its provider's real wire format (and error replies)
 * without a network. Records what was sent.
 */
import { STANDINS, type StandinReply, type StandinRequest } from '../../harness/standins';

export interface SentRequest extends StandinRequest {
  url: string;
}

export function standinFetch(options: { override?: (request: StandinRequest) => StandinReply | null } = {}) {
  const sent: SentRequest[] = [];
  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    if (init.signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    const url = new URL(input);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, key) => (headers[key] = value));
    const request: StandinRequest = {
      host: url.hostname,
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: typeof init.body === 'string' ? init.body : '',
    };
    sent.push({ ...request, url: input });
    const reply = options.override?.(request) ?? STANDINS.find((s) => s.handles(request))?.answer(request);
    if (!reply) throw new TypeError('Failed to fetch');
    return new Response(reply.body, { status: reply.status, headers: reply.headers });
  };
  return { fetch, sent };
}
