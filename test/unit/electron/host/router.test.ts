/**
 * Router boundary rules against the real contract: unknown channels, input and output
 * validation, errors as values, and a handler map that must match the contract exactly.
 */
import { describe, expect, it } from 'vitest';
import type { LogEvent } from '../../../../shared/host/contract';
import { HostFailure } from '../../../../electron/host/host-failure';
import { createRouter, type CallContext, type Handlers } from '../../../../electron/host/router';

const ctx: CallContext = { transport: 'memory' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'app.info': async () => ({ version: '1.0.0', mode: 'web', platform: 'linux', deviceBinding: 'device-file' }),
    'vault.seal': async ({ data }) => ({ sealed: data }),
    'vault.unseal': async ({ sealed }) => ({ data: sealed }),
    'log.write': async () => ({}),
    'diagnostics.read': async ({ maxLines }) => ({
      version: '1.0.0',
      mode: 'web',
      platform: 'linux',
      arch: 'x64',
      node: '20',
      logTail: [String(maxLines)],
    }),
    'files.exportFolder': async () => ({ folder: '/home/x/Xuất dữ liệu', canChoose: false }),
    'files.chooseFolder': async () => ({ folder: null }),
    'files.writeExport': async ({ folder }) => ({ folder, files: [] }),
    'files.stageBegin': async () => ({ stage: '0'.repeat(32) }),
    'files.stageAppend': async () => ({ bytes: 0 }),
    'files.stageFinish': async () => ({ bytes: 0, sha256: '0'.repeat(64) }),
    'files.stageAbort': async () => ({}),
    ...overrides,
  };
}

describe('createRouter', () => {
  it('answers a valid call and applies input defaults', async () => {
    const router = createRouter(handlers());
    await expect(router.call('app.info', {}, ctx)).resolves.toEqual({
      ok: true,
      value: { version: '1.0.0', mode: 'web', platform: 'linux', deviceBinding: 'device-file' },
    });
    const diag = await router.call('diagnostics.read', {}, ctx);
    expect(diag).toMatchObject({ ok: true, value: { logTail: ['200'] } });
  });

  it('refuses unknown channels, including inherited object keys', async () => {
    const router = createRouter(handlers());
    for (const channel of ['nope', 'toString', '__proto__', 'constructor']) {
      await expect(router.call(channel, {}, ctx)).resolves.toEqual({
        ok: false,
        error: { code: 'unknown_channel', message: 'unknown channel' },
      });
    }
  });

  it('reports bad input by path and never echoes the values', async () => {
    const router = createRouter(handlers());
    const secret = 'Nguyễn Văn An 001099012345';
    const result = await router.call('vault.seal', { data: secret }, ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    if (result.ok) throw new Error('expected failure');
    expect(result.error.message).toContain('data');
    expect(result.error.message).not.toContain('Nguy');

    const badKey = await router.call('log.write', { level: 'info', event: 'x.y', fields: { 'Nguyen Van An': 1 } }, ctx);
    if (badKey.ok) throw new Error('expected failure');
    expect(badKey.error.code).toBe('bad_input');
    expect(badKey.error.message).toContain('fields.*');
    expect(badKey.error.message).not.toContain('Nguyen');

    const notObject = await router.call('app.info', 'Nguyen', ctx);
    if (notObject.ok) throw new Error('expected failure');
    expect(notObject.error.message).toBe('invalid input at: (root) (invalid_type)');
  });

  it('turns a HostFailure into its code and message', async () => {
    const router = createRouter(
      handlers({ 'vault.unseal': () => Promise.reject(new HostFailure('vault_unseal_failed', 'tampered')) }),
    );
    await expect(router.call('vault.unseal', { sealed: 'AAAA' }, ctx)).resolves.toEqual({
      ok: false,
      error: { code: 'vault_unseal_failed', message: 'tampered' },
    });
  });

  it('turns any other error into a generic internal error, logged without values', async () => {
    const logged: LogEvent[] = [];
    const router = createRouter(
      handlers({ 'vault.seal': () => Promise.reject(new TypeError('cannot seal Nguyễn Văn An')) }),
      { log: async (event) => void logged.push(event) },
    );
    await expect(router.call('vault.seal', { data: 'AAAA' }, ctx)).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: 'internal host error' },
    });
    expect(logged).toEqual([
      { level: 'error', event: 'host.internal_error', fields: { channel: 'vault.seal', errorName: 'TypeError' } },
    ]);
    expect(JSON.stringify(logged)).not.toContain('Nguy');
  });

  it('never throws, even when the handler throws a non-Error or the logger fails', async () => {
    const router = createRouter(
      handlers({ 'app.info': () => Promise.reject('plain string') }),
      { log: () => Promise.reject(new Error('disk full')) },
    );
    await expect(router.call('app.info', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('refuses handler output that does not match the contract', async () => {
    const logged: LogEvent[] = [];
    const bad = handlers();
    // A handler written in plain JS, or one returning data from an untyped source.
    Object.assign(bad, { 'app.info': async () => ({ version: 1, mode: 'desktop' }) });
    const router = createRouter(bad, { log: async (event) => void logged.push(event) });
    await expect(router.call('app.info', {}, ctx)).resolves.toMatchObject({ ok: false, error: { code: 'bad_output' } });
    expect(logged).toEqual([{ level: 'error', event: 'host.bad_output', fields: { channel: 'app.info' } }]);
  });

  it('refuses a handler map with missing or extra channels', () => {
    const { 'log.write': _dropped, ...missing } = handlers();
    // @ts-expect-error a handler map without every contract channel must not compile
    expect(() => createRouter(missing)).toThrow(/missing: log\.write/);

    const extra = { ...handlers(), 'files.delete': async () => ({}) };
    expect(() => createRouter(extra)).toThrow(/extra: files\.delete/);
  });
});
