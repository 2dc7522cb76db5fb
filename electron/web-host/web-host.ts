/**
 * The loopback web host: serves the built renderer and the host contract over HTTP to plain
 * Chromium on this machine only. It owns transport security (127.0.0.1 bind, per-launch bearer
 * token, Host and Origin checks, body limit, security headers) and nothing else; the contract
 * logic lives in the router. Must not import 'electron' and must never log request bodies.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { hostEvents, type HostEventName, type HostEventPayload } from '../../shared/host/contract';
import { createFileLogSink } from '../host/file-log-sink';
import { homeExportFolder } from '../host/export-files';
import { createHandlers } from '../host/handlers';
import { createRouter } from '../host/router';
import { SECURITY_HEADERS } from '../host/security-headers';
import { readStaticFile } from '../host/static-files';
import { openDeviceFileVault } from './device-file-vault';
import { webExportFolders } from './export-folders';

/** Large enough for the contract's 16 MiB base64 fields plus JSON framing. */
export const DEFAULT_MAX_BODY_BYTES = 20 * 1024 * 1024;
const SSE_KEEPALIVE_MS = 25_000;

export interface WebHostOptions {
  dataDir: string;
  rendererDir: string;
  version: string;
  /** 0 picks a random free port. */
  port?: number;
  maxBodyBytes?: number;
}

export interface WebHost {
  readonly url: string;
  readonly origin: string;
  readonly port: number;
  /** SECURITY: the per-launch bearer secret; print it only in the launch URL fragment. */
  readonly token: string;
  readonly dataDir: string;
  emit<E extends HostEventName>(event: E, payload: HostEventPayload<E>): void;
  close(): Promise<void>;
}

export class WebHostUsageError extends Error {
  override name = 'WebHostUsageError';
}

/** Parses the CLI. The explicit `--web-host` flag is required so the server never starts by accident. */
export function parseWebHostArgs(
  argv: readonly string[],
  defaults: { cwd: string; rendererDir: string; version: string },
): WebHostOptions {
  if (!argv.includes('--web-host')) {
    throw new WebHostUsageError(
      'refusing to start: pass --web-host to serve sohoa to a local browser (loopback only)',
    );
  }
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    if (index === -1) return undefined;
    const next = argv[index + 1];
    if (next === undefined || next.startsWith('--')) throw new WebHostUsageError(`${flag} needs a value`);
    return next;
  };
  const known = new Set(['--web-host', '--port', '--data-dir']);
  for (const [i, arg] of argv.entries()) {
    const previous = argv[i - 1];
    const isValue = previous === '--port' || previous === '--data-dir';
    if (!isValue && !known.has(arg)) throw new WebHostUsageError(`unknown argument: ${arg}`);
  }
  const portText = value('--port');
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WebHostUsageError('--port must be 0..65535');
  return {
    dataDir: resolve(defaults.cwd, value('--data-dir') ?? join('.data', 'web-host')),
    rendererDir: defaults.rendererDir,
    version: defaults.version,
    port,
  };
}

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const dataDir = resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const log = createFileLogSink({ dir: join(dataDir, 'logs') });
  const vault = await openDeviceFileVault(dataDir);
  const router = createRouter(
    createHandlers({
      vault,
      log,
      info: {
        version: options.version,
        mode: 'web',
        platform: process.platform,
        arch: process.arch,
        deviceBinding: 'device-file',
        versions: { node: process.versions.node },
      },
      exportFolders: webExportFolders(await homeExportFolder()),
    }),
    { log: (event) => log.write(event) },
  );

  const token = randomBytes(32).toString('base64url');
  const tokenDigest = sha256(token);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const streams = new Set<ServerResponse>();
  let port = 0;

  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

  const send = (res: ServerResponse, status: number, body: string | Buffer, type: string): void => {
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const sendJson = (res: ServerResponse, status: number, value: unknown): void =>
    send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
  const refuse = (res: ServerResponse, status: number, code: string, message: string): void =>
    sendJson(res, status, { ok: false, error: { code, message } });

  const authorised = (req: IncomingMessage): boolean => {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(header);
    // SECURITY: compare fixed-length digests so timing reveals neither length nor prefix.
    return match?.[1] !== undefined && timingSafeEqual(sha256(match[1]), tokenDigest);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    // SECURITY: DNS-rebinding defence; a page on evil.example resolving to 127.0.0.1 sends its own Host.
    if (!allowedHosts().includes(host)) return refuse(res, 403, 'forbidden', 'unexpected Host header');
    const url = new URL(req.url ?? '/', `http://${host}`);

    if (!url.pathname.startsWith('/host/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'method_not_allowed', 'method not allowed');
      const file = await readStaticFile(options.rendererDir, url.pathname);
      if (!file) return refuse(res, 404, 'not_found', 'not found');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': file.contentType, 'Content-Length': file.body.length });
      res.end(req.method === 'HEAD' ? undefined : file.body);
      return;
    }

    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${host}`) return refuse(res, 403, 'forbidden', 'foreign Origin');
    if (!authorised(req)) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return refuse(res, 401, 'unauthorised', 'missing or wrong bearer token');
    }

    if (url.pathname === '/host/events') {
      if (req.method !== 'GET') return refuse(res, 405, 'method_not_allowed', 'method not allowed');
      res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
      res.write(': connected\n\n');
      streams.add(res);
      const keepalive = setInterval(() => res.write(': keepalive\n\n'), SSE_KEEPALIVE_MS);
      res.on('close', () => {
        clearInterval(keepalive);
        streams.delete(res);
      });
      return;
    }

    const channel = url.pathname.slice('/host/'.length);
    if (req.method !== 'POST') return refuse(res, 405, 'method_not_allowed', 'method not allowed');
    if (!/^application\/json(;|$)/i.test(req.headers['content-type'] ?? '')) {
      return refuse(res, 415, 'unsupported_media_type', 'body must be application/json');
    }
    const body = await readBody(req, maxBodyBytes);
    if (body === 'too_large') {
      res.setHeader('Connection', 'close');
      return refuse(res, 413, 'body_too_large', `body exceeds ${maxBodyBytes} bytes`);
    }
    let envelope: unknown;
    try {
      envelope = JSON.parse(body.toString('utf8'));
    } catch {
      return refuse(res, 400, 'bad_request', 'body is not JSON');
    }
    if (typeof envelope !== 'object' || envelope === null || !('input' in envelope)) {
      return refuse(res, 400, 'bad_request', 'body must be {"input": …}');
    }
    sendJson(res, 200, await router.call(channel, envelope.input, { transport: 'web' }));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) refuse(res, 500, 'internal', 'internal host error');
      else res.destroy();
    });
  });
  server.requestTimeout = 120_000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0, exclusive: true }, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  await log.write({ level: 'info', event: 'webhost.started', fields: { port } });

  return {
    url: `${origin}/`,
    origin,
    port,
    token,
    dataDir,
    emit(event, payload) {
      const data = JSON.stringify(hostEvents[event].parse(payload));
      for (const stream of streams) stream.write(`event: ${event}\ndata: ${data}\n\n`);
    },
    async close() {
      for (const stream of streams) stream.end();
      await new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      });
    },
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      req.resume();
      resolveBody('too_large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolveBody('too_large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
