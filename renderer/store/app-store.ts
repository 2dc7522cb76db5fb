/**
 * The encrypted local store's account side: provisioning, unlock (login, recovery), lock,
 * team accounts, audit log and settings. It owns the only session keys in the app and
 * drops them on lock; every change goes through the Writer with its audit entries.
 * It must not show or keep anything decrypted after lock.
 */
import { z } from 'zod';
import { can, mayHoldDataKey, Role, type Permission } from '../../shared/auth/roles';
import { checkPassword } from '../../shared/auth/password-policy';
import { randomBytes, toBase64 } from '../../shared/crypto/bytes';
import { deriveSlotKey, newKdfParams } from '../../shared/crypto/kdf';
import { BOOK_FILE_PATTERN, bookFilePatternProblem } from '../../shared/excel/file-names';
import { DEFAULT_UNIT_PRICE, MAX_UNIT_PRICE } from '../../shared/domain/report/weekly-report';
import {
  createSlot,
  generateKeyring,
  generateRecoveryCode,
  importSessionKeys,
  normalizeRecoveryCode,
  openSlot,
  SessionKeyringHolder,
  wipeKeyring,
  type RawKeyring,
  type SessionKeys,
} from '../../shared/crypto/key-slot';
import type { AppStore, DeviceVault, LoginResult, NewUser } from './app-store-api';
import { auditRowsInOrder, openAuditDetails, verifyAuditChain, type AuditDraft } from './audit-chain';
import { SohoaDb, type SlotRow, type UserRow } from './db';
import { newId } from './ids';
import { retryAfterMs } from './login-throttle';
import { openRecord, sealRecord } from './records';
import { fromSlotRow, loginTag, normalizeUsername, RECOVERY_TAG, toSlotRow, USERNAME_PATTERN } from './slot-rows';
import {
  StoreError,
  type AuditAction,
  type AuditEntryView,
  type InstallInfo,
  type LockReason,
  type SessionInfo,
  type Settings,
  type UserId,
  type UserView,
} from './types';
import { Writer } from './writer';

const USER_SCHEMA_VERSION = 1;

const UserRecord = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(Role).min(1),
  active: z.boolean(),
  createdAt: z.number(),
  createdBy: z.string().nullable(),
});
type UserRecord = z.infer<typeof UserRecord>;

const Unit = z.object({ code: z.string(), name: z.string() });
const InstallMeta = z.object({
  installId: z.string(),
  salt: z.string(),
  provisionedAt: z.number(),
  commune: z.object({
    era: z.enum(['before-2025-07-01', 'from-2025-07-01']),
    province: Unit,
    district: Unit.nullable(),
    commune: Unit,
  }),
});
type InstallMeta = z.infer<typeof InstallMeta>;

const defaultSettings: Settings = { idleLockMinutes: 10, exportFileName: BOOK_FILE_PATTERN, unitPrice: DEFAULT_UNIT_PRICE };
const SettingsSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(120),
  // Settings saved before the export existed have no pattern: they get the default, not a reset.
  exportFileName: z
    .string()
    .max(200)
    .refine((pattern) => bookFilePatternProblem(pattern) === null)
    .default(defaultSettings.exportFileName),
  unitPrice: z.number().int().min(0).max(MAX_UNIT_PRICE).default(defaultSettings.unitPrice),
});

interface Unlocked {
  keys: SessionKeys;
  holder: SessionKeyringHolder;
  user: UserRecord;
  unlockedAt: number;
}

export interface AppStoreOptions {
  dbName: string;
  vault: DeviceVault;
  now?: () => number;
  /** An IndexedDB implementation other than the global one (unit tests use fake-indexeddb). */
  indexedDB?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
}

/** The store plus the internals other store modules (entries, books) build on. */
export interface AppStoreInternals extends AppStore {
  readonly db: SohoaDb;
  readonly writer: Writer;
  /** SECURITY: the unlocked keys and user, or `locked`; callers must not keep them past a lock. */
  unlocked(permission: Permission): { keys: SessionKeys; userId: string };
  /** Display names by user id, for naming people in an entry's history; callers check the permission. */
  userNames(): Promise<ReadonlyMap<string, string>>;
  now(): number;
}

const toView = (user: UserRecord): UserView => ({
  id: user.id as UserId,
  username: user.username,
  displayName: user.displayName,
  roles: user.roles,
  active: user.active,
  createdAt: user.createdAt,
});

