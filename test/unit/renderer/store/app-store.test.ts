import { describe, expect, it } from 'vitest';
import { BOOK_FILE_PATTERN } from '../../../../shared/excel/file-names';
import { auditRowsInOrder } from '../../../../renderer/store/audit-chain';
import { keyFor } from '../../../../renderer/store/records';
import { StoreError } from '../../../../renderer/store/types';
import { commune, LEAD, openTestStore, provisioned } from './store-harness';

const CLERK = { username: 'nhap.lieu1', displayName: 'LÒ THỊ XUYẾN', roles: ['clerk' as const], password: 'Bàn phím số 42 ok' };
const TECH = { username: 'ky.thuat', displayName: 'VI VĂN KỸ', roles: ['technician' as const], password: 'Máy tính xách tay 7' };

describe('provisioning and login', () => {
  it('provisions once, logs the lead in, and refuses a second provisioning', async () => {
    const { store, recoveryCode } = await provisioned();
    expect(recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$/);
    expect(store.session()?.user.displayName).toBe(LEAD.displayName);
    expect((await store.install())?.commune).toEqual(commune);
    await expect(store.provision({ commune, lead: LEAD })).rejects.toEqual(new StoreError('already_provisioned'));
  });

  it('rejects weak lead passwords with the reasons', async () => {
    const { store } = await openTestStore();
    await expect(store.provision({ commune, lead: { ...LEAD, password: 'ngan' } })).rejects.toMatchObject({
      code: 'weak_password',
      detail: { problems: ['too_short'] },
    });
    expect(await store.install()).toBeNull();
  });

  it('locks, then unlocks only with the right password; usernames are case-insensitive', async () => {
    const { store } = await provisioned();
    await store.lock('manual');
    expect(store.session()).toBeNull();
    expect(await store.login(LEAD.username, 'sai mật khẩu rồi')).toMatchObject({ ok: false, reason: 'bad_credentials' });
    expect(await store.login('nobody', LEAD.password)).toMatchObject({ ok: false, reason: 'bad_credentials' });
    const ok = await store.login('TO.TRUONG', LEAD.password);
    expect(ok.ok).toBe(true);
  });

  it('throttles after five failures with a growing delay that survives a restart', async () => {
    const { store, dbName, vault, clock } = await provisioned();
    await store.lock('manual');
    for (let i = 0; i < 4; i++) expect(await store.login(LEAD.username, `wrong-${i}-password`)).toMatchObject({ retryAfterMs: 0 });
    expect(await store.login(LEAD.username, 'wrong-5-password')).toMatchObject({ reason: 'bad_credentials', retryAfterMs: 1000 });
    const reopened = (await openTestStore({ dbName, vault, clock })).store;
    expect(await reopened.login(LEAD.username, LEAD.password)).toMatchObject({ ok: false, reason: 'throttled' });
    clock.now += 1000;
    expect(await reopened.login(LEAD.username, 'wrong-6-password')).toMatchObject({ retryAfterMs: 2000 });
    clock.now += 1999;
    expect(await reopened.login(LEAD.username, LEAD.password)).toMatchObject({ ok: false, reason: 'throttled', retryAfterMs: 1 });
    clock.now += 1;
    expect((await reopened.login(LEAD.username, LEAD.password)).ok).toBe(true);
    const failures = await reopened.audit.list({ actions: ['auth.login_failed'] });
    expect(failures).toHaveLength(6);
    expect(failures.every((f) => f.actorId === null)).toBe(true);
  });

  it('recovers a forgotten password with the recovery code and refuses a wrong code', async () => {
    const { store, recoveryCode } = await provisioned();
    await store.lock('manual');
    await expect(store.recover({ recoveryCode: 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', username: LEAD.username, newPassword: 'Mật khẩu mới 2026' })).rejects.toMatchObject({ code: 'bad_recovery_code' });
    for (let i = 0; i < 6; i++) await store.login(LEAD.username, `forgotten-${i}-password`);
    const session = await store.recover({ recoveryCode: recoveryCode.toLowerCase(), username: LEAD.username, newPassword: 'Mật khẩu mới 2026' });
    expect(session.user.username).toBe(LEAD.username);
    await store.lock('manual');
    expect((await store.login(LEAD.username, LEAD.password)).ok).toBe(false);
    expect((await store.login(LEAD.username, 'Mật khẩu mới 2026')).ok).toBe(true);
  });
});

describe('accounts and roles', () => {
  it('lets the lead create people who can then log in; clerks cannot manage users', async () => {
    const { store } = await provisioned();
    await store.users.create(CLERK);
    await expect(store.users.create({ ...CLERK, displayName: 'X' })).rejects.toMatchObject({ code: 'username_taken' });
    await expect(store.users.create({ ...CLERK, username: 'nhap.lieu2', password: 'nhap.lieu2' })).rejects.toMatchObject({ code: 'weak_password' });
    await store.lock('manual');
    const login = await store.login(CLERK.username, CLERK.password);
    expect(login).toMatchObject({ ok: true, session: { citizenAccess: true, user: { roles: ['clerk'] } } });
    await expect(store.users.list()).rejects.toMatchObject({ code: 'forbidden_role' });
  });

  it('refuses citizen data to a technician in the store itself, not only in the UI', async () => {
    const { store } = await provisioned();
    await store.users.create(TECH);
    await store.lock('manual');
    const login = await store.login(TECH.username, TECH.password);
    expect(login).toMatchObject({ ok: true, session: { citizenAccess: false } });
    expect(() => store.unlocked('citizenData')).toThrow(new StoreError('forbidden_role'));
    const { keys } = store.unlocked('diagnostics');
    expect(keys.data).toBeNull();
    expect(() => keyFor(keys, 'entries')).toThrow(new StoreError('forbidden_role'));
    expect(await store.settings.get()).toMatchObject({ idleLockMinutes: 10 });
  });

  it('needs a new password when roles cross the technician boundary, and then re-keys the slot', async () => {
    const { store } = await provisioned();
    const tech = await store.users.create(TECH);
    await expect(store.users.setRoles(tech.id, ['technician', 'clerk'])).rejects.toMatchObject({ code: 'needs_password_reset' });
    await store.users.setRoles(tech.id, ['technician', 'clerk'], 'Mật khẩu tạm 2026');
    await store.lock('manual');
    expect(await store.login(TECH.username, TECH.password)).toMatchObject({ ok: false });
    expect(await store.login(TECH.username, 'Mật khẩu tạm 2026')).toMatchObject({ ok: true, session: { citizenAccess: true } });
  });

  it('deactivation revokes the slot; the last lead cannot be removed', async () => {
    const { store } = await provisioned();
    const clerk = await store.users.create(CLERK);
    await store.users.deactivate(clerk.id);
    const lead = store.session()!.user;
    await expect(store.users.deactivate(lead.id)).rejects.toMatchObject({ code: 'last_lead' });
    await expect(store.users.setRoles(lead.id, ['clerk'])).rejects.toMatchObject({ code: 'last_lead' });
    await store.lock('manual');
    expect(await store.login(CLERK.username, CLERK.password)).toMatchObject({ ok: false, reason: 'bad_credentials' });
    expect((await store.login(LEAD.username, LEAD.password)).ok).toBe(true);
    await store.users.reactivate(clerk.id, 'Trở lại làm việc 1');
    await store.lock('manual');
    expect((await store.login(CLERK.username, 'Trở lại làm việc 1')).ok).toBe(true);
  });

  it('changes and resets passwords', async () => {
    const { store } = await provisioned();
    const clerk = await store.users.create(CLERK);
    await store.users.resetPassword(clerk.id, 'Đặt lại mật khẩu 1');
    await expect(store.users.changeOwnPassword('not the password', 'Một mật khẩu khác 2')).rejects.toMatchObject({ code: 'bad_credentials' });
    await store.users.changeOwnPassword(LEAD.password, 'Một mật khẩu khác 2');
    await store.lock('manual');
    expect((await store.login(CLERK.username, 'Đặt lại mật khẩu 1')).ok).toBe(true);
    await store.lock('manual');
    expect((await store.login(LEAD.username, 'Một mật khẩu khác 2')).ok).toBe(true);
  });
});

describe('audit log', () => {
  it('records who did what, in order, and verifies', async () => {
    const { store } = await provisioned();
    const clerk = await store.users.create(CLERK);
    await store.settings.set({ idleLockMinutes: 5 });
    const log = await store.audit.list({});
    expect(log.map((e) => e.action)).toEqual(['settings.changed', 'user.created', 'auth.login', 'user.created', 'setup.provisioned']);
    expect(log[1]).toMatchObject({ targetId: clerk.id, actorName: LEAD.displayName, details: { roles: 'clerk' } });
    expect(await store.audit.verify()).toEqual({ ok: true, entries: 5 });
  });

  it('pages through the log newest first, filtered, without reading it whole', async () => {
    const { store } = await provisioned();
    for (const minutes of [5, 6, 7, 8, 9]) await store.settings.set({ idleLockMinutes: minutes });
    const first = await store.audit.list({ actions: ['settings.changed'], limit: 2 });
    const second = await store.audit.list({ actions: ['settings.changed'], limit: 2, beforeSeq: first.at(-1)!.seq });
    const third = await store.audit.list({ actions: ['settings.changed'], limit: 2, beforeSeq: second.at(-1)!.seq });
    const seqs = [...first, ...second, ...third].map((e) => e.seq);
    expect(seqs).toHaveLength(5);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect([...first, ...second, ...third].map((e) => e.details['idleLockMinutes'])).toEqual([9, 8, 7, 6, 5]);
  });

  it('reads the chain in order a page at a time, including a last full page', async () => {
    const { store } = await provisioned();
    await store.settings.set({ idleLockMinutes: 5 });
    const count = await store.db.audit.count();
    for (const pageSize of [1, 2, count, count + 1]) {
      const seqs: number[] = [];
      for await (const row of auditRowsInOrder(store.db, pageSize)) seqs.push(row.seq);
      expect(seqs).toEqual(Array.from({ length: count }, (_, i) => i + 1));
    }
  });

  it('finds the first edited, removed or truncated link', async () => {
    const { store } = await provisioned();
    await store.users.create(CLERK);
    await store.settings.set({ idleLockMinutes: 5 });
    const { db } = store;
    const second = (await db.audit.get(2))!;
    await db.audit.put({ ...second, action: 'settings.changed' });
    expect(await store.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'bad_mac' });
    await db.audit.put(second);
    await db.audit.delete(3);
    expect(await store.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'missing' });
    const third = { ...(await db.audit.get(4))!, seq: 3 };
    await db.audit.delete(4);
    await db.audit.put(third);
    expect(await store.audit.verify()).toMatchObject({ ok: false, firstBadSeq: 3, problem: 'bad_link' });
  });

  it('detects a removed last entry through the sealed-in head', async () => {
    const { store } = await provisioned();
    await store.settings.set({ idleLockMinutes: 5 });
    const last = await store.db.audit.orderBy('seq').last();
    await store.db.audit.delete(last!.seq);
    expect(await store.audit.verify()).toMatchObject({ ok: false, problem: 'truncated' });
  });

  it('keeps names out of every stored row', async () => {
    const { store } = await provisioned();
    await store.users.create(CLERK);
    const dump = JSON.stringify(
      await Promise.all(store.db.tables.map((t) => t.toArray())),
      (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v),
    );
    for (const secret of [LEAD.displayName, CLERK.displayName, 'XUYẾN', LEAD.username, CLERK.username]) {
      expect(dump.includes(secret)).toBe(false);
      expect(dump.includes(secret.normalize('NFD'))).toBe(false);
    }
  });
});

describe('two windows on one store', () => {
  it('keeps one audit chain when another window wrote in between', async () => {
    const { store, dbName, vault, clock } = await provisioned();
    const other = (await openTestStore({ dbName, vault, clock })).store;
    await other.login(LEAD.username, LEAD.password);
    await store.settings.set({ idleLockMinutes: 7 });
    await other.settings.set({ idleLockMinutes: 8 });
    await store.settings.set({ idleLockMinutes: 9 });
    expect(await store.audit.verify()).toMatchObject({ ok: true });
    expect(await store.settings.get()).toEqual({ idleLockMinutes: 9, exportFileName: BOOK_FILE_PATTERN, unitPrice: 3000 });
  });

  it('retries a write that raced another window instead of forking the chain', async () => {
    const { store, dbName, vault, clock } = await provisioned();
    const other = (await openTestStore({ dbName, vault, clock })).store;
    await other.login(LEAD.username, LEAD.password);
    await Promise.all([1, 2, 3, 4].flatMap((n) => [store.settings.set({ idleLockMinutes: n }), other.settings.set({ idleLockMinutes: n + 10 })]));
    const verification = await store.audit.verify();
    expect(verification).toMatchObject({ ok: true });
    expect((await store.audit.list({ actions: ['settings.changed'] })).length).toBe(8);
  });
});

describe('export file-name setting', () => {
  it('defaults to the DOMAIN.md pattern, keeps other settings when changed, refuses a pattern that cannot work', async () => {
    const { store } = await provisioned();
    expect(await store.settings.get()).toEqual({ idleLockMinutes: 10, exportFileName: BOOK_FILE_PATTERN, unitPrice: 3000 });
    await store.settings.set({ exportFileName: '{type}.{year}.{bookNo:2}.{ext}' });
    expect(await store.settings.get()).toEqual({ idleLockMinutes: 10, exportFileName: '{type}.{year}.{bookNo:2}.{ext}', unitPrice: 3000 });
    await expect(store.settings.set({ exportFileName: '{type}.xlsx' })).rejects.toThrow();
  });
});

describe('unit price setting', () => {
  it('defaults to 3,000 đồng per entry, is audited when changed, refuses a negative or absurd price', async () => {
    const { store } = await provisioned();
    expect((await store.settings.get()).unitPrice).toBe(3000);
    await store.settings.set({ unitPrice: 4500 });
    expect(await store.settings.get()).toMatchObject({ idleLockMinutes: 10, unitPrice: 4500 });
    const [changed] = await store.audit.list({ actions: ['settings.changed'] });
    expect(changed?.details).toMatchObject({ unitPrice: 4500 });
    await expect(store.settings.set({ unitPrice: -1 })).rejects.toThrow();
    await expect(store.settings.set({ unitPrice: 1_000_001 })).rejects.toThrow();
  });
});
