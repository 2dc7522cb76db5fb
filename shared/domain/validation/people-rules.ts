/**
 * Plausibility of the people in one entry by their roles: a parent born before the child and
 * old enough, spouses born before the marriage and of marriageable age under the law of the
 * time, a guardian of age. Roles and date fields come from the definition's people.
 */
import type { PersonDef, Sex } from '../field-kinds';
import { ageRange, comparePartialDates, firstDay, type FullDate, type PartialDate } from '../partial-date';
import type { EntryView } from './entry-view';
import { issue, type Issue } from './issue';

/** Younger parents occur but are rare enough that a typing error is likelier. */
export const MIN_PARENT_AGE = 13;
/** Bộ luật Dân sự: a guardian must be an adult. */
export const MIN_GUARDIAN_AGE = 18;

/**
 * Minimum marriage age by law in force on the marriage date. Before 2015 the laws said "từ 20
 * tuổi trở lên" (men) / "từ 18 tuổi trở lên" (women), read as "đã bước sang tuổi 20 / 18", i.e.
 * 19 / 17 completed years (Nghị quyết 02/2000/NQ-HĐTP for the 2000 law, the same wording in
 * 1959 and 1986); the 2014 law (from 1.1.2015) says "đủ 20 / đủ 18" completed years. The 1959
 * row also covers earlier dates. Warnings only: a book may record a lawful exception.
 */
export const MARRIAGE_AGE_RULES: readonly {
  readonly from: FullDate;
  readonly law: string;
  readonly completedYears: Readonly<Record<Sex, number>>;
}[] = [
  { from: { year: 1, month: 1, day: 1 }, law: 'Luật Hôn nhân và gia đình 1959', completedYears: { male: 19, female: 17 } },
  { from: { year: 1987, month: 1, day: 3 }, law: 'Luật Hôn nhân và gia đình 1986', completedYears: { male: 19, female: 17 } },
  { from: { year: 2001, month: 1, day: 1 }, law: 'Luật Hôn nhân và gia đình 2000', completedYears: { male: 19, female: 17 } },
  { from: { year: 2015, month: 1, day: 1 }, law: 'Luật Hôn nhân và gia đình 2014', completedYears: { male: 20, female: 18 } },
];

function marriageRuleAt(date: PartialDate): (typeof MARRIAGE_AGE_RULES)[number] | undefined {
  // A partial date is judged by its earliest possible day: the law then in force is the most lenient.
  const earliest = firstDay(date);
  return MARRIAGE_AGE_RULES.filter((r) => comparePartialDates(r.from, earliest) !== 'after').at(-1);
}

const withRole = (entry: EntryView, role: PersonDef['role']): PersonDef[] => entry.type.people.filter((p) => p.role === role);

function parentIssues(entry: EntryView): Issue[] {
  return withRole(entry, 'child').flatMap((child) => {
    const childBirth = entry.date(child.birthKey);
    if (!childBirth) return [];
    return withRole(entry, 'parent').flatMap((parent) => {
      const birth = entry.date(parent.birthKey);
      const field = parent.birthKey ? entry.field(parent.birthKey) : undefined;
      if (!birth || !field) return [];
      if (comparePartialDates(birth, childBirth) === 'after') {
        return [issue(field, 'parent-born-after-child', 'error', { vi: 'sinh sau người con', en: 'born after the child' })];
      }
      const age = ageRange(birth, childBirth);
      if (age.max >= MIN_PARENT_AGE) return [];
      return [
        issue(field, 'parent-too-young', 'warning', {
          vi: `mới ${age.max} tuổi khi sinh con, kiểm tra lại`,
          en: `only ${age.max} at the child's birth`,
        }),
      ];
    });
  });
}

function spouseIssues(entry: EntryView): Issue[] {
  const marriageKey = entry.type.marriageDateKeys.find((key) => entry.date(key) !== undefined);
  const married = entry.date(marriageKey);
  if (!married) return [];
  const rule = marriageRuleAt(married);
  return withRole(entry, 'spouse').flatMap((spouse) => {
    const birth = entry.date(spouse.birthKey);
    const field = spouse.birthKey ? entry.field(spouse.birthKey) : undefined;
    if (!birth || !field) return [];
    if (comparePartialDates(birth, married) === 'after') {
      return [issue(field, 'spouse-born-after-marriage', 'error', { vi: 'sinh sau ngày kết hôn', en: 'born after the marriage' })];
    }
    const sex = entry.sexOf(spouse);
    const minimum = rule && sex ? rule.completedYears[sex] : undefined;
    const age = ageRange(birth, married);
    if (minimum === undefined || !rule || age.max >= minimum) return [];
    return [
      issue(field, 'under-marriage-age', 'warning', {
        vi: `${age.max} tuổi khi kết hôn, dưới tuổi kết hôn theo ${rule.law}`,
        en: `${age.max} at marriage, under the legal age (${rule.law})`,
      }),
    ];
  });
}

function guardianIssues(entry: EntryView): Issue[] {
  const registered = entry.date('ngayDangKy');
  if (!registered) return [];
  return withRole(entry, 'guardian').flatMap((guardian) => {
    const birth = entry.date(guardian.birthKey);
    const field = guardian.birthKey ? entry.field(guardian.birthKey) : undefined;
    if (!birth || !field) return [];
    const age = ageRange(birth, registered);
    if (age.max >= MIN_GUARDIAN_AGE) return [];
    return [
      issue(field, 'guardian-minor', 'warning', {
        vi: `mới ${age.max} tuổi, người giám hộ phải đã thành niên`,
        en: `only ${age.max}; a guardian must be an adult`,
      }),
    ];
  });
}

export function peopleIssues(entry: EntryView): Issue[] {
  return [...parentIssues(entry), ...spouseIssues(entry), ...guardianIssues(entry)];
}
