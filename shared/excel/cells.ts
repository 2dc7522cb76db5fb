/**
 * Turning one cell of a real file into the text the Ministry template expects: numbers back to
 * text (personal IDs regain the leading zeros Excel dropped), date cells to dd.mm.yyyy, and the
 * cell types that carry no trustworthy text (formulas, booleans, errors) into problems. Decides
 * by field kind, never by field name. Must not normalise or validate the text itself.
 */
import type { FieldDef } from '../domain/field-kinds';
import { formatPartialDate } from '../domain/partial-date';
import { isFormulaCell, type SheetCell } from './sheet-model';

export type CellProblemCode = 'formula' | 'boolean-cell' | 'error-cell' | 'number-precision' | 'number-cell' | 'date-cell';

export interface CellProblem {
  readonly code: CellProblemCode;
  readonly severity: 'error' | 'warning';
  /** Vietnamese reason; the caller adds row and column. */
  readonly reason: string;
  /** The same in English, for the app's second locale. */
  readonly reasonEn: string;
}

export interface CellRead {
  /** Text to use as the field's value; empty when the cell carries no usable value. */
  readonly text: string;
  /** What the cell showed, for reports and for writing a rejected row back unchanged. */
  readonly shown: string;
  readonly problem?: CellProblem;
}

/**
 * A 12-digit personal ID starts with the province code 001–096, so a number cell drops one or
 * two zeros: 10 or 11 digits are padded back; anything else is left for validation to judge.
 */
const PERSONAL_ID_LENGTH = 12;
const PERSONAL_ID_LOST_ZEROS = /^\d{10,11}$/u;

const TEXT_FORMAT_HINT = 'hãy định dạng cột là văn bản (Text) và nhập lại';
const TEXT_FORMAT_HINT_EN = 'format the column as Text and type it again';

function dateText(date: Date, field: FieldDef | undefined): CellRead {
  if (Number.isNaN(date.getTime())) {
    return { text: '', shown: '', problem: { code: 'error-cell', severity: 'error', reason: 'ô ngày tháng không đọc được', reasonEn: 'unreadable date cell' } };
  }
  // Excel stores dates without a zone; the reader hands them over as UTC midnight.
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  if (field?.kind === 'registration-number' && day === 1) {
    // Excel turns a typed "01/2018" into the date 1 January 2018.
    const text = `${String(month).padStart(2, '0')}/${year}`;
    return {
      text,
      shown: text,
      problem: {
        code: 'date-cell',
        severity: 'warning',
        reason: `ô kiểu ngày tháng, đã đọc thành "${text}"; kiểm tra lại, ${TEXT_FORMAT_HINT}`,
        reasonEn: `a date cell, read as "${text}"; check it, ${TEXT_FORMAT_HINT_EN}`,
      },
    };
  }
  const text = formatPartialDate({ year, month, day });
  return { text, shown: text };
}

function numberText(n: number, field: FieldDef | undefined, personalId: boolean): CellRead {
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n))) {
    return {
      text: '',
      shown: String(n),
      problem: {
        code: 'number-precision',
        severity: 'error',
        reason: `số ${String(n)} quá lớn, Excel đã làm mất chữ số; ${TEXT_FORMAT_HINT}`,
        reasonEn: `the number ${String(n)} is too large, Excel lost digits; ${TEXT_FORMAT_HINT_EN}`,
      },
    };
  }
  const digits = String(n);
  if (personalId && PERSONAL_ID_LOST_ZEROS.test(digits)) {
    const text = digits.padStart(PERSONAL_ID_LENGTH, '0');
    return { text, shown: text };
  }
  if (field?.kind === 'id-number') {
    return {
      text: digits,
      shown: digits,
      problem: {
        code: 'number-cell',
        severity: 'warning',
        reason: `ô kiểu số, có thể đã mất số 0 ở đầu; ${TEXT_FORMAT_HINT}`,
        reasonEn: `a number cell, leading zeros may be lost; ${TEXT_FORMAT_HINT_EN}`,
      },
    };
  }
  return { text: digits, shown: digits };
}

/**
 * `personalId` marks the column of a 12-digit personal ID (the definition's personalIdKey),
 * whose lost zeros can be restored with certainty.
 */
export function readCell(cell: SheetCell | undefined, field: FieldDef | undefined, personalId = false): CellRead {
  if (cell === null || cell === undefined) return { text: '', shown: '' };
  if (typeof cell === 'string') return { text: cell, shown: cell };
  if (typeof cell === 'number') return numberText(cell, field, personalId);
  if (typeof cell === 'boolean') {
    const shown = cell ? 'TRUE' : 'FALSE';
    return {
      text: '',
      shown,
      problem: { code: 'boolean-cell', severity: 'error', reason: `ô kiểu đúng/sai (${shown}) không phải giá trị hộ tịch`, reasonEn: `a true/false cell (${shown}) is not a civil-status value` },
    };
  }
  if (cell instanceof Date) return dateText(cell, field);
  if (isFormulaCell(cell)) {
    return {
      text: '',
      shown: `=${cell.formula}`,
      problem: { code: 'formula', severity: 'error', reason: 'công thức không được phép, hãy nhập giá trị', reasonEn: 'formulas are not allowed, type the value' },
    };
  }
  return { text: '', shown: cell.error, problem: { code: 'error-cell', severity: 'error', reason: `ô báo lỗi Excel ${cell.error}`, reasonEn: `the cell shows the Excel error ${cell.error}` } };
}
