/**
 * Rules that look at one field at a time: presence of core fields (and "không có trong sổ"),
 * then a format check chosen by the field's kind. Knows no register type by name: everything
 * comes from the field definitions.
 */
import { dateInWords, dateWordsMatch } from '../date-in-words';
import type { FieldDef, FieldKind } from '../field-kinds';
import { MIN_YEAR, parsePartialDate, type DateProblem } from '../partial-date';
import { lookupEthnicity, lookupNationality, type LookupResult } from '../reference';
import { normalizeName } from '../text';
import type { EntryView } from './entry-view';
import { issue, type Issue, type IssueCode } from './issue';

const DATE_PROBLEMS: Record<Exclude<DateProblem, 'empty'>, { code: IssueCode; vi: string; en: string }> = {
  format: {
    code: 'date-format',
    vi: 'không đúng dạng ngày (dd.mm.yyyy, mm.yyyy hoặc yyyy)',
    en: 'not a date (dd.mm.yyyy, mm.yyyy or yyyy)',
  },
  month: { code: 'date-impossible', vi: 'tháng không có thật', en: 'no such month' },
  day: { code: 'date-impossible', vi: 'ngày không có thật trong tháng đó', en: 'no such day in that month' },
  'too-early': { code: 'date-too-early', vi: `năm trước ${MIN_YEAR}, kiểm tra lại`, en: `year before ${MIN_YEAR}` },
  future: { code: 'date-future', vi: 'ngày ở tương lai, kiểm tra lại', en: 'date in the future' },
};

/** Number, optionally "/" and the year: 01/2018, 12, 01/ (as some books write it). */
const REGISTRATION_NUMBER = /^\d{1,6}(\/(\d{4})?)?$/u;
const PAGE = /^\d{1,5}(-\d{1,5})?$/u;
const ID_CHARACTERS = /^[0-9A-Za-z]+$/u;

function referenceIssues(field: FieldDef, value: string, result: LookupResult, what: string, whatEn: string): Issue[] {
  switch (result.status) {
    case 'valid':
      return [];
    case 'respell':
      return [
        issue(field, 'reference-respell', 'error', {
          vi: `"${value}" cần viết đúng theo danh mục: "${result.value}"`,
          en: `"${value}" must be spelled as in the list: "${result.value}"`,
        }, [result.value]),
      ];
    case 'alias':
      return [
        issue(field, 'reference-alias', 'error', {
          vi: `"${value}" là tên gọi khác, chọn ${what} theo danh mục: ${result.suggestions.join(', ')}`,
          en: `"${value}" is an other name; choose the ${whatEn}: ${result.suggestions.join(', ')}`,
        }, result.suggestions),
      ];
    case 'unknown':
      return [
        issue(field, 'reference-unknown', 'error', {
          vi: `"${value}" không có trong danh mục ${what}${result.suggestions.length > 0 ? `; có phải: ${result.suggestions.join(', ')}?` : ''}`,
          en: `"${value}" is not a known ${whatEn}${result.suggestions.length > 0 ? `; did you mean ${result.suggestions.join(', ')}?` : ''}`,
        }, result.suggestions),
      ];
  }
}

type KindCheck = (field: FieldDef, value: string, entry: EntryView) => Issue[];

const KIND_CHECKS: Record<FieldKind, KindCheck> = {
  text: () => [],
  place: () => [],
  name: (field, value) =>
    value === normalizeName(value)
      ? []
      : [
          issue(field, 'name-not-normalized', 'warning', {
            vi: `họ tên ghi chữ in hoa có dấu: "${normalizeName(value)}"`,
            en: `names are written in capitals: "${normalizeName(value)}"`,
          }, [normalizeName(value)]),
        ],
  'date-partial': (field, value, entry) => {
    const parsed = parsePartialDate(value, entry.context.today);
    if (parsed.ok || parsed.problem === 'empty') return [];
    const problem = DATE_PROBLEMS[parsed.problem];
    return [issue(field, problem.code, 'error', { vi: `"${value}" ${problem.vi}`, en: `"${value}" ${problem.en}` })];
  },
  code: (field, value) => {
    const codes = field.codeList?.codes ?? {};
    if (Object.hasOwn(codes, value)) return [];
    const allowed = Object.entries(codes)
      .map(([code, label]) => `${code} = ${label}`)
      .join('; ');
    return [
      issue(field, 'code-unknown', 'error', {
        vi: `mã "${value}" không có trong danh mục (${allowed})`,
        en: `code "${value}" is not in the list (${allowed})`,
      }),
    ];
  },
  ethnicity: (field, value) => referenceIssues(field, value, lookupEthnicity(value), 'dân tộc', 'ethnicity'),
  nationality: (field, value) => referenceIssues(field, value, lookupNationality(value), 'quốc gia', 'country'),
  'id-number': (field, value) =>
    ID_CHARACTERS.test(value)
      ? []
      : [issue(field, 'format', 'error', { vi: 'chỉ gồm chữ số (và chữ cái với hộ chiếu)', en: 'digits (and letters for passports) only' })],
  number: (field, value) =>
    PAGE.test(value) ? [] : [issue(field, 'format', 'error', { vi: `"${value}" không phải số trang`, en: `"${value}" is not a page number` })],
  'registration-number': (field, value, entry) => {
    const match = REGISTRATION_NUMBER.exec(value);
    if (!match) {
      return [
        issue(field, 'format', 'error', {
          vi: `"${value}" không đúng dạng số/năm, ví dụ 01/2018`,
          en: `"${value}" is not number/year, e.g. 01/2018`,
        }),
      ];
    }
    const year = match[2] === undefined ? undefined : Number(match[2]);
    if (year !== undefined && (year < MIN_YEAR || year > entry.context.today.year)) {
      return [issue(field, 'registration-number-year', 'error', { vi: `năm ${year} không thể có`, en: `year ${year} is impossible` })];
    }
    return [];
  },
  'date-words': (field, value, entry) => {
    const date = entry.date(field.wordsFrom);
    if (!date || dateWordsMatch(value, date)) return [];
    const expected = dateInWords(date);
    return [
      issue(field, 'date-words-mismatch', 'warning', {
        vi: `khác với ngày ghi bằng số; theo số là "${expected}"`,
        en: `differs from the date in figures: "${expected}"`,
      }, [expected]),
    ];
  },
};

function isExcused(field: FieldDef, entry: EntryView): boolean {
  const unless = field.requiredUnless;
  return unless !== undefined && unless.values.includes(entry.value(unless.key));
}

export function fieldIssues(entry: EntryView): Issue[] {
  return entry.type.fields.flatMap((field) => {
    const value = entry.value(field.key);
    const markedAbsent = entry.notInBook.has(field.key);
    if (value === '') {
      if (field.required !== 'core' || markedAbsent || isExcused(field, entry)) return [];
      return [
        issue(field, 'required', 'error', {
          vi: 'bắt buộc; nhập theo sổ hoặc đánh dấu "không có trong sổ"',
          en: 'required; key it from the book or mark it "not in the book"',
        }),
      ];
    }
    if (markedAbsent) {
      return [
        issue(field, 'not-in-book-has-value', 'error', {
          vi: 'đã đánh dấu "không có trong sổ" nhưng lại có giá trị',
          en: 'marked "not in the book" but has a value',
        }),
      ];
    }
    return KIND_CHECKS[field.kind](field, value, entry);
  });
}
