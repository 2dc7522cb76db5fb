/**
 * The scan store (a book's page images) for the books screen and the page viewer beside the
 * entry form. Set at the root next to the citizen store; the store itself refuses sessions
 * without the data key.
 */
import { createContext, useContext } from 'react';
import type { ScanStore } from '../store/scan-store';

export const ScanContext = createContext<ScanStore | null>(null);

export function useScans(): ScanStore {
  const scans = useContext(ScanContext);
  if (!scans) throw new Error('app: useScans outside App');
  return scans;
}
