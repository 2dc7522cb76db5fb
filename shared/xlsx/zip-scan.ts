/**
 * Checks the zip container of an .xlsx before the Excel library sees it: a real xlsx package,
 * within the entry, sheet and unpacked-size limits, and honest about its sizes (every deflated
 * entry is unpacked as a stream and stopped as soon as it outgrows what it declared), so a zip
 * bomb is refused in milliseconds. Also sizes the defined names the library would expand cell by
 * cell. Reads only; must not build workbook content.
 */
import { formatBytes, XlsxLimitError, xlsxError, type XlsxLimits } from './limits';

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MIN = 22;
const ZIP64_MARK = 0xffffffff;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly packed: number;
  readonly unpacked: number;
  readonly localOffset: number;
}

const fail = (code: Parameters<typeof xlsxError>[0], message: string): never => {
  throw new XlsxLimitError(xlsxError(code, message));
};

const NOT_XLSX = 'Tệp không phải là tệp Excel .xlsx (hoặc đã hỏng).';
const CORRUPT = 'Tệp Excel bị hỏng hoặc không đầy đủ (có thể bị cắt khi sao chép); hãy lấy lại tệp gốc.';

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_MIN;
  const first = Math.max(0, last - 0xffff);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  }
  return fail('not-xlsx', NOT_XLSX);
}

function centralDirectory(bytes: Uint8Array, limits: XlsxLimits): ZipEntry[] {
  if (bytes.byteLength < EOCD_MIN) fail('not-xlsx', NOT_XLSX);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === ZIP64_MARK) fail('too-big', 'Tệp dùng định dạng ZIP64, quá lớn cho một sổ hộ tịch.');
  if (count > limits.maxEntries) fail('too-complex', `Tệp có ${count} thành phần, quá nhiều cho một tệp Excel sổ hộ tịch.`);
  if (offset + size > eocd) fail('corrupt', CORRUPT);
  const decoder = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_SIGNATURE) fail('corrupt', CORRUPT);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > eocd) fail('corrupt', CORRUPT);
    const entry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//u, ''),
      method: view.getUint16(at + 10, true),
      packed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    if (entry.packed === ZIP64_MARK || entry.unpacked === ZIP64_MARK) fail('too-big', 'Tệp dùng định dạng ZIP64, quá lớn cho một sổ hộ tịch.');
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) fail('corrupt', CORRUPT);
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.packed > bytes.byteLength) fail('corrupt', CORRUPT);
  return bytes.subarray(start, start + entry.packed);
}

/**
 * Unpacks one entry as a stream, stopping once it exceeds its declared size. Returns the text
 * only when asked (the workbook part, for its defined names).
 */
async function unpack(data: Uint8Array, entry: ZipEntry, deadline: number, keep: boolean): Promise<string> {
  if (entry.method === 0) {
    if (entry.packed !== entry.unpacked) fail('corrupt', CORRUPT);
    return keep ? new TextDecoder('utf-8').decode(data) : '';
  }
  if (entry.method !== 8) fail('corrupt', `Tệp Excel nén theo cách không hỗ trợ (phương thức ${entry.method}).`);
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      // A copy: the stream wants its own ArrayBuffer-backed chunk.
      controller.enqueue(data.slice());
      controller.close();
    },
  });
  const reader = input.pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  let text = '';
  try {
    for (;;) {
      const chunk = await reader.read().catch(() => fail('corrupt', CORRUPT));
      if (chunk.done) break;
      total += chunk.value.byteLength;
      if (total > entry.unpacked) {
        fail('too-big', `Thành phần "${entry.name}" của tệp giải nén lớn hơn kích thước khai báo (nghi tệp nén độc hại).`);
      }
      if (Date.now() > deadline) fail('timeout', 'Đọc tệp quá thời gian cho phép.');
      if (keep) text += decoder.decode(chunk.value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  if (total !== entry.unpacked) fail('corrupt', CORRUPT);
  return keep ? text + decoder.decode() : '';
}

/** `Sheet1!$A$1:$BR$5000` → 350,000 cells; single cells count 1. */
function namedCells(workbookXml: string): number {
  let cells = 0;
  for (const name of workbookXml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/gu)) {
    for (const range of (name[1] ?? '').matchAll(/\$?([A-Z]{1,3})\$?(\d{1,7})(?::\$?([A-Z]{1,3})\$?(\d{1,7}))?/gu)) {
      const [, c1 = 'A', r1 = '1', c2 = c1, r2 = r1] = range;
      cells += (Math.abs(columnNumber(c2) - columnNumber(c1)) + 1) * (Math.abs(Number(r2) - Number(r1)) + 1);
    }
  }
  return cells;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Throws XlsxLimitError with the first problem found; resolves when the package is safe to parse. */
export async function scanZip(bytes: Uint8Array, limits: XlsxLimits, deadline: number): Promise<void> {
  const entries = centralDirectory(bytes, limits);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) fail('not-xlsx', NOT_XLSX);
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/u.test(e.name)).length;
  if (sheets > limits.maxSheets) fail('too-many-sheets', `Tệp có ${sheets} trang tính, nhiều hơn giới hạn ${limits.maxSheets}.`);
  const declared = entries.reduce((sum, e) => sum + e.unpacked, 0);
  if (declared > limits.maxUnpackedBytes) {
    fail('too-big', `Tệp giải nén ra ${formatBytes(declared)}, vượt giới hạn ${formatBytes(limits.maxUnpackedBytes)} (nghi tệp nén độc hại).`);
  }
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const keep = entry.name === 'xl/workbook.xml';
    const text = await unpack(entryData(bytes, entry), entry, deadline, keep);
    if (keep && namedCells(text) > limits.maxNamedCells) {
      fail('too-complex', 'Tệp có vùng đặt tên (Name) quá lớn; hãy xóa các Name không cần thiết rồi lưu lại.');
    }
  }
}
