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
