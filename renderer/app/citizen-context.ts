/**
 * The citizen-data store (books, entries) for screens that work with register entries. Set
 * at the root next to the account store; the store itself refuses sessions without the data key.
 */
import { createContext, useContext } from 'react';
import type { CitizenStore } from '../store/citizen-store';

export const CitizenContext = createContext<CitizenStore | null>(null);

export function useCitizen(): CitizenStore {
  const citizen = useContext(CitizenContext);
  if (!citizen) throw new Error('app: useCitizen outside App');
  return citizen;
}
