/**
 * Writing the plain sheet model to .xlsx bytes through exceljs (only this folder may import
 * it). Every cell is text: value written as a string and formatted '@', as the Ministry
 * template is, so Excel keeps leading zeros and never turns a date or code into a number.
 * Must not decide what the cells contain.
 */
import ExcelJS from 'exceljs';
import { isErrorCell, isFormulaCell, type Sheet, type SheetCell, type SheetModel, type SheetPrint } from '../excel/sheet-model';

export const TEXT_FORMAT = '@';

/** A writer never emits formulas or typed values: everything becomes the text it shows. */
function cellText(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (cell instanceof Date) return cell.toISOString();
  if (isFormulaCell(cell)) return `=${cell.formula}`;
  if (isErrorCell(cell)) return cell.error;
  return String(cell);
}

const widthOf = (sheet: Sheet, column: number): { width?: number } => {
  const width = sheet.columnWidths?.[column];
  return width === undefined ? {} : { width };
};

/** A4 (paper size 9), one page wide and as many pages tall as it takes. */
function applyPrint(worksheet: ExcelJS.Worksheet, print: SheetPrint): void {
  worksheet.pageSetup = { ...worksheet.pageSetup, paperSize: 9, orientation: print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (print.headerRow !== undefined) {
    worksheet.pageSetup.printTitlesRow = `${print.headerRow}:${print.headerRow}`;
    worksheet.getRow(print.headerRow).font = { bold: true };
  }
}

export async function writeWorkbook(model: SheetModel): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    const width = Math.max(0, ...sheet.rows.map((r) => r.length));
    // Cells take their column's style when created, and empty cells show it: every cell is text,
    // including what a clerk types into the file later, without a style object per cell.
    worksheet.columns = Array.from({ length: width }, (_, c) => ({ style: { numFmt: TEXT_FORMAT }, ...widthOf(sheet, c) }));
    if (sheet.print) applyPrint(worksheet, sheet.print);
    sheet.rows.forEach((cells, r) => {
      const row = worksheet.getRow(r + 1);
      cells.forEach((cell, c) => {
        const text = cellText(cell);
        if (text !== '') row.getCell(c + 1).value = text;
      });
      row.commit();
    });
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
