/**
 * Loads the facts for a report period (and its charted weeks) from the store, again whenever
 * the period changes; the answer of a period no longer shown is dropped. Keeps counts and
 * names only, like the facts themselves.
 */
import { useEffect, useState } from 'react';
import type { ReportFacts } from '../../../shared/domain/report/facts';
import type { ReportPeriod } from '../../../shared/domain/report/vn-calendar';
import { factsRange } from '../../../shared/domain/report/weekly-report';
import { useCitizen } from '../../app/citizen-context';
import { useErrorText } from '../../i18n/use-error-text';

export function useReportFacts(period: ReportPeriod): { facts: ReportFacts | null; error: string | null } {
  const citizen = useCitizen();
  const errorText = useErrorText();
  const [state, setState] = useState<{ facts: ReportFacts | null; error: string | null }>({ facts: null, error: null });

  useEffect(() => {
    let live = true;
    setState({ facts: null, error: null });
    citizen.reports.facts(factsRange(period)).then(
      (facts) => live && setState({ facts, error: null }),
      (error: unknown) => live && setState({ facts: null, error: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, [citizen, errorText, period]);

  return state;
}
