/**
 * The two raw IPC channel names shared by main and preload. Kept import-free so the sandboxed
 * preload bundle pulls in nothing from the main process.
 */
export const INVOKE_CHANNEL = 'host:invoke';
export const EVENT_CHANNEL = 'host:event';