export async function createAppStore(options: AppStoreOptions): Promise<AppStoreInternals> {
  const db = new SohoaDb(options.dbName, options.indexedDB);
  await db.open();
  const now = options.now ?? Date.now;
  const writer = new Writer(db, now);
  const { vault } = options;
  let unlocked: Unlocked | null = null;
  const lockListeners = new Set<(reason: LockReason) => void>();

  const readInstall = async (): Promise<InstallMeta | null> => {
    const row = await db.meta.get('install');
    return row ? InstallMeta.parse(row.value) : null;
  };
  const requireInstall = async (): Promise<InstallMeta> => {
    const install = await readInstall();
    if (!install) throw new StoreError('not_provisioned');
    return install;
  };

  /** `null` asks only for an unlocked session (settings every user reads, own password). */
  const requireSession = (permission: Permission | null): Unlocked => {
    if (!unlocked) throw new StoreError('locked');
    if (!unlocked.user.active || (permission && !can(unlocked.user.roles, permission))) throw new StoreError('forbidden_role');
    return unlocked;
  };

  const readSettings = async (): Promise<Settings> => {
    requireSession(null);
    const row = await db.meta.get('settings');
    return SettingsSchema.catch(defaultSettings).parse(row?.value);
  };

  const assertPassword = (password: string, username: string) => {
    const problems = checkPassword(password, username);
    if (problems.length > 0) throw new StoreError('weak_password', { problems });
  };

  const sealUser = (keys: SessionKeys, user: UserRecord) =>
    sealRecord(keys, 'users', user.id, USER_SCHEMA_VERSION, user, now());
  const openUser = (keys: SessionKeys, row: UserRow) => openRecord(keys, 'users', row, UserRecord);
  const allUsers = async (keys: SessionKeys) => Promise.all((await db.users.toArray()).map((row) => openUser(keys, row)));

  const loadUser = async (keys: SessionKeys, id: string): Promise<UserRecord> => {
    const row = await db.users.get(id);
    if (!row) throw new StoreError('not_found');
    return openUser(keys, row);
  };

  /** A fresh password slot row for `user`, carrying the data key only if the roles allow it. */
  const passwordSlotRow = async (keyring: RawKeyring, user: UserRecord, password: string): Promise<SlotRow> => {
    const install = await requireInstall();
    const slot = await createSlot({
      kind: 'password',
      userId: user.id,
      secret: password,
      keyring,
      includeCitizenKeys: mayHoldDataKey(user.roles),
    });
    return toSlotRow(slot, await loginTag(install.salt, user.username), vault, now());
  };

  const sessionInfo = (state: Unlocked): SessionInfo => ({
    user: toView(state.user),
    citizenAccess: state.keys.data !== null,
    unlockedAt: state.unlockedAt,
  });

  const recordFailure = async (tag: string): Promise<number> => {
    const at = now();
    let failures = 0;
    await db.transaction('rw', [db.loginAttempts, db.auditPending], async () => {
      failures = ((await db.loginAttempts.get(tag))?.failures ?? 0) + 1;
      await db.loginAttempts.put({ loginTag: tag, failures, lastFailureAt: at });
      await db.auditPending.add({ at, action: 'auth.login_failed', loginTag: tag });
    });
    return retryAfterMs(failures, at, at);
  };

  const throttled = async (tag: string): Promise<number> => {
    const attempt = await db.loginAttempts.get(tag);
    return attempt ? retryAfterMs(attempt.failures, attempt.lastFailureAt, now()) : 0;
  };

  /** Writes the login and the failures recorded while locked, and clears the counter, in one go. */
  const completeUnlock = async (keyring: RawKeyring, user: UserRecord, tags: string[], extra: AuditDraft[], apply?: () => Promise<void>, slotRows: SlotRow[] = []) => {
    const keys = await importSessionKeys(keyring);
    const holder = await SessionKeyringHolder.hold(keyring);
    const pending = await db.auditPending.toArray();
    await writer.write({
      keys,
      actorId: user.id,
      audit: [
        ...pending.map((p): AuditDraft => ({ action: 'auth.login_failed', at: p.at, actorId: null, details: { loginTag: p.loginTag.slice(0, 16) } })),
        ...extra,
        { action: 'auth.login' },
      ],
      tables: [db.loginAttempts, db.auditPending, db.slots, db.users],
      apply: async () => {
        await db.loginAttempts.bulkDelete(tags);
        await db.auditPending.bulkDelete(pending.flatMap((p) => (p.id === undefined ? [] : [p.id])));
        if (slotRows.length > 0) await db.slots.bulkPut(slotRows);
        await apply?.();
      },
    });
    unlocked = { keys, holder, user, unlockedAt: now() };
    return sessionInfo(unlocked);
  };

  const writeAs = (state: Unlocked, audit: AuditDraft[], tables: Parameters<Writer['write']>[0]['tables'], apply: () => Promise<void>) =>
    writer.write({ keys: state.keys, actorId: state.user.id, audit, tables, apply });

  const replaceSlots = (userId: string, rows: SlotRow[]) => async () => {
    await db.slots.where('userId').equals(userId).filter((s) => s.kind === 'password').delete();
    await db.slots.bulkPut(rows);
  };

  const store: AppStoreInternals = {
    db,
    writer,
    now,

    unlocked(permission) {
      const state = requireSession(permission);
      return { keys: state.keys, userId: state.user.id };
    },

    async userNames() {
      const state = requireSession(null);
      return new Map((await allUsers(state.keys)).map((u) => [u.id, u.displayName]));
    },

    async install(): Promise<InstallInfo | null> {
      const install = await readInstall();
      return install && { installId: install.installId, commune: install.commune, provisionedAt: install.provisionedAt };
    },

    async provision({ commune, lead }) {
      if (await readInstall()) throw new StoreError('already_provisioned');
      const username = normalizeUsername(lead.username);
      if (!USERNAME_PATTERN.test(username)) throw new StoreError('bad_username');
      assertPassword(lead.password, username);
      const install: InstallMeta = { installId: crypto.randomUUID(), salt: toBase64(randomBytes(16)), provisionedAt: now(), commune };
      const user: UserRecord = {
        id: newId(now()),
        username,
        displayName: lead.displayName.normalize('NFC').trim(),
        roles: ['lead'],
        active: true,
        createdAt: now(),
        createdBy: null,
      };
      const keyring = generateKeyring();
      try {
        const recoveryCode = generateRecoveryCode();
        const recoverySlot = await createSlot({ kind: 'recovery', userId: null, secret: recoveryCode, keyring, includeCitizenKeys: true });
        const tag = await loginTag(install.salt, username);
        const slot = await createSlot({ kind: 'password', userId: user.id, secret: lead.password, keyring, includeCitizenKeys: true });
        const slotRows = [await toSlotRow(slot, tag, vault, now()), await toSlotRow(recoverySlot, RECOVERY_TAG, vault, now())];
        const keys = await importSessionKeys(keyring);
        const userRow = await sealUser(keys, user);
        await db.meta.put({ key: 'install', value: install });
        const session = await completeUnlock(
          keyring,
          user,
          [tag],
          [
            { action: 'setup.provisioned', details: { era: commune.era, communeCode: commune.commune.code } },
            { action: 'user.created', targetId: user.id, details: { roles: user.roles.join(',') } },
          ],
          async () => {
            await db.users.put(userRow);
            await db.meta.put({ key: 'settings', value: defaultSettings });
          },
          slotRows,
        ).catch(async (error: unknown) => {
          await db.meta.delete('install');
          throw error;
        });
        return { recoveryCode, session };
      } finally {
        wipeKeyring(keyring);
      }
    },

    async login(username, password): Promise<LoginResult> {
      const install = await requireInstall();
      const tag = await loginTag(install.salt, username);
      const wait = await throttled(tag);
      if (wait > 0) return { ok: false, reason: 'throttled', retryAfterMs: wait };
      const rows = (await db.slots.where('loginTag').equals(tag).toArray()).filter((r) => r.kind === 'password');
      if (rows.length === 0) await deriveSlotKey(password, newKdfParams()); // same cost as a real try: no username probing by timing
      for (const row of rows) {
        let keyring: RawKeyring;
        try {
          keyring = await openSlot(await fromSlotRow(row, vault), password);
        } catch {
          continue;
        }
        try {
          const user = await loadUser(await importSessionKeys(keyring), row.userId ?? '');
          if (!user.active) return { ok: false, reason: 'inactive', retryAfterMs: 0 };
          return { ok: true, session: await completeUnlock(keyring, user, [tag], []) };
        } finally {
          wipeKeyring(keyring);
        }
      }
      return { ok: false, reason: 'bad_credentials', retryAfterMs: await recordFailure(tag) };
    },

    async recover({ recoveryCode, username, newPassword }) {
      if ((await throttled(RECOVERY_TAG)) > 0) throw new StoreError('bad_recovery_code');
      const row = await db.slots.where('loginTag').equals(RECOVERY_TAG).first();
      if (!row) throw new StoreError('not_provisioned');
      let keyring: RawKeyring;
      try {
        keyring = await openSlot(await fromSlotRow(row, vault), normalizeRecoveryCode(recoveryCode));
      } catch {
        await recordFailure(RECOVERY_TAG);
        throw new StoreError('bad_recovery_code');
      }
      try {
        const keys = await importSessionKeys(keyring);
        const user = (await allUsers(keys)).find((u) => u.username === normalizeUsername(username));
        if (!user) throw new StoreError('not_found');
        if (!user.active) throw new StoreError('forbidden_role');
        assertPassword(newPassword, user.username);
        const slotRow = await passwordSlotRow(keyring, user, newPassword);
        const install = await requireInstall();
        const tags = [RECOVERY_TAG, await loginTag(install.salt, user.username)];
        return await completeUnlock(keyring, user, tags, [
          { action: 'auth.recovery_used', targetId: user.id },
          { action: 'user.password_reset', targetId: user.id },
        ], replaceSlots(user.id, [slotRow]));
      } finally {
        wipeKeyring(keyring);
      }
    },

    async lock(reason) {
      const state = unlocked;
      if (!state) return;
      unlocked = null;
      try {
        await writeAs(state, [{ action: 'auth.lock', details: { reason } }], [], async () => {});
      } finally {
        for (const listener of lockListeners) listener(reason);
      }
    },

    session: () => (unlocked ? sessionInfo(unlocked) : null),

    onLock(listener) {
      lockListeners.add(listener);
      return () => lockListeners.delete(listener);
    },

    users: {
      async list() {
        const state = requireSession('manageUsers');
        return (await allUsers(state.keys)).map(toView).sort((a, b) => a.createdAt - b.createdAt);
      },

      async create(input: NewUser) {
        const state = requireSession('manageUsers');
        const username = normalizeUsername(input.username);
        if (!USERNAME_PATTERN.test(username)) throw new StoreError('bad_username');
        if ((await allUsers(state.keys)).some((u) => u.username === username)) throw new StoreError('username_taken');
        assertPassword(input.password, username);
        const user: UserRecord = {
          id: newId(now()),
          username,
          displayName: input.displayName.normalize('NFC').trim(),
          roles: Role.array().min(1).parse(input.roles),
          active: true,
          createdAt: now(),
          createdBy: state.user.id,
        };
        const slotRow = await state.holder.use((keyring) => passwordSlotRow(keyring, user, input.password));
        const userRow = await sealUser(state.keys, user);
        await writeAs(state, [{ action: 'user.created', targetId: user.id, details: { roles: user.roles.join(',') } }], [db.users, db.slots], async () => {
          await db.users.put(userRow);
          await db.slots.put(slotRow);
        });
        return toView(user);
      },

      async setRoles(id, roles, newPassword) {
        const state = requireSession('manageUsers');
        const before = await loadUser(state.keys, id);
        const after: UserRecord = { ...before, roles: Role.array().min(1).parse(roles) };
        const others = (await allUsers(state.keys)).filter((u) => u.id !== id && u.active && u.roles.includes('lead'));
        if (before.roles.includes('lead') && !after.roles.includes('lead') && others.length === 0) throw new StoreError('last_lead');
        const crossesBoundary = mayHoldDataKey(before.roles) !== mayHoldDataKey(after.roles);
        if (crossesBoundary && !newPassword) throw new StoreError('needs_password_reset');
        if (newPassword) assertPassword(newPassword, after.username);
        const slotRow = newPassword ? await state.holder.use((keyring) => passwordSlotRow(keyring, after, newPassword)) : null;
        const userRow = await sealUser(state.keys, after);
        const audit: AuditDraft[] = [
          { action: 'user.roles_changed', targetId: id, details: { from: before.roles.join(','), to: after.roles.join(',') } },
          ...(slotRow ? [{ action: 'user.password_reset' as const, targetId: id }] : []),
        ];
        await writeAs(state, audit, [db.users, db.slots], async () => {
          await db.users.put(userRow);
          if (slotRow) await replaceSlots(id, [slotRow])();
        });
        return toView(after);
      },

      async deactivate(id) {
        const state = requireSession('manageUsers');
        const user = await loadUser(state.keys, id);
        const otherLeads = (await allUsers(state.keys)).filter((u) => u.id !== id && u.active && u.roles.includes('lead'));
        if (user.roles.includes('lead') && otherLeads.length === 0) throw new StoreError('last_lead');
        const after = { ...user, active: false };
        const userRow = await sealUser(state.keys, after);
        // SECURITY: deleting the slots is what revokes: without a slot the password opens nothing.
        await writeAs(state, [{ action: 'user.deactivated', targetId: id }], [db.users, db.slots], async () => {
          await db.users.put(userRow);
          await replaceSlots(id, [])();
        });
        return toView(after);
      },

      async reactivate(id, newPassword) {
        const state = requireSession('manageUsers');
        const after = { ...(await loadUser(state.keys, id)), active: true };
        assertPassword(newPassword, after.username);
        const slotRow = await state.holder.use((keyring) => passwordSlotRow(keyring, after, newPassword));
        const userRow = await sealUser(state.keys, after);
        await writeAs(state, [{ action: 'user.reactivated', targetId: id }], [db.users, db.slots], async () => {
          await db.users.put(userRow);
          await replaceSlots(id, [slotRow])();
        });
        return toView(after);
      },

      async resetPassword(id, newPassword) {
        const state = requireSession('manageUsers');
        const user = await loadUser(state.keys, id);
        if (!user.active) throw new StoreError('forbidden_role');
        assertPassword(newPassword, user.username);
        const slotRow = await state.holder.use((keyring) => passwordSlotRow(keyring, user, newPassword));
        await writeAs(state, [{ action: 'user.password_reset', targetId: id }], [db.slots], replaceSlots(id, [slotRow]));
      },

      async changeOwnPassword(oldPassword, newPassword) {
        const state = requireSession(null);
        const install = await requireInstall();
        const rows = await db.slots.where('loginTag').equals(await loginTag(install.salt, state.user.username)).toArray();
        const opened = await Promise.all(
          rows.map((row) => fromSlotRow(row, vault).then((slot) => openSlot(slot, oldPassword).then(wipeKeyring, () => false))),
        );
        if (!opened.some((result) => result !== false)) throw new StoreError('bad_credentials');
        assertPassword(newPassword, state.user.username);
        const slotRow = await state.holder.use((keyring) => passwordSlotRow(keyring, state.user, newPassword));
        await writeAs(state, [{ action: 'user.password_changed', targetId: state.user.id }], [db.slots], replaceSlots(state.user.id, [slotRow]));
      },
    },

    audit: {
      async list(filter) {
        const state = requireSession('viewAudit');
        const names = new Map((await allUsers(state.keys)).map((u) => [u.id, u.displayName]));
        const from = filter.from ?? 0;
        const to = filter.to ?? Number.MAX_SAFE_INTEGER;
        // Newest first by seq, stopping at the limit: the log of a busy commune is never read whole.
        const limited = await db.audit
          .where('seq')
          .below(filter.beforeSeq ?? Number.MAX_SAFE_INTEGER)
          .reverse()
          .filter(
            (row) =>
              row.at >= from &&
              row.at <= to &&
              (!filter.actions || filter.actions.includes(row.action as AuditAction)) &&
              (!filter.actorId || row.actorId === filter.actorId),
          )
          .limit(filter.limit ?? 500)
          .toArray();
        return Promise.all(
          limited.map(async (row): Promise<AuditEntryView> => ({
            seq: row.seq,
            at: row.at,
            action: row.action as AuditAction,
            actorId: row.actorId as UserId | null,
            actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
            targetId: row.targetId,
            details: await openAuditDetails(state.keys, row),
          })),
        );
      },

      async verify() {
        const state = requireSession('viewAudit');
        return verifyAuditChain(state.keys, auditRowsInOrder(db), await writer.head());
      },
    },

    settings: {
      get: readSettings,
      async set(change) {
        const state = requireSession('settings');
        const value = SettingsSchema.parse({ ...(await readSettings()), ...change });
        await writeAs(state, [{ action: 'settings.changed', details: { idleLockMinutes: value.idleLockMinutes, exportFileName: value.exportFileName, unitPrice: value.unitPrice } }], [], async () => {
          await db.meta.put({ key: 'settings', value });
        });
      },
    },
  };
  return store;
}
