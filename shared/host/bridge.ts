/**
 * The shape of `window.sohoaHost`, the only object the Electron preload exposes: shared so the
 * preload (host side) and the renderer client are checked against one definition. Deliberately
 * untyped on the wire; the renderer client validates everything against the contract.
 */
export interface HostBridge {
  invoke(channel: string, input: unknown): Promise<unknown>;
  /** Returns the unsubscribe function. */
  on(event: string, cb: (payload: unknown) => void): () => void;
}
