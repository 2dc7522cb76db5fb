/**
 * Identity numbers of each person: the 12-digit personal ID (shape is an error; place, birth
 * year and sex disagreeing with the entry are warnings, as there is no check digit), and the
 * paper number when the paper type fixes its shape (CMND 9 or 12 digits, CCCD = personal ID).
 * Never infers anything from a CMND prefix.
 */
import type { FieldDef, PersonDef } from '../field-kinds';
import { decodePersonalId } from '../reference';
import type { EntryView } from './entry-view';
import { issue, type Issue } from './issue';

/** Codes of loaiGiayToTuyThan (Ministry list). */
const PAPER_CMND = '1';
const PAPER_CCCD = '4';

function personalIdIssues(entry: EntryView, person: PersonDef, field: FieldDef, id: string): Issue[] {
  const decoded = decodePersonalId(id);
  if (!decoded.ok) {
    return [issue(field, 'personal-id-format', 'error', { vi: 'số định danh cá nhân phải có đúng 12 chữ số', en: 'a personal ID has exactly 12 digits' })];
  }
  const issues: Issue[] = [];
  if (!decoded.place) {
    issues.push(
      issue(field, 'personal-id-place', 'warning', {
        vi: `3 số đầu "${id.slice(0, 3)}" không phải mã tỉnh hay mã nước đã biết`,
        en: `prefix "${id.slice(0, 3)}" is no known province or country code`,
      }),
    );
  }
  const birth = entry.date(person.birthKey);
  if (birth && birth.year !== decoded.birthYear) {
    issues.push(
      issue(field, 'personal-id-birth-year', 'warning', {
        vi: `số cho năm sinh ${decoded.birthYear}, sổ ghi năm ${birth.year}`,
        en: `the number says born ${decoded.birthYear}, the entry ${birth.year}`,
      }),
    );
  }
  const sex = entry.sexOf(person);
  if (sex && sex !== decoded.sex) {
    issues.push(
      issue(field, 'personal-id-sex', 'warning', {
        vi: `số cho giới tính ${decoded.sex === 'male' ? 'nam' : 'nữ'}, khác với sổ`,
        en: `the number says ${decoded.sex}, unlike the entry`,
      }),
    );
  }
  return issues;
}

function personIssues(entry: EntryView, person: PersonDef): Issue[] {
  const issues: Issue[] = [];
  const idField = person.personalIdKey ? entry.field(person.personalIdKey) : undefined;
  const id = idField ? entry.value(idField.key) : '';
  if (idField && id !== '') issues.push(...personalIdIssues(entry, person, idField, id));

  const numberField = person.paperNumberKey ? entry.field(person.paperNumberKey) : undefined;
  const number = numberField ? entry.value(numberField.key) : '';
  const paperType = person.paperTypeKey ? entry.value(person.paperTypeKey) : '';
  if (!numberField || number === '') return issues;
  if (paperType === PAPER_CMND && !/^(\d{9}|\d{12})$/u.test(number)) {
    issues.push(issue(numberField, 'cmnd-format', 'error', { vi: 'số CMND phải có 9 hoặc 12 chữ số', en: 'an ID card number has 9 or 12 digits' }));
  }
  if (paperType === PAPER_CCCD) issues.push(...personalIdIssues(entry, person, numberField, number));
  return issues;
}

export function identityIssues(entry: EntryView): Issue[] {
  return entry.type.people.flatMap((person) => personIssues(entry, person));
}
