import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readWorkbook, TEXT_FORMAT, writeWorkbook } from '../../../../shared/xlsx';

async function reopen(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return workbook;
}

describe('print layout', () => {
  it('prints landscape A4, one page wide, repeating the header row, with the column widths given', async () => {
    const bytes = await writeWorkbook({
      sheets: [
        {
          name: 'Theo sổ',
          rows: [['Báo cáo'], [], ['Loại', 'Quyển số', 'Đã nhập'], ['KS', '01/2008', '1.234']],
          columnWidths: [8, 14, 10],
          print: { orientation: 'landscape', headerRow: 3 },
        },
      ],
    });
    const sheet = (await reopen(bytes)).getWorksheet('Theo sổ');
    expect(sheet?.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' });
    expect([1, 2, 3].map((c) => sheet?.getColumn(c).width)).toEqual([8, 14, 10]);
    expect(sheet?.getCell('C3').font?.bold).toBe(true);
    expect(sheet?.getCell('C4').numFmt).toBe(TEXT_FORMAT);
    expect(sheet?.getCell('C4').value).toBe('1.234');
  });

  it('leaves sheets without a print layout as before', async () => {
    const bytes = await writeWorkbook({ sheets: [{ name: 'DL Import', rows: [['so'], ['01']] }] });
    const sheet = (await reopen(bytes)).getWorksheet('DL Import');
    expect(sheet?.pageSetup.printTitlesRow).toBeUndefined();
    expect(sheet?.pageSetup.fitToPage).toBeFalsy();
    const read = await readWorkbook(bytes);
    expect(read.ok && read.value.sheets[0]?.rows).toEqual([['so'], ['01']]);
  });
});
