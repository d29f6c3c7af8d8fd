export interface StandinRequest {
  host: string;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface StandinReply {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** What a provider stand-in got, decoded from its wire format: the texts asked for and the languages. */
export interface DecodedRequest {
  texts: string[];
  from: string | null;
  to: string | null;
}

export interface Standin {
  id: string;
  /** True when this stand-in answers the request (host and path). */
  handles(request: StandinRequest): boolean;
  /** Reads the texts out of a request in the provider's real format; null when the request is malformed. */
  decode(request: StandinRequest): DecodedRequest | null;
  answer(request: StandinRequest): StandinReply;
}

export function json(status: number, value: unknown, headers: Record<string, string> = {}): StandinReply {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(value) };
}

export function header(request: StandinRequest, name: string): string | undefined {
  const value = request.headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
