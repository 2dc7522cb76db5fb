/**
 * Command-line arguments of `sohoa`: which command, its files and options, or a usage error.
 * Parsing only; must not touch files or print.
 */
import { RegisterTypeCode } from '../../shared/domain/register-types';

export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'validate'; readonly file: string; readonly type?: RegisterTypeCode; readonly json: boolean }
  | { readonly name: 'normalize'; readonly input: string; readonly output: string; readonly type?: RegisterTypeCode; readonly force: boolean };

export type ParsedArgs = { readonly ok: true; readonly command: Command } | { readonly ok: false; readonly message: string };

export const USAGE = `Cách dùng:
  sohoa validate <tệp.xlsx> [--type KS|KT|KH|HN|CMC|TD|GH|NCN|GCKH|GCLH] [--json]
      Kiểm tra tệp Excel theo mẫu của Bộ Tư pháp. Không có --type: nhận loại sổ từ dòng tiêu đề.
      Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp.
  sohoa normalize <vào.xlsx> <ra.xlsx> [--type …] [--force]
      Ghi lại tệp đúng mẫu (trang "DL Import", tiêu đề chuẩn, mọi ô dạng văn bản, ngày dd.mm.yyyy,
      tên dân tộc/quốc tịch theo danh mục); dòng có lỗi giữ nguyên như đã đọc và được liệt kê.
      Không ghi đè tệp vào; không ghi đè tệp ra đã có trừ khi có --force.
`;

const OPTIONS_WITH_VALUE = new Set(['--type']);
const FLAGS = new Set(['--json', '--force', '--help', '-h']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name = '', inline] = arg.startsWith('--') ? arg.split(/=(.*)/su, 2) : [arg];
    if (OPTIONS_WITH_VALUE.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return { ok: false, message: `Thiếu giá trị cho ${name}.` };
      options.set(name, value);
    } else if (FLAGS.has(name) && inline === undefined) {
      options.set(name, '');
    } else if (arg.startsWith('-') && arg !== '-') {
      return { ok: false, message: `Tùy chọn không hợp lệ: ${arg}` };
    } else {
      positional.push(arg);
    }
  }
  if (options.has('--help') || options.has('-h') || positional.length === 0) return { ok: true, command: { name: 'help' } };

  const rawType = options.get('--type');
  const type = rawType === undefined ? undefined : RegisterTypeCode.safeParse(rawType.toUpperCase());
  if (type && !type.success) return { ok: false, message: `Loại sổ không hợp lệ: ${rawType ?? ''} (${RegisterTypeCode.options.join(', ')}).` };
  const typed = type?.success ? { type: type.data } : {};

  const [command, ...files] = positional;
  if (command === 'validate') {
    const [file] = files;
    if (file === undefined || files.length !== 1) return { ok: false, message: 'validate cần đúng một tệp .xlsx.' };
    if (options.has('--force')) return { ok: false, message: '--force chỉ dùng với normalize.' };
    return { ok: true, command: { name: 'validate', file, ...typed, json: options.has('--json') } };
  }
  if (command === 'normalize') {
    const [input, output] = files;
    if (input === undefined || output === undefined || files.length !== 2) return { ok: false, message: 'normalize cần tệp vào và tệp ra.' };
    if (options.has('--json')) return { ok: false, message: '--json chỉ dùng với validate.' };
    return { ok: true, command: { name: 'normalize', input, output, ...typed, force: options.has('--force') } };
  }
  return { ok: false, message: `Lệnh không hợp lệ: ${command ?? ''}` };
}
