/**
 * The store's service interface, as the UI sees it: accounts, sessions, audit, settings.
 * The UI calls these and renders what they return; it never touches Dexie or keys.
 */
import type { Role } from '../../shared/auth/roles';
import type {
  AuditEntryView,
  AuditFilter,
  AuditVerification,
  CommuneChoice,
  InstallInfo,
  LockReason,
  LoginFailure,
  SessionInfo,
  Settings,
  UserId,
  UserView,
} from './types';

/** SECURITY: the host-side second layer that binds key slots to this device. */
export interface DeviceVault {
  seal(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
  unseal(sealed: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>>;
}

export interface NewUser {
  username: string;
  displayName: string;
  roles: Role[];
  password: string;
}

export type LoginResult = ({ ok: true } & { session: SessionInfo }) | ({ ok: false } & LoginFailure);

export interface AppStore {
  install(): Promise<InstallInfo | null>;
  provision(input: { commune: CommuneChoice; lead: Omit<NewUser, 'roles'> }): Promise<{ recoveryCode: string; session: SessionInfo }>;
  login(username: string, password: string): Promise<LoginResult>;
  recover(input: { recoveryCode: string; username: string; newPassword: string }): Promise<SessionInfo>;
  lock(reason: LockReason): Promise<void>;
  session(): SessionInfo | null;
  /** Called with the reason whenever the session locks, so the UI can drop decrypted state. */
  onLock(listener: (reason: LockReason) => void): () => void;
  users: {
    list(): Promise<UserView[]>;
    create(user: NewUser): Promise<UserView>;
    /** `newPassword` is required when the change grants or removes citizen-data access. */
    setRoles(id: UserId, roles: Role[], newPassword?: string): Promise<UserView>;
    deactivate(id: UserId): Promise<UserView>;
    reactivate(id: UserId, newPassword: string): Promise<UserView>;
    resetPassword(id: UserId, newPassword: string): Promise<void>;
    changeOwnPassword(oldPassword: string, newPassword: string): Promise<void>;
  };
  audit: {
    list(filter: AuditFilter): Promise<AuditEntryView[]>;
    verify(): Promise<AuditVerification>;
  };
  settings: {
    get(): Promise<Settings>;
    /** Changes the given settings, keeps the others. */
    set(change: Partial<Settings>): Promise<void>;
  };
}
