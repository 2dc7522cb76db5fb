/**
 * The list of validation issues above the form. Each line is a button that takes the clerk to
 * the field concerned; the container takes focus when a keyed save is refused. Shows what it
 * is given; deciding which issues are visible is the form's job.
 */
import type { Ref } from 'react';
import type { Issue } from '../../../shared/domain/validation';
import { useLocale, useT } from '../../i18n/use-t';

export interface IssueSummaryProps {
  issues: readonly Issue[];
  onPick: (key: string) => void;
  ref?: Ref<HTMLDivElement>;
}

export function IssueSummary({ issues, onPick, ref }: IssueSummaryProps) {
  const t = useT();
  const { locale } = useLocale();
  const errors = issues.filter((i) => i.severity === 'error').length;
  return (
    <div ref={ref} tabIndex={-1} className="entry-summary" data-testid="entry-issues" aria-labelledby="entry-issues-title" hidden={issues.length === 0}>
      <h2 id="entry-issues-title">{t('entry.issues.title', { errors, warnings: issues.length - errors })}</h2>
      <p className="entry-summary-hint">{t('entry.issues.hint')}</p>
      <ul>
        {issues.map((issue, n) => (
          <li key={`${issue.path}-${issue.code}-${n}`}>
            <button type="button" className={`entry-issue-link ${issue.severity}`} data-path={issue.path} onClick={() => onPick(issue.path)}>
              <strong>{t(issue.severity === 'error' ? 'entry.issue.error' : 'entry.issue.warning')}:</strong>{' '}
              {locale === 'en' ? (issue.messageEn ?? issue.message) : issue.message}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
