/**
 * The scanned pages an entry is linked to, as the form edits them: the clerk adds the page being
 * viewed or removes one. Links are kept in the scan's order, so an entry running onto the next
 * page of the register lists that page second (the order of its PDF). A save of an entry
 * without links links the page being viewed.
 */

/** `pageId` added to the links, placed by its position in the scan (`order`); links of pages the scan no longer holds go last. */
export function withLink(links: readonly string[], pageId: string, order: ReadonlyMap<string, number>): string[] {
  if (links.includes(pageId)) return [...links];
  const at = (id: string) => order.get(id) ?? Number.POSITIVE_INFINITY;
  return [...links, pageId].sort((a, b) => at(a) - at(b));
}

export const withoutLink = (links: readonly string[], pageId: string): string[] => links.filter((id) => id !== pageId);

/** What a save links: the entry's own links, else the page being viewed, else nothing. */
export const savedLinks = (links: readonly string[], viewed: string | undefined): string[] => (links.length > 0 ? [...links] : viewed ? [viewed] : []);
