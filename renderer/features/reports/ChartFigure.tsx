/**
 * An accessible inline-SVG chart: bars across (a share of a whole, e.g. progress against the
 * survey) or columns up (counts over time). The SVG is one image named by the caption; the same
 * figures are listed below it as text, which is also what screen readers and printing rely on.
 * Presentational; no chart library.
 */
import { useId } from 'react';

export interface ChartItem {
  readonly label: string;
  readonly value: number;
  /** What a full bar stands for; columns share the largest value instead. */
  readonly of?: number;
  /** The item in words, e.g. "KS: 120/4.252 bản ghi (2,8%)". */
  readonly text: string;
}

const BAR = { height: 22, gap: 8, label: 60, width: 420 };
const COLUMN = { width: 40, gap: 14, height: 140, label: 18 };

function Bars({ items }: { items: readonly ChartItem[] }) {
  return (
    <>
      {items.map((item, n) => {
        const y = n * (BAR.height + BAR.gap);
        const share = item.of && item.of > 0 ? Math.min(1, item.value / item.of) : 0;
        return (
          <g key={item.label}>
            <text x={0} y={y + BAR.height * 0.7} className="chart-label">
              {item.label}
            </text>
            <rect x={BAR.label} y={y} width={BAR.width} height={BAR.height} className="chart-track" />
            <rect x={BAR.label} y={y} width={BAR.width * share} height={BAR.height} className="chart-bar" />
          </g>
        );
      })}
    </>
  );
}

function Columns({ items }: { items: readonly ChartItem[] }) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <>
      {items.map((item, n) => {
        const x = n * (COLUMN.width + COLUMN.gap);
        const h = (item.value / max) * COLUMN.height;
        return (
          <g key={item.label}>
            <rect x={x} y={COLUMN.height - h} width={COLUMN.width} height={h} className="chart-bar" />
            <text x={x + COLUMN.width / 2} y={COLUMN.height + COLUMN.label - 4} textAnchor="middle" className="chart-label">
              {item.label}
            </text>
          </g>
        );
      })}
    </>
  );
}

export function ChartFigure({ kind, title, items, testId }: { kind: 'bars' | 'columns'; title: string; items: readonly ChartItem[]; testId: string }) {
  const captionId = useId();
  const [width, height] =
    kind === 'bars'
      ? [BAR.label + BAR.width, Math.max(1, items.length) * (BAR.height + BAR.gap)]
      : [Math.max(1, items.length) * (COLUMN.width + COLUMN.gap), COLUMN.height + COLUMN.label];
  return (
    <figure className="panel report-chart" data-testid={testId}>
      <figcaption id={captionId}>{title}</figcaption>
      <svg role="img" aria-labelledby={captionId} viewBox={`0 0 ${width} ${height}`} width={width} height={height}>
        {kind === 'bars' ? <Bars items={items} /> : <Columns items={items} />}
      </svg>
      <ul className="chart-text">
        {items.map((item) => (
          <li key={item.label}>{item.text}</li>
        ))}
      </ul>
    </figure>
  );
}
