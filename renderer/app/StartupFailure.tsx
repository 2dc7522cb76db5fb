/**
 * Shown when the local store cannot be opened at all. Says what to do next; must not show the
 * underlying error, which the host log already has.
 */
import { useT } from '../i18n/use-t';
import { ScreenHeading } from '../ui/ScreenHeading';

export function StartupFailure() {
  const t = useT();
  return (
    <div className="card-page">
      <main className="card" id="main" data-testid="startup-failure">
        <ScreenHeading>{t('startup.failedTitle')}</ScreenHeading>
        <p role="alert">{t('startup.failed')}</p>
      </main>
    </div>
  );
}
