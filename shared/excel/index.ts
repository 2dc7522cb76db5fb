/**
 * Public surface of the Excel logic (pure; no Excel library): profiles, header matching, cell
 * reading, row ↔ entry conversion, file names, register order and the export manifest. Bytes
 * go through shared/xlsx.
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
  BOOK_FILE_FIELDS,
  BOOK_FILE_PATTERN,
  ENTRY_PDF_PATTERN,
  FileNamePatternError,
  bookFileFields,
  bookFilePatternProblem,
  fileName,
  initials,
  isoDate,
  numberAndYear,
  registeringPlace,
  type BookFilePatternProblem,
  type BookNameSource,
  type FileNameFields,
} from './file-names';
export { compareRegisterOrder, type Registered } from './register-order';
export {
  exportManifest,
  manifestBytes,
  sha256Hex,
  type ExportCounts,
  type ExportManifest,
  type ManifestFile,
  type ManifestInput,
} from './export-manifest';
export type { ErrorCell, FormulaCell, Sheet, SheetCell, SheetModel } from './sheet-model';
