/**
 * What `sohoa validate` prints: the exact JSON shape scripts rely on, and the Vietnamese report
 * for people. Formatting only; must not read files or validate.
 */
import type { Problem, SheetRead } from '../../shared/excel';

export interface ReportItem {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

export interface ValidationReport {
  readonly file: string;
  readonly type: string;
  readonly rows: number;
  readonly errors: readonly ReportItem[];
  readonly warnings: readonly ReportItem[];
}

const item = (p: Problem): ReportItem => ({ row: p.row, column: p.column, code: p.code, message: p.message });

/** Header problems first, then rows in file order. */
export function allProblems(read: SheetRead): Problem[] {
  return [...read.headerProblems, ...read.rows.flatMap((r) => r.problems)];
}

export function validationReport(file: string, read: SheetRead): ValidationReport {
  const problems = allProblems(read);
  return {
    file,
    type: read.profile.type,
    rows: read.rows.length,
    errors: problems.filter((p) => p.severity === 'error').map(item),
    warnings: problems.filter((p) => p.severity === 'warning').map(item),
  };
}

export function humanReport(report: ValidationReport, read: SheetRead): string {
  const how = read.detected ? 'nhận ra từ dòng tiêu đề' : 'theo --type';
  const rowsWithErrors = read.rows.filter((r) => r.hasErrors).length;
  const lines = [
    `Tệp: ${report.file}`,
    `Loại sổ: ${read.profile.type} — ${read.profile.definition.name} (mẫu ${read.profile.id}, ${how}; trang "${read.sheetName}")`,
    `Số dòng dữ liệu: ${report.rows}; số dòng có lỗi: ${rowsWithErrors}`,
  ];
  if (report.errors.length > 0) lines.push('', `Lỗi (${report.errors.length}):`, ...report.errors.map((e) => `  ${e.message}`));
  if (report.warnings.length > 0) lines.push('', `Cảnh báo (${report.warnings.length}):`, ...report.warnings.map((w) => `  ${w.message}`));
  lines.push(
    '',
    report.errors.length === 0
      ? `Kết quả: không có lỗi${report.warnings.length > 0 ? ` (${report.warnings.length} cảnh báo cần xem lại)` : ''}.`
      : `Kết quả: có ${report.errors.length} lỗi; sửa các lỗi trên trước khi nhập vào hệ thống của Bộ Tư pháp.`,
  );
  return `${lines.join('\n')}\n`;
}
