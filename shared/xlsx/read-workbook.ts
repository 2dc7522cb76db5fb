/**
 * Reading .xlsx bytes into the plain sheet model, through the one Excel library the project
 * uses (exceljs, pinned and barely maintained: only this folder may import it). Every read is
 * bounded (see limits.ts) and ends in either a model or ONE typed error; it never throws.
 * Formulas keep their text and lose their cached value. Must not interpret cells for a register.
 */
import ExcelJS from 'exceljs';
import type { SheetCell, SheetModel } from '../excel/sheet-model';
import { DEFAULT_XLSX_LIMITS, formatBytes, XlsxLimitError, xlsxError, type XlsxError, type XlsxLimits } from './limits';
import { scanZip } from './zip-scan';

export type XlsxReadResult = { readonly ok: true; readonly value: SheetModel } | { readonly ok: false; readonly error: XlsxError };

/**
 * Parts of a sheet the library would expand cell by cell (a merge or a validation over whole
 * columns is billions of cells) and that the model does not need.
 */
const IGNORED_SHEET_PARTS = ['mergeCells', 'dataValidations', 'conditionalFormatting', 'cols', 'hyperlinks', 'autoFilter', 'tableParts'];

function richText(value: { readonly richText: readonly { readonly text: string }[] }): string {
  return value.richText.map((part) => part.text).join('');
}

function toCell(value: ExcelJS.CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('formula' in value || 'sharedFormula' in value) {
    return { formula: value.formula ?? ('sharedFormula' in value ? value.sharedFormula : '') };
  }
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return richText(value);
  // A hyperlink cell (hyperlink parts are not parsed, so this is rare): keep its text.
  return typeof value.text === 'string' ? value.text : { error: '#VALUE!' };
}

const limitError = (error: XlsxError): never => {
  throw new XlsxLimitError(error);
};

function cellLength(cell: SheetCell): number {
  if (typeof cell === 'string') return cell.length;
  if (typeof cell === 'object' && cell !== null && 'formula' in cell) return cell.formula.length;
  return 0;
}

function toModel(workbook: ExcelJS.Workbook, limits: XlsxLimits, deadline: number): SheetModel {
  if (workbook.worksheets.length > limits.maxSheets) {
    limitError(xlsxError('too-many-sheets', `Tệp có ${workbook.worksheets.length} trang tính, nhiều hơn giới hạn ${limits.maxSheets}.`));
  }
  return {
    sheets: workbook.worksheets.map((worksheet) => {
      const where = `trang "${worksheet.name}"`;
      if (worksheet.rowCount > limits.maxRows) {
        limitError(xlsxError('too-many-rows', `${where} dùng đến dòng ${worksheet.rowCount}, vượt giới hạn ${limits.maxRows} dòng.`));
      }
      const rows: SheetCell[][] = Array.from({ length: worksheet.rowCount }, () => []);
      worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        if (Date.now() > deadline) limitError(xlsxError('timeout', 'Đọc tệp quá thời gian cho phép.'));
        if (row.cellCount > limits.maxColumns) {
          limitError(xlsxError('too-many-columns', `${where}, dòng ${rowNumber} dùng đến cột ${row.cellCount}, vượt giới hạn ${limits.maxColumns} cột.`));
        }
        const cells: SheetCell[] = Array.from({ length: row.cellCount }, () => null);
        row.eachCell({ includeEmpty: false }, (cell, column) => {
          const value = toCell(cell.value);
          if (cellLength(value) > limits.maxCellLength) {
            limitError(
              xlsxError('cell-too-long', `${where}, ô ${cell.address} dài ${cellLength(value)} ký tự, vượt giới hạn ${limits.maxCellLength}.`),
            );
          }
          cells[column - 1] = value;
        });
        rows[rowNumber - 1] = cells;
      });
      return { name: worksheet.name, rows };
    }),
  };
}

function libraryError(error: unknown): XlsxError {
  if (error instanceof XlsxLimitError) return error.error;
  return xlsxError('corrupt', 'Tệp Excel bị hỏng hoặc có nội dung không đọc được; hãy mở bằng Excel, lưu lại dạng .xlsx rồi thử lại.');
}

/** Resolves when the work does, or with a timeout error when the budget runs out first. */
async function withinBudget<T>(work: Promise<T>, deadline: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new XlsxLimitError(xlsxError('timeout', 'Đọc tệp quá thời gian cho phép.'))),
      Math.max(0, deadline - Date.now()),
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function readWorkbook(bytes: Uint8Array, overrides: Partial<XlsxLimits> = {}): Promise<XlsxReadResult> {
  const limits = { ...DEFAULT_XLSX_LIMITS, ...overrides };
  if (bytes.byteLength === 0) return { ok: false, error: xlsxError('empty', 'Tệp rỗng (0 byte).') };
  if (bytes.byteLength > limits.maxBytes) {
    return { ok: false, error: xlsxError('too-big', `Tệp ${formatBytes(bytes.byteLength)}, vượt giới hạn ${formatBytes(limits.maxBytes)}.`) };
  }
  const deadline = Date.now() + limits.timeBudgetMs;
  try {
    const model = await withinBudget(
      (async () => {
        await scanZip(bytes, limits, deadline);
        const workbook = new ExcelJS.Workbook();
        // The library's typings want an ArrayBuffer; a copy also detaches it from the caller's view.
        await workbook.xlsx.load(bytes.slice().buffer, { ignoreNodes: IGNORED_SHEET_PARTS });
        return toModel(workbook, limits, deadline);
      })(),
      deadline,
    );
    return { ok: true, value: model };
  } catch (error) {
    return { ok: false, error: libraryError(error) };
  }
}
