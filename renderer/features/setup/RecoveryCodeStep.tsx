/**
 * Wizard step 3: shows the recovery code exactly once and will not continue until the lead
 * confirms it is written down. The code is never stored or logged by the UI.
 */
import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';

export function RecoveryCodeStep({ code, onDone }: { code: string; onDone: () => void }) {
  const t = useT();
  const [confirmed, setConfirmed] = useState(false);
  const checkId = useId();
  return (
    <div>
      <ScreenHeading>{t('setup.code.title')}</ScreenHeading>
      <p>{t('setup.code.intro')}</p>
      <output className="recovery-code" data-testid="recovery-code" aria-label={t('setup.code.label')}>
        {code}
      </output>
      <ul className="instructions">
        <li>{t('setup.code.write')}</li>
        <li>{t('setup.code.keep')}</li>
        <li>{t('setup.code.once')}</li>
      </ul>
      <div className="choice">
        <input id={checkId} type="checkbox" name="recoveryConfirmed" data-testid="recovery-confirm" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} />
        <label htmlFor={checkId}>{t('setup.code.confirm')}</label>
      </div>
      <div className="actions">
        <button type="button" data-testid="setup-finish" disabled={!confirmed} onClick={onDone}>
          {t('setup.code.finish')}
        </button>
      </div>
    </div>
  );
}
