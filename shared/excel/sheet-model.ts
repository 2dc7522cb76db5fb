/**
 * The plain sheet model exchanged between the xlsx adapter (shared/xlsx, the only code that
 * knows the Excel library) and the pure Excel logic here. Only data shapes; no behaviour, and
 * nothing that depends on how a workbook is stored.
 */

/** A formula is carried without its cached result: we never trust a value Excel computed. */
export interface FormulaCell {
  readonly formula: string;
}

/** An Excel error value such as #N/A or #REF!. */
export interface ErrorCell {
  readonly error: string;
}

export type SheetCell = string | number | boolean | Date | null | FormulaCell | ErrorCell;

/** How a sheet meant for paper is printed: always A4, fitted to the page width. */
export interface SheetPrint {
  readonly orientation: 'portrait' | 'landscape';
  /** The table's header row (1-based): repeated at the top of every printed page. */
  readonly headerRow?: number;
}

export interface Sheet {
  readonly name: string;
  /** rows[i] is Excel row i + 1; a blank row is an empty array. */
  readonly rows: readonly (readonly SheetCell[])[];
  /** Widths in characters, first column first; columns without one keep Excel's default. */
  readonly columnWidths?: readonly number[];
  readonly print?: SheetPrint;
}

export interface SheetModel {
  readonly sheets: readonly Sheet[];
}

export const isFormulaCell = (cell: SheetCell): cell is FormulaCell =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'formula' in cell;

export const isErrorCell = (cell: SheetCell): cell is ErrorCell =>
  typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'error' in cell;
