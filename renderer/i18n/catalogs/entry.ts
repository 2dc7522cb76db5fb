/**
 * Messages of the entry screens, Vietnamese first; the English object must carry exactly the
 * same keys (its type says so). Merged into the main catalogs by vi.ts and en.ts.
 */
export const entryVi = {
} satisfies Record<string, string>;

export const entryEn: Record<keyof typeof entryVi, string> = {
};
