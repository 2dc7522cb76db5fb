/**
 * A generated scanned register for the scan benchmarks: an A3 PDF of `pages` full-page JPEG
 * "photos" (paper tone, grain, ruled table, handwriting-like lines, a stamp), about 330 KB
 * each as a phone or flatbed scan of a page is, so 300 pages make a file of about 100 MB. The
 * same seed gives the same bytes on the same Chromium. JPEGs are encoded by Debian's Chromium
 * (canvas.toBlob) and put into the PDF by pdf-lib; nothing is written to disk here.
 */
import { chromium, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../e2e/fixtures/chromium';

/** A3 in PDF points and, at 150 dpi, in pixels. */
const A3_POINTS = { width: 842, height: 1191 } as const;
const A3_PIXELS = { width: 1754, height: 2480 } as const;
const JPEG_QUALITY = 0.55;
/** Pages encoded per round trip to the browser: keeps each base64 answer near 4 MB. */
const BATCH = 10;

export interface ScanBook {
  pdf: Uint8Array;
  /** Each page's JPEG, as embedded, for baselines that draw the page without the PDF. */
  pageJpegs: Uint8Array[];
}

/** Draws and encodes pages `from`…`to - 1` in the browser; every random choice comes from the page's own seed. */
function encodePages(page: Page, seed: number, from: number, to: number): Promise<string[]> {
  return page.evaluate(
    async ({ seed, from, to, size, quality }) => {
      const rng = (s: number) => () => {
        // mulberry32
        s = (s + 0x6d2b79f5) | 0;
        let t = Math.imul(s ^ (s >>> 15), 1 | s);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
      };
      const words = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Thị', 'Văn', 'Minh', 'Lan', 'Hùng', 'Ba Đình', 'Hà Nội', 'khai sinh', 'ngày', 'tháng', 'năm', 'Kinh', 'Việt Nam', 'Ngọc', 'Thanh'];
      const canvas = document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('scan-book: no 2d context');
      const out: string[] = [];
      for (let index = from; index < to; index++) {
        const random = rng(seed * 100_003 + index);
        const tone = 225 + Math.floor(random() * 20);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.fillStyle = `rgb(${tone},${tone - 8},${tone - 30})`;
        ctx.fillRect(0, 0, size.width, size.height);
        // Paper grain: a tile of seeded noise laid over the page at a seeded offset.
        const tile = ctx.createImageData(192, 192);
        for (let i = 0; i < tile.data.length; i += 4) {
          const v = Math.floor(random() * 255);
          tile.data.set([v, v, v, 7], i);
        }
        const grain = document.createElement('canvas');
        grain.width = tile.width;
        grain.height = tile.height;
        grain.getContext('2d')?.putImageData(tile, 0, 0);
        const pattern = ctx.createPattern(grain, 'repeat');
        if (pattern) {
          ctx.translate(-Math.floor(random() * 192), -Math.floor(random() * 192));
          ctx.fillStyle = pattern;
          ctx.fillRect(0, 0, size.width + 192, size.height + 192);
          ctx.setTransform(1, 0, 0, 1, 0, 0);
        }
        // The printed table of the register, slightly skewed as a page on a scanner is.
        ctx.rotate((random() - 0.5) * 0.02);
        ctx.strokeStyle = 'rgb(70,60,50)';
        ctx.lineWidth = 2;
        const rows = 14;
        const rowHeight = (size.height - 300) / rows;
        for (let r = 0; r <= rows; r++) {
          ctx.beginPath();
          ctx.moveTo(120, 200 + r * rowHeight);
          ctx.lineTo(size.width - 120, 200 + r * rowHeight);
          ctx.stroke();
        }
        for (const x of [120, 300, 900, 1300, size.width - 120]) {
          ctx.beginPath();
          ctx.moveTo(x, 200);
          ctx.lineTo(x, 200 + rows * rowHeight);
          ctx.stroke();
        }
        ctx.fillStyle = 'rgb(40,40,60)';
        ctx.font = 'bold 48px serif';
        ctx.fillText(`SỔ ĐĂNG KÝ KHAI SINH — Trang ${index + 1}`, 160, 140);
        // Handwriting-like entries in each row.
        ctx.fillStyle = 'rgb(20,30,110)';
        for (let r = 0; r < rows; r++) {
          for (let line = 0; line < 3; line++) {
            const text = Array.from({ length: 4 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]).join(' ');
            ctx.font = `italic ${30 + Math.floor(random() * 8)}px serif`;
            ctx.fillText(`${r + 1}. ${text}`, 140 + random() * 30, 200 + r * rowHeight + 45 + line * 48);
          }
        }
        // A red stamp somewhere near the bottom.
        ctx.strokeStyle = 'rgba(190,20,20,0.7)';
        ctx.lineWidth = 8;
        ctx.beginPath();
        ctx.arc(1200 + random() * 300, size.height - 260 + random() * 60, 110, 0, Math.PI * 2);
        ctx.stroke();
        const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
        if (!blob) throw new Error('scan-book: no JPEG');
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        out.push(btoa(binary));
      }
      return out;
    },
    { seed, from, to, size: A3_PIXELS, quality: JPEG_QUALITY },
  );
}

export async function generateScanBook(options: { pages: number; seed: number }): Promise<ScanBook> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] });
  const pageJpegs: Uint8Array[] = [];
  try {
    const page = await browser.newPage();
    for (let from = 0; from < options.pages; from += BATCH) {
      const encoded = await encodePages(page, options.seed, from, Math.min(options.pages, from + BATCH));
      pageJpegs.push(...encoded.map((b64) => new Uint8Array(Buffer.from(b64, 'base64'))));
    }
  } finally {
    await browser.close();
  }
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  doc.setModificationDate(new Date(Date.UTC(2026, 0, 1)));
  for (const jpeg of pageJpegs) {
    const image = await doc.embedJpg(jpeg);
    doc.addPage([A3_POINTS.width, A3_POINTS.height]).drawImage(image, { x: 0, y: 0, ...A3_POINTS });
  }
  return { pdf: await doc.save(), pageJpegs };
}
