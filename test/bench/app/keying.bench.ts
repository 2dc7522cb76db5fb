/**
 * Keying benchmark through the real entry form: every standard entry is typed by a
 * keyboard-only "clerk" who takes the cheapest path the form offers (carried values, the
 * suggested number, quick dates, suggestions), counting every key press (a chord counts its
 * modifier too). The baseline is the Ministry template: one key per character plus one Tab
 * per column. Also measures Enter → focus in the next field and Ctrl+Enter → saved, in the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../../e2e/fixtures/harness';
import { percentile, round, type Metric } from '../metrics';
import { writeSuiteMetrics } from './bench-out';
import { createBook, createUser, login, logout, openBookForKeying, setupCommune } from '../../e2e/pages/books-page';
import { EntryPage } from '../../e2e/pages/entry-page';
import fixtures from '../../fixtures/standard-entries.json' with { type: 'json' };
import templates from '../../../shared/data/hotich-import-templates.json' with { type: 'json' };

type Values = Record<string, string>;
const TYPES = ['KS', 'KT', 'KH'] as const;
const quick = process.env.SOHOA_BENCH_QUICK === '1';
const perType = quick ? 4 : Number.POSITIVE_INFINITY;

const lead = { username: 'bench.lead', displayName: 'TỔ TRƯỞNG ĐO', password: 'Đo hiệu năng 2026!' };
const clerk = { username: 'bench.clerk', displayName: 'NHẬP LIỆU ĐO', password: 'Nhập liệu nhanh 2026' };

/** What the clerk types for a value: dates as digits only (the form expands them). */
function typed(kind: string | null, value: string): string {
  if (kind === 'date-partial') return value.replace(/\D/g, '');
  return value;
}

interface FieldState {
  name: string;
  value: string;
  kind: string | null;
  listShown: boolean;
  options: string[];
  active: number;
}

const fieldState = (page: Page): Promise<FieldState> =>
  page.evaluate(() => {
    const input = document.activeElement as HTMLInputElement | null;
    const listId = input?.getAttribute('aria-controls');
    const list = listId ? document.getElementById(listId) : null;
    const options = list && !list.hidden ? [...list.querySelectorAll('[role="option"]')] : [];
    const active = input?.getAttribute('aria-activedescendant');
    return {
      name: input?.getAttribute('name') ?? '',
      value: input?.value ?? '',
      kind: input?.getAttribute('data-kind') ?? null,
      listShown: options.length > 0,
      options: options.map((o) => o.getAttribute('data-value') ?? ''),
      active: options.findIndex((o) => o.id === active),
    };
  });

/** Whether what the field shows already stands for `value` (codes show "2 – Nữ"). */
const shows = (state: FieldState, value: string) => state.value === value || state.value.startsWith(`${value} – `);

class CountingKeyboard {
  keys = 0;
  constructor(private readonly page: Page) {}
  async press(key: string) {
    this.keys += key.split('+').length;
    await this.page.keyboard.press(key);
  }
  async type(text: string) {
    for (const ch of text) {
      this.keys += 1;
      await this.page.keyboard.type(ch);
    }
  }
}

/** Types one field's value the cheapest way and leaves with Enter. */
async function keyField(page: Page, kb: CountingKeyboard, value: string): Promise<void> {
  const start = await fieldState(page);
  if (shows(start, value)) return kb.press('Enter');
  if (value === '') {
    await kb.press('Delete');
    return kb.press('Enter');
  }
  const text = typed(start.kind, value);
  for (let i = 0; i < text.length; i++) {
    await kb.type(text[i]!);
    const state = await fieldState(page);
    const at = state.options.indexOf(value);
    const remaining = text.length - i - 1;
    if (!state.listShown || at < 0) continue;
    const arrows = Math.abs(at - state.active);
    // Picking costs the arrows, Enter to take it and Enter to move on.
    if (arrows + 2 < remaining + 1) {
      for (let n = 0; n < arrows; n++) await kb.press(at > state.active ? 'ArrowDown' : 'ArrowUp');
      await kb.press('Enter');
      return kb.press('Enter');
    }
  }
  await kb.press('Enter');
  // A closed list may take the first Enter to settle the value; the second moves on.
  if ((await fieldState(page)).name === start.name) await kb.press('Enter');
}

