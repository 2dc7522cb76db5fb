/**
 * Public surface of the xlsx adapter: the only module of the project that imports exceljs.
 * Everything else works on the plain sheet model of shared/excel.
 */
export { readWorkbook, type XlsxReadResult } from './read-workbook';
export { writeWorkbook, TEXT_FORMAT } from './write-workbook';
export { DEFAULT_XLSX_LIMITS, formatBytes, type XlsxError, type XlsxErrorCode, type XlsxLimits } from './limits';
