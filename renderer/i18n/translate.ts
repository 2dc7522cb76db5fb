/**
 * Looks a message up in a catalog and fills `{name}` placeholders. Pure; knows nothing about
 * React or which locale is active.
 */
import type { MessageKey, Messages } from './vi';

export type MessageParams = Record<string, string | number>;

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(catalog: Messages, key: MessageKey, params?: MessageParams): string {
  const message = catalog[key];
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
