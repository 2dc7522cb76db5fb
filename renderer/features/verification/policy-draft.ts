/**
 * The book form's verification controls as text and back: mode, n, method and the chosen
 * fields (none chosen means every field). Pure; the seed is the store's to draw, so a draft
 * carries the book's current one only to hand it back unchanged.
 */
import { NO_VERIFICATION, type VerificationPolicy } from '../../../shared/domain/verification';

export interface PolicyDraft {
  mode: VerificationPolicy['mode'];
  n: string;
  method: VerificationPolicy['method'];
  fields: string[];
  seed: number;
}

export const draftOfPolicy = (policy: VerificationPolicy = NO_VERIFICATION): PolicyDraft => ({
  mode: policy.mode,
  n: String(policy.n),
  method: policy.method,
  fields: policy.fields === 'all' ? [] : [...policy.fields],
  seed: policy.seed,
});

export const MIN_N = 2;
export const MAX_N = 1000;

export type PolicyCheck = { ok: true; policy: VerificationPolicy } | { ok: false; problem: 'n' };

export function checkPolicyDraft(draft: PolicyDraft): PolicyCheck {
  const n = /^\d{1,4}$/u.test(draft.n.trim()) ? Number(draft.n.trim()) : NaN;
  const nOk = n >= MIN_N && n <= MAX_N;
  if (draft.mode === 'nth' && !nOk) return { ok: false, problem: 'n' };
  return {
    ok: true,
    policy: {
      mode: draft.mode,
      n: nOk ? n : NO_VERIFICATION.n,
      seed: draft.seed,
      method: draft.method,
      fields: draft.fields.length === 0 ? 'all' : [...draft.fields],
    },
  };
}
