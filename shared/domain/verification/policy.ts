/**
 * A book's verification policy: which entries get a second look (none, every n-th from a
 * random start, every one), how (dependent re-keying or independent double entry) and which
 * fields. Pure data and the selection rule; the random start's seed is drawn by whoever
 * creates the policy, so the same policy always selects the same entries.
 */
import { z } from 'zod';

export const VerificationMethod = z.enum(['dependent', 'independent']);
export type VerificationMethod = z.infer<typeof VerificationMethod>;

export const VerificationPolicy = z.object({
  mode: z.enum(['none', 'nth', 'all']),
  /** Every n-th entry, for mode `nth`; ignored otherwise. */
  n: z.number().int().min(2).max(1000),
  /** Unsigned 32-bit; fixes the random start, so a later edit of the book cannot reshuffle what was already selected. */
  seed: z.number().int().min(0).max(0xffff_ffff),
  method: VerificationMethod,
  /** Field keys to re-key, or `all`. */
  fields: z.union([z.literal('all'), z.array(z.string()).min(1)]),
});
export type VerificationPolicy = z.infer<typeof VerificationPolicy>;

export const NO_VERIFICATION: VerificationPolicy = { mode: 'none', n: 10, seed: 0, method: 'dependent', fields: 'all' };

/** The 1-based sequence of the first entry selected by an `nth` policy: somewhere in 1..n. */
export const randomStart = (policy: Pick<VerificationPolicy, 'n' | 'seed'>): number => 1 + (policy.seed % policy.n);

/** `entrySequence` is the entry's 1-based position in its book, in keying order. */
export function selectedForVerification(policy: VerificationPolicy, entrySequence: number): boolean {
  switch (policy.mode) {
    case 'none':
      return false;
    case 'all':
      return true;
    case 'nth': {
      const start = randomStart(policy);
      return entrySequence >= start && (entrySequence - start) % policy.n === 0;
    }
  }
}

/** The fields a verifier re-keys, in the definition's order. */
export function verifiedFields(policy: VerificationPolicy, allKeys: readonly string[]): string[] {
  if (policy.fields === 'all') return [...allKeys];
  const chosen = new Set(policy.fields);
  return allKeys.filter((key) => chosen.has(key));
}
