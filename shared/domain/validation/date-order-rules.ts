/**
 * Order of dates inside one entry (born before registration, died after birth, papers issued
 * after birth …) as declared by each definition's dateOrder facts. Only certain violations
 * count: partial dates whose possible days overlap are given the benefit of the doubt.
 */
import type { DateOrderCode } from '../field-kinds';
import { comparePartialDates } from '../partial-date';
import type { EntryView } from './entry-view';
import { issue, type Issue } from './issue';

const REASONS: Record<DateOrderCode, { vi: string; en: string }> = {
  'event-after-registration': { vi: 'sự việc không thể xảy ra sau ngày đăng ký', en: 'the event cannot follow its registration' },
  'born-after-registration': { vi: 'không thể sinh sau ngày đăng ký', en: 'cannot be born after the registration' },
  'death-before-birth': { vi: 'ngày sinh sau ngày chết', en: 'birth after death' },
  'issued-before-birth': { vi: 'giấy tờ không thể cấp trước khi sinh', en: 'paper issued before birth' },
  'date-order': { vi: 'thứ tự ngày không hợp lý', en: 'dates out of order' },
};

export function dateOrderIssues(entry: EntryView): Issue[] {
  return entry.type.dateOrder.flatMap((rule) => {
    const before = entry.date(rule.before);
    const after = entry.date(rule.after);
    const field = entry.field(rule.before);
    const afterField = entry.field(rule.after);
    if (!before || !after || !field || !afterField) return [];
    if (comparePartialDates(before, after) !== 'after') return [];
    const reason = REASONS[rule.code];
    return [
      issue(field, rule.code, 'error', {
        vi: `${entry.value(rule.before)} muộn hơn ${afterField.label} (${entry.value(rule.after)}): ${reason.vi}`,
        en: `${entry.value(rule.before)} is after ${afterField.labelEn} (${entry.value(rule.after)}): ${reason.en}`,
      }),
    ];
  });
}