/** Page-side timers (installed once per page, emptied per book): Enter → focus in another field, Ctrl+Enter → the saved message. */
async function installTimers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { benchAdvance: number[]; benchSave: number[]; benchTimers?: true };
    w.benchAdvance = [];
    w.benchSave = [];
    if (w.benchTimers) return;
    w.benchTimers = true;
    let pressed: { at: number; save: boolean } | null = null;
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') pressed = { at: performance.now(), save: e.ctrlKey };
    }, true);
    document.addEventListener('focusin', (e) => {
      if (pressed && !pressed.save && (e.target as HTMLElement).matches('input[name]')) {
        const started = pressed.at;
        requestAnimationFrame(() => w.benchAdvance.push(performance.now() - started));
        pressed = null;
      }
    });
    new MutationObserver(() => {
      const status = document.querySelector('[data-testid="entry-status"]');
      if (pressed?.save && status?.textContent?.startsWith('Đã lưu')) {
        w.benchSave.push(performance.now() - pressed.at);
        pressed = null;
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

test('keying through the form against the Ministry template', async ({ sohoa }) => {
  const { page } = sohoa;
  await setupCommune(page, lead);
  await createUser(page, { ...clerk, roles: ['clerk', 'justice'] });
  await logout(page);
  await login(page, clerk.username, clerk.password);
  const entry = new EntryPage(page);
  let ours = 0;
  let excel = 0;
  let entries = 0;
  const advance: number[] = [];
  const save: number[] = [];

  for (const type of TYPES) {
    const rows = (fixtures[type] as Values[]).slice(0, perType);
    const first = rows[0]!;
    const year = Number(first.quyenSo!.slice(-4));
    await createBook(page, { type, quyenSo: first.quyenSo!, yearFrom: year, yearTo: year, registeringBody: first.noiDangKy!, paperSize: 'A4', pageCount: 200, surveyedCount: rows.length });
    await openBookForKeying(page, first.quyenSo!);
    await entry.ready();
    await installTimers(page);
    const columns = templates.templates[type].columns;
    for (const values of rows) {
      const kb = new CountingKeyboard(page);
      // Follow the focus: Enter passes over fields that do not apply, as a clerk would see.
      for (let key = await entry.focusedField(); key !== ''; ) {
        await keyField(page, kb, values[key] ?? '');
        const left = key;
        await expect.poll(() => entry.focusedField()).not.toBe(left);
        key = await entry.focusedField();
      }
      await kb.press('Control+Enter');
      await expect(entry.status).toHaveText(`Đã lưu số ${values.so}.`);
      ours += kb.keys;
      excel += columns.reduce((n, column) => n + [...(values[column] ?? '')].length + 1, 0);
      entries++;
    }
    const timings = await page.evaluate(() => {
      const w = window as unknown as { benchAdvance: number[]; benchSave: number[] };
      return { benchAdvance: w.benchAdvance, benchSave: w.benchSave };
    });
    advance.push(...timings.benchAdvance);
    save.push(...timings.benchSave);
  }

  const metrics: Metric[] = [
    { name: 'keying.keystrokesVsExcel.ratio', value: round(ours / excel), unit: `ratio (${entries} entries: ${ours} keys in the form / ${excel} in the template)`, target: 0.5, better: 'lower' },
    { name: 'entry.fieldAdvance.p95.ms', value: round(percentile(advance, 95)), unit: `ms (Enter → focus in next field, painted; ${advance.length} advances)`, target: 16, better: 'lower' },
    { name: 'entry.saveAndNext.p95.ms', value: round(percentile(save, 95)), unit: `ms (Ctrl+Enter → saved, next form ready; ${save.length} saves)`, target: 50, better: 'lower' },
  ];
  await writeSuiteMetrics('keying', metrics);
});
