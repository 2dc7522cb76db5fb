/**
 * Public surface of entry validation; the rule families behind it stay internal.
 */
export { validateEntry, hasErrors, type EntryInput } from './validate-entry';
export { duplicateKey } from './duplicate-key';
export { soKey } from './book-rules';
export { entryIdentity } from './entry-identity';
export { MARRIAGE_AGE_RULES, MIN_GUARDIAN_AGE, MIN_PARENT_AGE } from './people-rules';
export type { Issue, IssueCode, ProbableDuplicate, Severity, ValidationContext } from './issue';
