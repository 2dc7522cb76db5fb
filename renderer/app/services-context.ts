/**
 * The two services every screen may use: the store and the host port. Set once at the root;
 * must never carry session data (that lives in the keyed authenticated tree).
 */
import { createContext } from 'react';
import type { AppStore } from '../store/app-store-api';
import type { HostPort } from './host-port';

export interface Services {
  store: AppStore;
  host: HostPort;
}

export const ServicesContext = createContext<Services | null>(null);
