/**
 * The renderer's only way to talk to the host: a typed client over the host contract with two
 * transports, the Electron preload bridge and the loopback web host. Both directions are
 * validated here (input before sending, output and events after receiving) and every failure
 * comes back as a Result value. DOM only: no node:*, no electron, no Dexie; the bearer token is
 * never logged or put anywhere but sessionStorage and the Authorization header.
 */
import {
  contract,
  hostEvents,
  isChannel,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type HostEventName,
  type HostEventPayload,
} from '../../shared/host/contract';
import type { HostBridge } from '../../shared/host/bridge';
import { fail, resultSchema, type Result } from '../../shared/host/result';

export type { HostBridge };

declare global {
  interface Window {
    sohoaHost?: HostBridge;
  }
}

export interface HostClient {
  readonly transport: 'electron' | 'web';
  invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>>;
  on<E extends HostEventName>(event: E, cb: (payload: HostEventPayload<E>) => void): () => void;
}

/** A raw transport: moves unvalidated values; the client does all checking. */
export interface HostTransport {
  readonly kind: 'electron' | 'web';
  send(channel: Channel, input: unknown): Promise<unknown>;
  subscribe(event: HostEventName, cb: (payload: unknown) => void): () => void;
}

export function createClient(transport: HostTransport): HostClient {
  return {
    transport: transport.kind,
    async invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
      if (!isChannel(channel)) return fail('unknown_channel', 'unknown channel');
      const spec = contract[channel];
      const checked = spec.input.safeParse(input);
      if (!checked.success) {
        const paths = [...new Set(checked.error.issues.map((i) => i.path.join('.') || '(root)'))];
        return fail('bad_input', `invalid input at: ${paths.join(', ')}`);
      }
      let raw: unknown;
      try {
        raw = await transport.send(channel, input);
      } catch {
        return fail('transport_error', 'could not reach the host');
      }
      const parsed = resultSchema(spec.output).safeParse(raw);
      if (!parsed.success) return fail('bad_output', 'host reply does not match the contract');
      return parsed.data as Result<ChannelOutput<C>>;
    },
    on<E extends HostEventName>(event: E, cb: (payload: HostEventPayload<E>) => void): () => void {
      return transport.subscribe(event, (payload) => {
        const parsed = hostEvents[event].safeParse(payload);
        if (parsed.success) cb(parsed.data as HostEventPayload<E>);
      });
    },
  };
}

export function bridgeTransport(bridge: HostBridge): HostTransport {
  return {
    kind: 'electron',
    send: (channel, input) => bridge.invoke(channel, input),
    subscribe: (event, cb) => bridge.on(event, cb),
  };
}

export interface WebTransportOptions {
  /** Origin of the web host, e.g. `http://127.0.0.1:41234`. */
  origin: string;
  /** SECURITY: the per-launch bearer token; null when the page was opened without one. */
  token: string | null;
  fetch?: typeof fetch;
  /** Delay before re-opening a dropped event stream. */
  reconnectMs?: number;
}

export function webTransport(options: WebTransportOptions): HostTransport {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const reconnectMs = options.reconnectMs ?? 2000;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let stream: AbortController | null = null;

  const headers = (): Record<string, string> => ({ Authorization: `Bearer ${options.token ?? ''}` });

  const dispatch = (event: string, data: string): void => {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const cb of listeners.get(event) ?? []) cb(payload);
  };

  const runStream = async (controller: AbortController): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const res = await doFetch(`${options.origin}/host/events`, { headers: headers(), signal: controller.signal });
        if (res.ok && res.body) await readEventStream(res.body, dispatch);
      } catch {
        // Dropped or refused stream: retry below while anyone is still listening.
      }
      if (!controller.signal.aborted) await delay(reconnectMs, controller.signal);
    }
  };

  return {
    kind: 'web',
    async send(channel, input) {
      if (options.token === null) return fail('no_token', 'open sohoa from the link printed by the web host');
      const res = await doFetch(`${options.origin}/host/${channel}`, {
        method: 'POST',
        headers: { ...headers(), 'Content-Type': 'application/json' },
        body: JSON.stringify({ input }),
      });
      return res.json() as Promise<unknown>;
    },
    subscribe(event, cb) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(cb);
      if (!stream && options.token !== null) {
        const controller = new AbortController();
        stream = controller;
        void runStream(controller);
      }
      return () => {
        set.delete(cb);
        if ([...listeners.values()].every((s) => s.size === 0) && stream) {
          stream.abort();
          stream = null;
        }
      };
    },
  };
}

/** Parses a text/event-stream body (`event:` + `data:` frames) until it ends. */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: string, data: string) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const frame = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of frame.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      if (data.length > 0) onEvent(event, data.join('\n'));
      end = buffer.indexOf('\n\n');
    }
  }
}

const TOKEN_KEY = 'sohoa.hostToken';

export interface TokenLocation {
  location: Pick<Location, 'hash' | 'pathname' | 'search'>;
  history: Pick<History, 'replaceState' | 'state'>;
  sessionStorage: Pick<Storage, 'getItem' | 'setItem'>;
}

/**
 * SECURITY: takes `#token=…` from the launch URL once, keeps it in sessionStorage (this tab
 * only, gone when the browser closes) and removes it from the address bar and history so it
 * is not bookmarked, shared or shown.
 */
export function takeHostToken(env: TokenLocation): string | null {
  const params = new URLSearchParams(env.location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    env.sessionStorage.setItem(TOKEN_KEY, fromHash);
    params.delete('token');
    const rest = params.toString();
    env.history.replaceState(env.history.state, '', `${env.location.pathname}${env.location.search}${rest ? `#${rest}` : ''}`);
    return fromHash;
  }
  return env.sessionStorage.getItem(TOKEN_KEY);
}

/** Picks the Electron bridge when the preload exposed it, else the loopback web host. */
export function createHostClient(win: Window = window): HostClient {
  if (win.sohoaHost) return createClient(bridgeTransport(win.sohoaHost));
  return createClient(webTransport({ origin: win.location.origin, token: takeHostToken(win) }));
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
