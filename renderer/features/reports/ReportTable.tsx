/**
 * One of the report's text tables as an HTML table with a caption, row headers in the first
 * column and the totals line in a footer. Presentational.
 */
import type { TextTable } from './report-tables';

export function ReportTable({ caption, table, testId }: { caption: string; table: TextTable; testId: string }) {
  return (
    <div className="table-scroll report-table">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, n) => (
            // Rows are shown in the report's order and never reordered in place.
            <tr key={n}>
              {row.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
            </tr>
          ))}
        </tbody>
        {table.total ? (
          <tfoot>
            <tr>
              {table.total.map((cell, c) => (c === 0 ? <th key={c} scope="row">{cell}</th> : <td key={c}>{cell}</td>))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </div>
  );
}
