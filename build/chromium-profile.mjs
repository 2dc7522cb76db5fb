/**
 * Prepares the dedicated Chromium profile the web-host mode runs in (and the e2e tests with
 * it): password manager and form autofill off, because Chromium would otherwise keep names
 * typed into the app in plaintext files of the profile ("Login Data", "Web Data"). Electron
 * has neither feature, so this concerns web-host mode only.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PRIVATE_PREFERENCES = {
  credentials_enable_service: false,
  credentials_enable_autosignin: false,
  profile: { password_manager_enabled: false },
  autofill: { enabled: false, profile_enabled: false, credit_card_enabled: false },
};

function merge(base, extra) {
  const out = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    out[key] = value && typeof value === 'object' && !Array.isArray(value) ? merge(base?.[key] ?? {}, value) : value;
  }
  return out;
}

export function prepareChromiumProfile(profileDir) {
  const dir = join(profileDir, 'Default');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'Preferences');
  const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  writeFileSync(file, JSON.stringify(merge(current, PRIVATE_PREFERENCES)), { mode: 0o600 });
}

/** Command-line switches with the same intent, for the browser start. */
export const PRIVATE_CHROMIUM_SWITCHES = ['--disable-features=AutofillServerCommunication', '--password-store=basic'];
