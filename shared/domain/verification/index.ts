/** Verification of keyed entries: book policy, dependent re-keying, double entry, operator statistics. */
export * from './policy';
export * from './same-value';
export * from './dependent';
export * from './independent';
export * from './operator-stats';
