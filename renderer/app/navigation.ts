/**
 * Where the signed-in user is: an area plus, for the entry screen, which book and entry. Any
 * screen may ask to go elsewhere (a book's "Nhập liệu" button, a search hit) through
 * `useNavigate`; AppFrame owns the state. Holds ids only, never decrypted data.
 */
import { createContext, useContext } from 'react';
import type { BookId, EntryId } from '../store/types';
import type { AreaId } from '../features/navigation/areas';

export type NavTarget = { area: Exclude<AreaId, 'entry'> } | { area: 'entry'; bookId?: BookId; entryId?: EntryId };

export const NavigationContext = createContext<(target: NavTarget) => void>(() => undefined);

export const useNavigate = (): ((target: NavTarget) => void) => useContext(NavigationContext);
