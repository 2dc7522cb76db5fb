/** Exit codes of `sohoa`, shared by every command. Scripts depend on them: never renumber. */
export const EXIT = {
  /** No errors (warnings allowed). */
  ok: 0,
  /** The file was read and has errors. */
  errors: 1,
  /** Unusable input or refused output: not xlsx, truncated, too big, no header, unknown type, bad arguments. */
  unusable: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
