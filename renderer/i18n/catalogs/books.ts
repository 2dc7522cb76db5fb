/**
 * Messages of the books screens, Vietnamese first; the English object must carry exactly the
 * same keys (its type says so). Merged into the main catalogs by vi.ts and en.ts.
 */
export const booksVi = {
} satisfies Record<string, string>;

export const booksEn: Record<keyof typeof booksVi, string> = {
};
