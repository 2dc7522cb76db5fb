/**
 * Settings for the signed-in person: language, own password, and (for those allowed) the idle
 * lock, the export file names and the unit price per entry. Must not show other people's data.
 */
import { can } from '../../../shared/auth/roles';
import { formatVnd } from '../../../shared/domain/report/vn-number';
import type { SessionInfo, Settings } from '../../store/types';
import { LocaleSwitch } from '../../i18n/LocaleSwitch';
import { useT } from '../../i18n/use-t';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ExportNameForm } from './ExportNameForm';
import { IdleLockForm } from './IdleLockForm';
import { UnitPriceForm } from './UnitPriceForm';

export interface SettingsScreenProps {
  session: SessionInfo;
  settings: Settings | null;
  onSettings: (settings: Settings) => void;
}

export function SettingsScreen({ session, settings, onSettings }: SettingsScreenProps) {
  const t = useT();
  const mayEdit = can(session.user.roles, 'settings');
  return (
    <section data-testid="screen-settings">
      <ScreenHeading>{t('nav.settings')}</ScreenHeading>
      {settings && mayEdit ? <IdleLockForm settings={settings} onSaved={onSettings} /> : null}
      {settings && mayEdit ? <ExportNameForm settings={settings} onSaved={onSettings} /> : null}
      {settings && !mayEdit ? <p>{t('settings.idle.readonly', { n: settings.idleLockMinutes })}</p> : null}
      {settings && mayEdit ? <UnitPriceForm settings={settings} onSaved={onSettings} /> : null}
      {settings && !mayEdit ? <p>{t('settings.unitPrice.readonly', { price: formatVnd(settings.unitPrice) })}</p> : null}
      <div className="panel">
        <h2>{t('settings.language')}</h2>
        <LocaleSwitch testId="settings-locale" />
      </div>
      <ChangePasswordForm username={session.user.username} />
    </section>
  );
}
