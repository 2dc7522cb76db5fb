/**
 * The real web host in-process on a random loopback port with a temp data directory, driven
 * over real HTTP: transport security (token, Host, Origin, body limit), statics and their
 * headers, the vault through the contract, events, and the explicit --web-host opt-in.
 */
import { request } from 'node:http';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseWebHostArgs,
  startWebHost,
  WebHostUsageError,
  type WebHost,
} from '../../../../electron/web-host/web-host';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let root: string;
let host: WebHost;

function send(options: {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const auth = (): Record<string, string> => ({
  Authorization: `Bearer ${host.token}`,
  'Content-Type': 'application/json',
});

function call(channel: string, input: unknown, headers: Record<string, string> = auth()): Promise<Reply> {
  return send({ method: 'POST', path: `/host/${channel}`, headers, body: JSON.stringify({ input }) });
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sohoa-webhost-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>sohoa</title>');
  host = await startWebHost({ dataDir: join(root, 'data'), rendererDir, version: '9.9.9', maxBodyBytes: 4096 });
});

afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

describe('web host', () => {
  it('listens on 127.0.0.1 with a random port and a 256-bit token', () => {
    expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
    expect(host.port).toBeGreaterThan(0);
    expect(Buffer.from(host.token, 'base64url')).toHaveLength(32);
  });

  it('serves statics without a token, with CSP and companion headers', async () => {
    const res = await send({ path: '/' });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>sohoa</title>');
    expect(res.headers['content-security-policy']).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 404 for unknown paths and traversal, 405 for other methods', async () => {
    expect((await send({ path: '/nope.js' })).status).toBe(404);
    expect((await send({ path: '/../package.json' })).status).toBe(404);
    expect((await send({ path: '/', method: 'POST' })).status).toBe(405);
    expect((await send({ path: '/host/app.info', headers: auth() })).status).toBe(405);
  });

  it('answers 401 without a token or with a wrong one', async () => {
    const none = await call('app.info', {}, { 'Content-Type': 'application/json' });
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer');
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorised' } });
    const wrong = await call('app.info', {}, { ...auth(), Authorization: `Bearer ${'A'.repeat(43)}` });
    expect(wrong.status).toBe(401);
    const prefix = await call('app.info', {}, { ...auth(), Authorization: `Bearer ${host.token.slice(0, -1)}` });
    expect(prefix.status).toBe(401);
    const basic = await call('app.info', {}, { ...auth(), Authorization: `Basic ${host.token}` });
    expect(basic.status).toBe(401);
  });

  it('answers 403 for a foreign Host (DNS rebinding) or Origin, even with the token', async () => {
    expect((await call('app.info', {}, { ...auth(), Host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await call('app.info', {}, { ...auth(), Host: `127.0.0.1:${host.port + 1}` })).status).toBe(403);
    expect((await send({ path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await call('app.info', {}, { ...auth(), Origin: 'http://evil.example' })).status).toBe(403);
    expect((await call('app.info', {}, { ...auth(), Origin: `http://localhost:${host.port}` })).status).toBe(403);
    expect((await call('app.info', {}, { ...auth(), Origin: 'null' })).status).toBe(403);
  });

  it('works with the token from the served origin, via 127.0.0.1 or localhost', async () => {
    const res = await call('app.info', {}, { ...auth(), Origin: host.origin });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      value: { version: '9.9.9', mode: 'web', platform: process.platform, deviceBinding: 'device-file' },
    });
    const local = await call('app.info', {}, { ...auth(), Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` });
    expect(local.status).toBe(200);
  });

  it('returns contract errors as values and rejects malformed bodies', async () => {
    expect(JSON.parse((await call('files.delete', {})).body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect(JSON.parse((await call('vault.seal', { data: '!!' })).body)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    const notJson = await send({ method: 'POST', path: '/host/app.info', headers: auth(), body: '{' });
    expect(notJson.status).toBe(400);
    const noInput = await send({ method: 'POST', path: '/host/app.info', headers: auth(), body: '{}' });
    expect(noInput.status).toBe(400);
    const form = await send({
      method: 'POST',
      path: '/host/app.info',
      headers: { ...auth(), 'Content-Type': 'text/plain' },
      body: JSON.stringify({ input: {} }),
    });
    expect(form.status).toBe(415);
  });

  it('enforces the body size limit', async () => {
    const big = await call('vault.seal', { data: 'A'.repeat(8192) });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ ok: false, error: { code: 'body_too_large' } });
    expect((await call('app.info', {})).status).toBe(200);
  });

  it('seals and unseals through the contract and reports tampering as a value', async () => {
    const data = Buffer.from('wrapped key slot bytes').toString('base64');
    const sealed = JSON.parse((await call('vault.seal', { data })).body) as { ok: true; value: { sealed: string } };
    expect(sealed.ok).toBe(true);
    const opened = JSON.parse((await call('vault.unseal', { sealed: sealed.value.sealed })).body) as unknown;
    expect(opened).toEqual({ ok: true, value: { data } });

    const bytes = Buffer.from(sealed.value.sealed, 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    const tampered = JSON.parse((await call('vault.unseal', { sealed: bytes.toString('base64') })).body) as unknown;
    expect(tampered).toMatchObject({ ok: false, error: { code: 'vault_unseal_failed' } });
  });

  it('keeps device.key 0600 in a 0700 data directory and logs to it', async () => {
    expect((await stat(join(host.dataDir, 'device.key'))).mode & 0o777).toBe(0o600);
    expect((await stat(host.dataDir)).mode & 0o777).toBe(0o700);
    await call('log.write', { level: 'info', event: 'test.ping', fields: { n: 1 } });
    const diag = JSON.parse((await call('diagnostics.read', { maxLines: 5 })).body) as { value: { logTail: string[] } };
    expect(diag.value.logTail.at(-1)).toContain('"test.ping"');
  });

  it('streams host events to an authenticated client only', async () => {
    expect((await send({ path: '/host/events' })).status).toBe(401);
    const frame = await new Promise<string>((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: host.port, path: '/host/events', headers: { Authorization: `Bearer ${host.token}` } },
        (res) => {
          expect(res.headers['content-type']).toContain('text/event-stream');
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes(': connected')) host.emit('system.lock', { reason: 'suspend' });
            if (text.includes('event: system.lock')) {
              req.destroy();
              resolve(text);
            }
          });
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(frame).toContain('event: system.lock\ndata: {"reason":"suspend"}\n\n');
  });

  it('refuses to start without the explicit --web-host flag', () => {
    const defaults = { cwd: root, rendererDir: join(root, 'renderer'), version: '1' };
    expect(() => parseWebHostArgs([], defaults)).toThrow(WebHostUsageError);
    expect(() => parseWebHostArgs(['--port', '8080'], defaults)).toThrow(/--web-host/);
    expect(() => parseWebHostArgs(['--web-host', '--host', '0.0.0.0'], defaults)).toThrow(/unknown argument/);
    expect(() => parseWebHostArgs(['--web-host', '--port', 'x'], defaults)).toThrow(/--port/);
    expect(parseWebHostArgs(['--web-host'], defaults)).toMatchObject({ port: 0, dataDir: join(root, '.data', 'web-host') });
    expect(parseWebHostArgs(['--web-host', '--port', '4000', '--data-dir', 'd'], defaults)).toMatchObject({
      port: 4000,
      dataDir: join(root, 'd'),
    });
  });
});
