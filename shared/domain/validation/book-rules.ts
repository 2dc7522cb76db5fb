/**
 * Rules that need the rest of the book or the archive, passed in by the caller: the same `so`
 * twice in one book, a `so` year that disagrees with the registration date, and a probable
 * duplicate found elsewhere.
 */
import type { EntryView } from './entry-view';
import { issue, type Issue } from './issue';

/** "01/2008", "1/2008" and " 01 / 2008 " are the same registration number. */
export function soKey(so: string): string {
  const [number = '', ...rest] = so.replace(/\s+/gu, '').split('/');
  return [number.replace(/^0+(?=\d)/u, ''), ...rest].join('/');
}

export function bookIssues(entry: EntryView): Issue[] {
  const issues: Issue[] = [];
  const soField = entry.field('so');
  const so = entry.value('so');
  if (soField && so !== '') {
    const key = soKey(so);
    if ((entry.context.sameBookSo ?? []).some((other) => soKey(other) === key)) {
      issues.push(issue(soField, 'duplicate-so', 'error', { vi: `số ${so} đã có trong sổ này`, en: `number ${so} is already used in this book` }));
    }
    const soYear = /\/(\d{4})$/u.exec(so)?.[1];
    const registered = entry.date('ngayDangKy');
    if (soYear !== undefined && registered && Number(soYear) !== registered.year) {
      issues.push(
        issue(soField, 'so-year-mismatch', 'warning', {
          vi: `năm ${soYear} khác năm đăng ký ${registered.year}`,
          en: `year ${soYear} differs from the registration year ${registered.year}`,
        }),
      );
    }
  }
  const duplicates = entry.context.probableDuplicates ?? [];
  const main = entry.type.people.find((p) => p.prefix === entry.type.duplicateKey.person);
  const nameField = main ? entry.field(main.nameKey) : undefined;
  if (duplicates.length > 0 && nameField) {
    const where = duplicates.map((d) => d.description ?? d.entryId).join('; ');
    issues.push(
      issue(nameField, 'probable-duplicate', 'warning', {
        vi: `có thể trùng với mục đã nhập: ${where}`,
        en: `may duplicate an entry already keyed: ${where}`,
      }),
    );
  }
  return issues;
}
