/**
 * "Verify integrity": runs the store's hash-chain check and states the outcome, naming the
 * first broken entry and what is wrong with it.
 */
import { useState } from 'react';
import type { AuditVerification } from '../../store/types';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice, StatusNotice } from '../../ui/Notice';
import { useAction } from '../../ui/use-action';

export function AuditVerify() {
  const t = useT();
  const { store } = useServices();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const action = useAction();

  const verify = () =>
    action.run(async () => {
      setResult(null);
      setResult(await store.audit.verify());
    });

  return (
    <div className="panel" data-testid="audit-verify">
      <div className="actions">
        <button type="button" data-testid="audit-verify-button" disabled={action.busy} onClick={() => void verify()}>
          {action.busy ? t('audit.verify.running') : t('audit.verify.button')}
        </button>
      </div>
      <ErrorNotice message={action.error} />
      <StatusNotice message={result?.ok ? t('audit.verify.ok', { n: result.entries }) : null} />
      <ErrorNotice
        message={result && !result.ok ? t('audit.verify.broken', { seq: result.firstBadSeq, problem: t(`audit.problem.${result.problem}`), n: result.entries }) : null}
      />
    </div>
  );
}
