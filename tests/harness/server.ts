/**
 * The harness server: one local port that both browsers reach for every host, not only the test
 * hosts (Chromium maps every host name to it with --host-resolver-rules; Firefox uses it as its
 * HTTP and HTTPS proxy). On that port it speaks TLS, plain HTTP, and a proxy's CONNECT (whose
 * tunnel it then answers itself, TLS or plain). Requests dispatch on the Host header:
 * - the RedNote hosts get the fixture pages (tests/fixtures), routed like the real site;
 * - provider hosts get a stand-in that speaks the provider's real wire format, with a
 *   chosen latency or fault;
 * and it records every request, so a test can assert what was sent and where.
 */
import { createServer as createTlsServer, type Server as TlsServer } from 'node:https';
import { createServer as createPlainServer, type IncomingMessage, type Server as PlainServer, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { testCertificate } from './certs';
import { IMAGE_HOSTS, PLAIN_SITE_HOST, SITE_HOSTS } from './hosts';
import { STANDINS, type DecodedRequest, type StandinReply, type StandinRequest } from './standins';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: string }
  | { kind: 'drop' } // the connection is cut before any answer
  | { kind: 'hang' } // no answer at all (the client's timeout must fire)
  | { kind: 'trickle'; bytesPerSecond: number }; // a real answer, very slowly

export interface RecordedRequest {
  at: number;
  host: string;
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  /** The stand-in that answered, when the host is a provider's. */
  provider?: string;
  /** What the stand-in decoded from the provider's wire format. */
  decoded?: DecodedRequest | null;
  status?: number;
  /** When the answer was finished, or the connection closed without one (unset: still in flight). */
  doneAt?: number;
}

/**
 * A host the browser tried to reach, seen before any request: a proxy CONNECT (Firefox), a TLS
 * ClientHello's server name, or a plain request's Host. Recorded even when no request follows
 * (a refused certificate, a dropped tunnel), so an unexpected destination is never unseen.
 */
export interface Destination {
  at: number;
  host: string;
  how: 'connect' | 'tls' | 'http';
}

interface FaultRule {
  provider: string;
  fault: Fault;
  remaining: number;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.json': 'application/json; charset=utf-8',
};

/** Maps a RedNote path to the fixture page that plays it. */
export function fixtureForPath(pathname: string): string | null {
  if (pathname === '/notification') return 'notification.html';
  if (pathname === '/explore' || pathname === '/') return 'explore.html';
  if (/^\/(explore|discovery\/item|search_result)\/[0-9a-f]{24}$/.test(pathname)) return 'note.html';
  if (/^\/user\/profile\/[0-9a-zA-Z]+(\/[0-9a-f]{24})?$/.test(pathname)) return 'profile.html';
  if (pathname === '/search_result') return 'search.html';
  return null;
}

export class HarnessServer {
  readonly requests: RecordedRequest[] = [];
  readonly destinations: Destination[] = [];
  private server: Server | undefined;
  private tls: TlsServer | undefined;
  private plain: PlainServer | undefined;
  private readonly sockets = new Set<Socket>();
  /** Connections that carried a request, with how many of their requests are not answered yet. */
  private readonly answering = new Map<Socket, number>();
  private readonly latency = new Map<string, number>();
  private faults: FaultRule[] = [];
  private readonly overrides = new Map<string, (request: StandinRequest) => StandinReply | null>();
  private readonly pages = new Map<string, string>();

