/**
 * Technician view of the host: version, mode, platform and the log tail from
 * `diagnostics.read`. Reads nothing from the store, so it can never show citizen data.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/host/contract';
import { useServices } from '../../app/use-services';
import { useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';

type Diagnostics = ChannelOutput<'diagnostics.read'>;

export function DiagnosticsScreen() {
  const t = useT();
  const { host } = useServices();
  const [info, setInfo] = useState<Diagnostics | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const result = await host.invoke('diagnostics.read', { maxLines: 200 });
      if (result.ok) setInfo(result.value);
      else setError(t('diagnostics.failed', { code: result.error.code }));
    } catch {
      setError(t('error.unexpected'));
    }
  }, [host, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const rows: [string, string | undefined][] = info
    ? [
        [t('diagnostics.version'), info.version],
        [t('diagnostics.mode'), info.mode],
        [t('diagnostics.platform'), `${info.platform} ${info.arch}`],
        ['Node', info.node],
        ['Chrome', info.chrome],
        ['Electron', info.electron],
      ]
    : [];

  return (
    <section data-testid="screen-diagnostics">
      <ScreenHeading>{t('nav.diagnostics')}</ScreenHeading>
      <ErrorNotice message={error} />
      <dl className="facts">
        {rows
          .filter((row): row is [string, string] => row[1] !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <h2>{t('diagnostics.log')}</h2>
      <pre className="log-tail" data-testid="log-tail" tabIndex={0}>
        {info?.logTail.join('\n') ?? ''}
      </pre>
      <div className="actions">
        <button type="button" onClick={() => void load()}>
          {t('common.refresh')}
        </button>
      </div>
    </section>
  );
}
