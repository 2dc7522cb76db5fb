/**
 * The problems of a previewed file in the virtualised grid: Excel row, column key, the value
 * as read, error or warning, and the reason in the user's language (the full Vietnamese
 * message, with row and column, is the cell's title). Presentational and read-only.
 */
import { useLocale, useT } from '../../../i18n/use-t';
import { VirtualList } from '../../../ui/VirtualList';
import type { PreviewProblem } from '../../../workers/excel-import-protocol';

const TEMPLATE = '4rem minmax(9rem, 1fr) minmax(8rem, 1fr) 6rem minmax(16rem, 3fr)';

export function ImportProblems({ problems }: { problems: readonly PreviewProblem[] }) {
  const t = useT();
  const { locale } = useLocale();
  const columns = [
    { label: t('import.col.row'), className: 'num' },
    { label: t('import.col.column'), className: 'mono' },
    { label: t('import.col.value') },
    { label: t('import.col.severity') },
    { label: t('import.col.reason') },
  ];
  const renderRow = (index: number) => {
    const problem = problems[index];
    if (!problem) return [];
    return [
      problem.row,
      problem.column,
      problem.value,
      <span key="severity" className={`severity-${problem.severity}`}>
        {t(`import.severity.${problem.severity}`)}
      </span>,
      <span key="reason" title={problem.message}>
        {locale === 'en' ? problem.reasonEn : problem.reason}
      </span>,
    ];
  };
  return (
    <VirtualList
      count={problems.length}
      columns={columns}
      template={TEMPLATE}
      label={t('import.problems')}
      renderRow={renderRow}
      rowTestId={(index) => (problems[index] ? `import-problem-${problems[index].row}-${problems[index].column}` : undefined)}
      // The list is for reading; fixing happens on the drafts after the import.
      onOpen={() => undefined}
      testId="import-problems"
    />
  );
}