  get port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  async start(): Promise<this> {
    const { key, cert } = testCertificate();
    const handle = (req: IncomingMessage, res: ServerResponse) => void this.handle(req, res);
    this.tls = createTlsServer(
      {
        key,
        cert,
        // Called with the ClientHello's server name, before the browser sees the certificate: the
        // destination is recorded even if the browser then refuses the connection.
        SNICallback: (servername, done) => {
          this.destinations.push({ at: Date.now(), host: servername, how: 'tls' });
          done(null);
        },
      },
      handle,
    );
    this.plain = createPlainServer(handle);
    // A proxy's tunnel (Firefox): say yes, then answer what comes through it ourselves.
    this.plain.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => {
      this.destinations.push({ at: Date.now(), host: (req.url ?? '').replace(/:\d+$/, ''), how: 'connect' });
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) socket.unshift(head);
      this.dispatch(socket);
    });
    this.server = createNetServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
      this.dispatch(socket);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return this;
  }

  /** Hands a connection to the TLS or the plain HTTP server, by its first byte (22: a TLS handshake). */
  private dispatch(socket: Socket): void {
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 22 ? this.tls! : this.plain!).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  }

  /** Every host the browser tried to reach (connections and requests), sorted, each once. */
  destinationHosts(): string[] {
    return [...new Set([...this.destinations.map((d) => d.host), ...this.requests.map((r) => r.host)])].filter(Boolean).sort();
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Forget recorded requests and destinations, latencies, faults, overrides and custom pages. */
  reset(): void {
    this.closeIdleConnections();
    this.requests.length = 0;
    this.destinations.length = 0;
    this.latency.clear();
    this.faults = [];
    this.overrides.clear();
    this.pages.clear();
  }

  setLatency(provider: string, ms: number): void {
    this.latency.set(provider, ms);
  }

  /** The next `times` requests to `provider` get `fault` instead of an answer. */
  fail(provider: string, fault: Fault, times = Number.POSITIVE_INFINITY): void {
    this.closeIdleConnections();
    this.faults.push({ provider, fault, remaining: times });
  }

  /**
   * Closes the kept-alive connections nobody is using, so what follows starts on new ones. A
   * browser that sends a request on a kept-alive connection and sees it closed without an answer
   * sends the request again by itself, on a new connection (both browsers do; HTTP allows it):
   * a connection left over from an earlier test made one 'drop' count twice, and the dropped-
   * connection test flaky (it depended on whether the earlier test's connection had timed out).
   */
  private closeIdleConnections(): void {
    // (http.Server's own closeIdleConnections knows only connections it accepted while listening;
    // ours are handed to it, so the count of open requests per connection is kept here.)
    for (const [connection, open] of this.answering) if (open === 0) connection.destroy();
  }

  clearFaults(provider?: string): void {
    this.faults = provider ? this.faults.filter((f) => f.provider !== provider) : [];
  }

  /** Answer a provider's requests with a function of the test's own (null: fall through to the stand-in). */
  override(provider: string, answer: (request: StandinRequest) => StandinReply | null): void {
    this.overrides.set(provider, answer);
  }

  /** Serve `html` at `path` on both RedNote hosts (a page built by one test). */
  servePage(path: string, html: string): void {
    this.pages.set(path, html);
  }

  /** Requests a provider's stand-in received (all providers when no id is given). */
  providerRequests(provider?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.provider && (!provider || r.provider === provider));
  }

  /** Provider requests received and not answered yet (the connection still open). */
  inFlight(provider?: string): RecordedRequest[] {
    return this.providerRequests(provider).filter((r) => r.doneAt === undefined);
  }

  /** Every text the providers were asked to translate, in order. */
  textsSent(provider?: string): string[] {
    return this.providerRequests(provider).flatMap((r) => r.decoded?.texts ?? []);
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'unknown'}`);
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const record: RecordedRequest = {
      at: Date.now(),
      host,
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    };
    this.requests.push(record);
    const connection = req.socket;
    if (!this.answering.has(connection)) connection.once('close', () => this.answering.delete(connection));
    this.answering.set(connection, (this.answering.get(connection) ?? 0) + 1);
    res.once('close', () => {
      record.doneAt ??= Date.now();
      if (this.answering.has(connection)) this.answering.set(connection, this.answering.get(connection)! - 1);
    });

    if ((SITE_HOSTS as readonly string[]).includes(host) || host === PLAIN_SITE_HOST) {
      await this.serveSite(url, res, record);
      return;
    }
    if ((IMAGE_HOSTS as readonly string[]).includes(host)) {
      await this.serveImage(url, res, record);
      return;
    }
    const request: StandinRequest = { host, method: record.method, path: url.pathname, query: url.searchParams, headers: req.headers, body: record.body };
    const standin = STANDINS.find((s) => s.handles(request));
    if (!standin) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    // The two Google endpoints are one provider to the extension.
    const provider = standin.id === 'google-single' ? 'google' : standin.id;
    record.provider = provider;
    record.decoded = standin.decode(request);

    const delay = this.latency.get(provider) ?? 0;
    if (delay > 0) await new Promise((r) => setTimeout(r, delay));

    const rule = this.faults.find((f) => f.provider === provider && f.remaining > 0);
    if (rule) rule.remaining -= 1;
    const fault = rule?.fault;
    if (fault?.kind === 'drop') {
      record.status = 0;
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'hang') {
      record.status = 0;
      return;
    }
    if (fault?.kind === 'status') {
      record.status = fault.status;
      res.writeHead(fault.status, { 'content-type': 'text/html; charset=utf-8', ...fault.headers }).end(fault.body ?? `<html><body><h1>${fault.status}</h1></body></html>`);
      return;
    }
    const reply = this.overrides.get(provider)?.(request) ?? standin.answer(request);
    record.status = reply.status;
    if (fault?.kind === 'trickle') {
      res.writeHead(reply.status, reply.headers);
      const bytes = Buffer.from(reply.body, 'utf8');
      const step = Math.max(1, Math.round(fault.bytesPerSecond / 10));
      for (let i = 0; i < bytes.length && !res.destroyed; i += step) {
        res.write(bytes.subarray(i, i + step));
        await new Promise((r) => setTimeout(r, 100));
      }
      res.end();
      return;
    }
    res.writeHead(reply.status, reply.headers).end(reply.body);
  }

  /**
   * The image hosts: the last path segment before `!` names a file in tests/fixtures/images
   * (`/{ts}/{signature}/{file}!{style}`, like a signed slide URL); anything else is a 404.
   */
  private async serveImage(url: URL, res: ServerResponse, record: RecordedRequest): Promise<void> {
    const file = decodeURIComponent(url.pathname.split('/').pop() ?? '').split('!')[0] ?? '';
    const mime = MIME[extname(file)];
    if (!/^[\w.-]+$/.test(file) || !mime?.startsWith('image/')) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(join(FIXTURES, 'images', file));
      record.status = 200;
      res.writeHead(200, { 'content-type': mime, 'content-length': body.length, 'access-control-allow-origin': '*' }).end(body);
    } catch {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  }

  private async serveSite(url: URL, res: ServerResponse, record: RecordedRequest): Promise<void> {
    const custom = this.pages.get(url.pathname);
    if (custom !== undefined) {
      record.status = 200;
      res.writeHead(200, { 'content-type': MIME['.html']! }).end(custom);
      return;
    }
    let file: string | null = null;
    if (url.pathname.startsWith('/__fixture/')) {
      const relative = normalize(url.pathname.slice('/__fixture/'.length));
      if (!relative.startsWith('..')) file = relative;
    } else {
      file = fixtureForPath(url.pathname);
    }
    if (!file) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(join(FIXTURES, file));
      record.status = 200;
      res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  }
}
