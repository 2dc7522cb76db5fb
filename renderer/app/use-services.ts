/**
 * Reads the store and host port from context. Must only be used below App.
 */
import { useContext } from 'react';
import { ServicesContext, type Services } from './services-context';

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('app: useServices outside App');
  return services;
}
