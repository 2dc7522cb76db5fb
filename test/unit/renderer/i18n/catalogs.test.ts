import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/i18n/en';
import { vi } from '../../../../renderer/i18n/vi';

describe('message catalogs', () => {
  it('have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('have no empty messages', () => {
    for (const catalog of [vi, en]) {
      for (const [key, message] of Object.entries(catalog)) expect(message.trim(), key).not.toBe('');
    }
  });

  it('use the same placeholders in both locales', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
  });
});
