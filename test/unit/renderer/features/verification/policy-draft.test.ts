import { describe, expect, it } from 'vitest';
import { checkPolicyDraft, draftOfPolicy } from '../../../../../renderer/features/verification/policy-draft';
import { NO_VERIFICATION } from '../../../../../shared/domain/verification';

describe('verification policy draft', () => {
  it('round-trips a policy; no field chosen means all', () => {
    const policy = { ...NO_VERIFICATION, mode: 'nth' as const, n: 7, seed: 42, fields: ['so', 'nksHoTen'] };
    expect(checkPolicyDraft(draftOfPolicy(policy))).toEqual({ ok: true, policy });
    expect(checkPolicyDraft({ ...draftOfPolicy(policy), fields: [] })).toMatchObject({ ok: true, policy: { fields: 'all' } });
  });

  it.each(['1', '1001', 'mười', '', '2.5'])('refuses n = %j for every-n-th', (n) => {
    expect(checkPolicyDraft({ ...draftOfPolicy(), mode: 'nth', n })).toEqual({ ok: false, problem: 'n' });
  });

  it('ignores a bad n when the mode does not use it', () => {
    expect(checkPolicyDraft({ ...draftOfPolicy(), mode: 'all', n: 'x' })).toMatchObject({ ok: true, policy: { mode: 'all', n: NO_VERIFICATION.n } });
  });
});
