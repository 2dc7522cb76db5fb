/**
 * Smoke test of the web-host path: the built renderer loads under the strict CSP in Debian
 * Chromium, and the host contract answers from inside the page with the launch token.
 */
import { expect, test } from './fixtures/harness';

test('page loads under the CSP and app.info answers through the web host', async ({ sohoa }) => {
  const cspViolations: string[] = [];
  sohoa.page.on('console', (msg) => {
    if (msg.text().includes('Content Security Policy')) cspViolations.push(msg.text());
  });
  const response = await sohoa.page.reload();
  expect(response?.status()).toBe(200);
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  await expect(sohoa.page.locator('#root')).not.toBeEmpty();

  const result = await sohoa.page.evaluate(async (token) => {
    const res = await fetch('/host/app.info', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: {} }),
    });
    return res.json() as Promise<unknown>;
  }, sohoa.host.token);
  expect(result).toMatchObject({ ok: true, value: { mode: 'web', deviceBinding: 'device-file' } });

  const withoutToken = await sohoa.page.evaluate(async () => {
    const res = await fetch('/host/app.info', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: {} }),
    });
    return res.status;
  });
  expect(withoutToken).toBe(401);
  expect(cspViolations).toEqual([]);
});

test('restart keeps the browser profile and the page origin', async ({ sohoa }) => {
  const before = sohoa.host;
  await sohoa.page.evaluate(() => localStorage.setItem('sohoa.e2e.probe', 'kept'));

  await sohoa.restart();
  expect(sohoa.host.token).toBe(before.token);
  expect(await sohoa.page.evaluate(() => localStorage.getItem('sohoa.e2e.probe'))).toBe('kept');

  await sohoa.restart({ host: true });
  expect(sohoa.host.origin).toBe(before.origin);
  expect(sohoa.host.token).not.toBe(before.token);
  expect(await sohoa.page.evaluate(() => localStorage.getItem('sohoa.e2e.probe'))).toBe('kept');
});
