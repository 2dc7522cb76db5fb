/** The shape every benchmark suite reports in, and the two summaries they all use. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  target: number;
  better: 'lower' | 'higher';
}

export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

export const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Issue 4's scan targets (test/bench/app/scans.bench.ts). Import time runs from the file chosen
 * in the scans screen to all its pages in the grid. Import memory is the peak, during the
 * import, of VmRSS summed over every process of the app's Chromium (browser, renderer with
 * the pdf.js worker thread, utilities) sampled from /proc every 25 ms, minus that sum just before
 * the file is chosen; its target is a multiple of the file's size. A page flip runs from the
 * Alt+PageDown keydown to the frame after the viewer's new canvas is in place.
 */
export const SCAN_TARGETS = { importS: 30, peakMemoryPerFileSize: 2.5, pageFlipP95Ms: 150 } as const;
