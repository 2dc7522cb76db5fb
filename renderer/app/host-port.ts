/**
 * What the UI needs from the host client: calling channels and hearing events. Narrowed from
 * HostClient so screens cannot depend on the transport; the UI must not reach the host any
 * other way.
 */
import type { HostClient } from '../host/client';

export type HostPort = Pick<HostClient, 'invoke' | 'on'>;
