/**
 * Workbooks as other tools write them, built directly with exceljs so cells keep the type
 * they are given (numbers, dates, formulas, odd headers). For the Excel unit tests and the
 * import e2e; helpers only, no assertions.
 */
import ExcelJS from 'exceljs';

export type RawCell = ExcelJS.CellValue;

export async function rawWorkbook(sheets: readonly { name: string; rows: readonly (readonly RawCell[])[] }[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((cells, r) => {
      if (cells.length === 0) return;
      const row = worksheet.getRow(r + 1);
      cells.forEach((value, c) => {
        if (value !== null && value !== undefined) row.getCell(c + 1).value = value;
      });
    });
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
