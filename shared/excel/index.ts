/**
 * Public surface of the Excel logic (pure; no Excel library): profiles, header matching, cell
 * reading, row ↔ entry conversion and file names. Bytes go through shared/xlsx.
 */
export { IMPORT_SHEET_NAME, PROFILES, getProfile, profilesOf, type ExcelProfile } from './profiles';
export { cleanHeader, detectProfile, matchHeaders, type DetectResult, type HeaderMatch } from './headers';
export { readCell, type CellProblem, type CellProblemCode, type CellRead } from './cells';
export {
  columnLetter,
  detectSheetProfile,
  readEntries,
  type Problem,
  type ProblemCode,
  type ReadEntriesOptions,
  type ReadRow,
  type SheetRead,
  type SheetReadError,
  type SheetReadErrorCode,
  type SheetReadResult,
} from './read-entries';
export {
  planImport,
  type ImportPlan,
  type ImportPlanError,
  type ImportPlanErrorCode,
  type ImportPlanOptions,
  type ImportPlanResult,
  type ImportRow,
  type ImportRowStatus,
} from './import-plan';
export { exportRow, exportSheet, profileRow, profileSheet } from './write-rows';
export {
  BOOK_FILE_PATTERN,
  ENTRY_PDF_PATTERN,
  FileNamePatternError,
  fileName,
  initials,
  isoDate,
  numberAndYear,
  type FileNameFields,
} from './file-names';
export type { ErrorCell, FormulaCell, Sheet, SheetCell, SheetModel } from './sheet-model';
