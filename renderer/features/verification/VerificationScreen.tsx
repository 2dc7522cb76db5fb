/**
 * The "Kiểm tra nhập lại" area: a clerk picks a book and re-keys the entries waiting for
 * verification; the justice officer decides the differences of independent double entries;
 * whoever reads reports (team lead, justice officer) sees the operator statistics below. Holds which book is open; each part loads its own data.
 */
import { useState } from 'react';
import { can } from '../../../shared/auth/roles';
import type { BookView, SessionInfo } from '../../store/types';
import { ArbitrationQueue } from './ArbitrationQueue';
import { OperatorStatsTable } from './OperatorStatsTable';
import { VerificationBookList } from './VerificationBookList';
import { VerifyBook } from './VerifyBook';

export function VerificationScreen({ session }: { session: SessionInfo }) {
  const [book, setBook] = useState<BookView | null>(null);
  const keys = can(session.user.roles, 'keyEntries');
  return (
    <section data-testid="screen-verification">
      {keys && book ? <VerifyBook book={book} onLeave={() => setBook(null)} /> : null}
      {keys && !book ? <VerificationBookList onOpen={setBook} /> : null}
      {can(session.user.roles, 'review') && !book ? <ArbitrationQueue /> : null}
      {can(session.user.roles, 'reports') && !book ? <OperatorStatsTable session={session} /> : null}
    </section>
  );
}
