/**
 * Maps the current area to its screen. The only place that knows which component serves which
 * area; AppFrame has already filtered out areas this session may not see.
 */
import { DEFAULT_UNIT_PRICE } from '../../shared/domain/report/weekly-report';
import type { SessionInfo, Settings } from '../store/types';
import { AuditScreen } from '../features/audit/AuditScreen';
import { DiagnosticsScreen } from '../features/diagnostics/DiagnosticsScreen';
import { BooksScreen } from '../features/books/BooksScreen';
import { EntryScreen } from '../features/entry/EntryScreen';
import { SearchScreen } from '../features/search/SearchScreen';
import type { NavTarget } from './navigation';
import { PlaceholderScreen } from '../features/placeholder/PlaceholderScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { UsersScreen } from '../features/users/UsersScreen';
import { VerificationScreen } from '../features/verification/VerificationScreen';

export interface AreaViewProps {
  target: NavTarget;
  session: SessionInfo;
  settings: Settings | null;
  onSettings: (settings: Settings) => void;
}

export function AreaView({ target, session, settings, onSettings }: AreaViewProps) {
  switch (target.area) {
    case 'books':
      return <BooksScreen session={session} />;
    case 'entry':
      return <EntryScreen session={session} {...(target.bookId ? { bookId: target.bookId } : {})} {...(target.entryId ? { entryId: target.entryId } : {})} />;
    case 'search':
      return <SearchScreen session={session} />;
    case 'review':
      return <ReviewScreen session={session} />;
    case 'verification':
      return <VerificationScreen session={session} />;
    case 'audit':
      return <AuditScreen />;
    case 'users':
      return <UsersScreen session={session} />;
    case 'settings':
      return <SettingsScreen session={session} settings={settings} onSettings={onSettings} />;
    case 'reports':
      return <ReportsScreen unitPrice={settings?.unitPrice ?? DEFAULT_UNIT_PRICE} />;
    case 'diagnostics':
      return <DiagnosticsScreen />;
    default:
      return <PlaceholderScreen area={target.area} />;
  }
}
