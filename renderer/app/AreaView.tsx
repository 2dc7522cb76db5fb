/**
 * Maps the current area to its screen. The only place that knows which component serves which
 * area; AppFrame has already filtered out areas this session may not see.
 */
import type { SessionInfo, Settings } from '../store/types';
import { AuditScreen } from '../features/audit/AuditScreen';
import { DiagnosticsScreen } from '../features/diagnostics/DiagnosticsScreen';
import type { AreaId } from '../features/navigation/areas';
import { PlaceholderScreen } from '../features/placeholder/PlaceholderScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { UsersScreen } from '../features/users/UsersScreen';

export interface AreaViewProps {
  area: AreaId;
  session: SessionInfo;
  settings: Settings | null;
  onSettings: (settings: Settings) => void;
}

export function AreaView({ area, session, settings, onSettings }: AreaViewProps) {
  switch (area) {
    case 'audit':
      return <AuditScreen />;
    case 'users':
      return <UsersScreen session={session} />;
    case 'settings':
      return <SettingsScreen session={session} settings={settings} onSettings={onSettings} />;
    case 'diagnostics':
      return <DiagnosticsScreen />;
    default:
      return <PlaceholderScreen area={area} />;
  }
}
