/**
 * Page model of a book's "Ảnh chụp / bản quét" screen: adding files through the labelled
 * input and reading the page grid (numbers, kinds, rotations, selection). Drives the UI through
 * labels and test ids; holds no assertions beyond waiting for a step.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export interface ScanFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export class ScansPage {
  readonly grid: Locator;
  readonly pages: Locator;
  /** The labelled file input; the benchmark sets a large file on it by path. */
  readonly fileInput: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('scan-grid');
    this.pages = page.getByTestId('scan-page');
    this.fileInput = page.getByLabel('Thêm tệp PDF hoặc ảnh (JPEG, PNG) theo thứ tự trang');
  }

  async open(quyenSo: string): Promise<void> {
    await this.page.getByTestId('nav-books').click();
    await this.page.getByTestId(`book-scans-${quyenSo}`).click();
    await expect(this.page.getByTestId('book-scans')).toBeVisible();
  }

  /** Adds files through the visible file input and waits until their pages are in the grid. */
  async add(files: readonly ScanFile[], pagesAfter: number): Promise<void> {
    await this.choose(files);
    await expect(this.pages).toHaveCount(pagesAfter, { timeout: 30_000 });
  }

  /** Chooses files through the visible file input, waiting for nothing. */
  async choose(files: readonly ScanFile[]): Promise<void> {
    await this.fileInput.setInputFiles([...files]);
  }

  /** Page numbers in grid order. */
  numbers(): Promise<string[]> {
    return this.pages.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-number') ?? ''));
  }

  kinds(): Promise<string[]> {
    return this.pages.evaluateAll((cells) => cells.map((c) => c.getAttribute('data-kind') ?? ''));
  }

  /** Rotation of the page at `position` (0-based), as the grid shows it. */
  rotation(position: number): Promise<string | null> {
    return this.pages.nth(position).getAttribute('data-rotation');
  }

  /** Per page in grid order, whether it shows its thumbnail: not the placeholder of one still to make, nor a canvas still blank (300×150). */
  thumbnailsShown(): Promise<boolean[]> {
    return this.pages.evaluateAll((cells) =>
      cells.map((cell) => {
        const canvas = cell.querySelector('canvas');
        return canvas !== null && (canvas.width !== 300 || canvas.height !== 150);
      }),
    );
  }

  /** Whether every page shows its thumbnail, drawn in the background after the import. */
  async thumbnailsDrawn(): Promise<boolean> {
    return (await this.thumbnailsShown()).every(Boolean);
  }
}
