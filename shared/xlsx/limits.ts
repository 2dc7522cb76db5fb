/**
 * Hard limits on reading a workbook and the typed errors a read can end with. A register book
 * file is a few thousand rows of ~70 short text columns; the limits leave a wide margin for
 * that and refuse what no such file needs (zip bombs, 10,000 columns, 1 MB cells), so a read
 * is bounded in memory and time. Data only; enforcement lives in zip-scan and read-workbook.
 */

export interface XlsxLimits {
  /** Size of the .xlsx file itself. */
  readonly maxBytes: number;
  /** Sum of the declared and actual unpacked sizes of all zip entries. */
  readonly maxUnpackedBytes: number;
  readonly maxEntries: number;
  readonly maxSheets: number;
  /** Last used row number of any sheet (header included). */
  readonly maxRows: number;
  /** Last used column number of any row. */
  readonly maxColumns: number;
  /** Characters in one cell; Excel itself stops at 32,767. */
  readonly maxCellLength: number;
  /** Cells covered by defined names, which the Excel library expands one by one. */
  readonly maxNamedCells: number;
  /** Wall-clock budget of one read. */
  readonly timeBudgetMs: number;
}

export const DEFAULT_XLSX_LIMITS: XlsxLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxUnpackedBytes: 256 * 1024 * 1024,
  maxEntries: 2_000,
  maxSheets: 50,
  maxRows: 100_000,
  maxColumns: 500,
  maxCellLength: 32_767,
  maxNamedCells: 1_000_000,
  timeBudgetMs: 30_000,
};

export type XlsxErrorCode =
  | 'empty'
  | 'too-big'
  | 'not-xlsx'
  | 'corrupt'
  | 'too-many-sheets'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'too-complex'
  | 'timeout';

export interface XlsxError {
  readonly code: XlsxErrorCode;
  /** Vietnamese, for the clerk: what is wrong with the file. */
  readonly message: string;
}

export const xlsxError = (code: XlsxErrorCode, message: string): XlsxError => ({ code, message });

/** Thrown inside the reader to stop at the first limit; never escapes readWorkbook. */
export class XlsxLimitError extends Error {
  override readonly name = 'XlsxLimitError';
  constructor(readonly error: XlsxError) {
    super(error.message);
  }
}

export const formatBytes = (n: number): string => `${(n / (1024 * 1024)).toFixed(1)} MB`;
