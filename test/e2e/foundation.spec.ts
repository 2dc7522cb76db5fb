/**
 * The foundation flows in Debian Chromium through the web host, each test on its own data
 * directory and browser profile: first run, accounts and roles, lock and unlock, the growing
 * delay after wrong passwords (kept across a restart), and a technician kept out of citizen data.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/harness';
import { createUser, login, logout, setupCommune, type Account } from './pages/books-page';

const LEAD: Account = { username: 'to.truong', displayName: 'PHẠM THỊ HƯỜNG', password: 'Sổ hộ tịch 1996!' };
const CLERK: Account = { username: 'nhap.lieu', displayName: 'LÒ THỊ XUYẾN', password: 'Bàn phím số 42 ok' };
const POLICE: Account = { username: 'cong.an', displayName: 'HÀ VĂN QUYẾT', password: 'Kiểm tra máy 2026' };
const TECH: Account = { username: 'ky.thuat', displayName: 'VI VĂN KỸ', password: 'Máy tính xách tay 7' };

const navIds = async (page: Page) =>
  page.locator('[data-testid^="nav-"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-testid')));

test('first run, people and roles, lock and unlock, audit chain', async ({ sohoa }) => {
  const { page } = sohoa;
  const recoveryCode = await setupCommune(page, LEAD);
  expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
  await expect(page.getByTestId('commune-name')).toContainText('Ba Đình');

  await createUser(page, { ...CLERK, roles: ['clerk'] });
  await createUser(page, { ...POLICE, roles: ['police'] });
  await expect(page.getByTestId(`user-row-${CLERK.username}`)).toContainText(CLERK.displayName);

  await logout(page);
  await login(page, CLERK.username, CLERK.password);
  await expect(page.getByTestId('current-user')).toHaveText(CLERK.displayName);
  expect(await navIds(page)).toEqual(['nav-books', 'nav-entry', 'nav-verification', 'nav-search', 'nav-settings']);

  await page.keyboard.press('Control+l');
  await expect(page.getByTestId('login-submit')).toBeVisible();
  await expect(page.getByText(CLERK.displayName)).toHaveCount(0);

  await login(page, POLICE.username, POLICE.password);
  expect(await navIds(page)).toContain('nav-audit');
  await page.getByTestId('nav-audit').click();
  await expect(page.getByTestId('audit-table')).toContainText(CLERK.displayName);
  await page.getByTestId('audit-verify-button').click();
  await expect(page.getByTestId('audit-verify')).toContainText(/toàn vẹn|hợp lệ/i);
});

test('wrong passwords bring a growing delay that survives a restart', async ({ sohoa }) => {
  await setupCommune(sohoa.page, LEAD);
  await logout(sohoa.page);
  const attempt = async (password: string) => {
    const page = sohoa.page;
    await page.locator('input[name="username"]').fill(LEAD.username);
    await page.locator('input[name="password"]').fill(password);
    await page.getByTestId('login-submit').click();
    await expect(page.getByTestId('login-error')).toBeVisible();
  };
  for (let i = 1; i <= 4; i++) {
    await attempt(`sai mật khẩu ${i}`);
    await expect(sohoa.page.getByTestId('login-submit')).toBeEnabled();
  }
  await attempt('sai mật khẩu 5');
  await expect(sohoa.page.getByTestId('login-error')).toContainText('Vui lòng chờ');
  await expect(sohoa.page.getByTestId('login-submit')).toBeDisabled();
  await expect(sohoa.page.getByTestId('login-submit')).toBeEnabled({ timeout: 5_000 });
  await attempt('sai mật khẩu 6');
  await expect(sohoa.page.getByTestId('login-submit')).toBeEnabled({ timeout: 5_000 });
  await attempt('sai mật khẩu 7');
  await expect(sohoa.page.getByTestId('login-error')).toContainText(/chờ [34] giây/);

  // The counter lives in the store, not the page: a restarted browser still has to wait.
  await sohoa.restart();
  await attempt(LEAD.password);
  await expect(sohoa.page.getByTestId('login-error')).toContainText('Vui lòng chờ');
  await expect(sohoa.page.getByTestId('lock-button')).toHaveCount(0);

  await expect(sohoa.page.getByTestId('login-submit')).toBeEnabled({ timeout: 10_000 });
  await login(sohoa.page, LEAD.username, LEAD.password);
  await sohoa.page.getByTestId('nav-audit').click();
  await expect(sohoa.page.getByTestId('audit-table')).toContainText('Đăng nhập thất bại');
});

test('a technician reaches settings and diagnostics but no citizen data', async ({ sohoa }) => {
  const { page } = sohoa;
  await setupCommune(page, LEAD);
  await createUser(page, { ...TECH, roles: ['technician'] });
  await logout(page);
  await login(page, TECH.username, TECH.password);
  expect(await navIds(page)).toEqual(['nav-settings', 'nav-diagnostics']);
  await page.getByTestId('nav-diagnostics').click();
  await expect(page.getByTestId('log-tail')).toBeVisible();
  for (const digit of ['1', '2', '3', '4', '5']) {
    await page.keyboard.press(`Alt+Digit${digit}`);
    await expect(page.locator('[data-testid="screen-books"], [data-testid="screen-search"], [data-testid="screen-entry"], [data-testid="screen-audit"]')).toHaveCount(0);
  }
});
