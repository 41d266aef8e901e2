import type { IncomingMessage, Server, ServerOptions, ServerResponse } from 'node:http';

/** Limits on what one client may ask of the web page, so that a slow or huge request cannot hold the server. */
export interface RequestLimits {
  /** Milliseconds a client has to send its request headers (a slow "slowloris" client is cut off after this). */
  headersTimeoutMs: number;
  /** Milliseconds a client has to send its whole request. */
  requestTimeoutMs: number;
  /** Milliseconds an idle keep-alive connection stays open. */
  keepAliveTimeoutMs: number;
  /** Milliseconds a connection may stay silent (nothing read or written) before it is closed, e.g. a client that stops reading. */
  idleSocketMs: number;
  /** How often, in ms, Node checks connections against the header and request timeouts. */
  checkEveryMs: number;
  /** Longest request target (path and query), in characters; longer gets 414. */
  maxUrlChars: number;
  /** Largest request header block, in bytes; larger gets 431 from Node. */
  maxHeaderBytes: number;
  /** Connections open at once; more are refused until some close. */
  maxConnections: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  idleSocketMs: 60_000,
  checkEveryMs: 1_000,
  maxUrlChars: 4_096,
  maxHeaderBytes: 16_384,
  maxConnections: 256,
};

/** Options for http.createServer under `limits`. */
export const serverOptions = (limits: RequestLimits): ServerOptions => ({
  maxHeaderSize: limits.maxHeaderBytes,
  headersTimeout: limits.headersTimeoutMs,
  requestTimeout: limits.requestTimeoutMs,
  keepAliveTimeout: limits.keepAliveTimeoutMs,
  connectionsCheckingInterval: limits.checkEveryMs,
});

/** Applies the limits that are set on a created server. */
export function limitServer(server: Server, limits: RequestLimits): void {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.setTimeout(limits.idleSocketMs, (socket) => socket.destroy());
}

/** Answers a refused request (and closes its connection); returns null, the "no URL" of acceptRequest. */
const refuse = (res: ServerResponse, status: number, text: string): null => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', Connection: 'close', 'X-Content-Type-Options': 'nosniff' });
  res.end(`${text}\n`);
  return null;
};

/**
 * The URL of an acceptable request, or null once the request has been answered with an error: only GET and HEAD,
 * no body (the page takes no uploads), a target of at most `maxUrlChars` that parses as a URL. Path segments such
 * as `..` and `%2e%2e` are resolved by the URL parser, and routes match whole paths, so no request names a file.
 */
export function acceptRequest(req: IncomingMessage, res: ServerResponse, limits: RequestLimits): URL | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'only GET and HEAD: this page is read-only');
  if (Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding']) return refuse(res, 413, 'requests with a body are refused');
  const target = req.url ?? '/';
  if (target.length > limits.maxUrlChars) return refuse(res, 414, `the address is longer than ${limits.maxUrlChars} characters`);
  try {
    return new URL(target.startsWith('/') ? target : `/${target}`, 'http://localhost');
  } catch {
    return refuse(res, 400, 'not an address this page understands');
  }
}
