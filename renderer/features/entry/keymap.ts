/**
 * The entry screen's keyboard map as one pure function from key-event data to an action, so the
 * whole map is testable and documented in one place. Matches physical key codes for shortcuts
 * (Unikey/Telex change `key`, not `code`) and ignores everything while an input method is
 * composing. Tab is left to the browser: only field inputs are tabbable in the form.
 */
export interface KeyInput {
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly metaKey: boolean;
  readonly isComposing: boolean;
  readonly keyCode: number;
}

export interface KeyContext {
  /** Focus is in one of the form's field inputs. */
  readonly inField: boolean;
  /** Ctrl+G was pressed and the next digit picks a section. */
  readonly gotoPending: boolean;
}

export type KeyAction =
  | { readonly type: 'next' }
  | { readonly type: 'prev' }
  | { readonly type: 'saveNext' }
  | { readonly type: 'save' }
  | { readonly type: 'section'; readonly section: number }
  | { readonly type: 'gotoPrefix' }
  | { readonly type: 'cancelGoto' }
  | { readonly type: 'toggleNotInBook' }
  | { readonly type: 'damaged' }
  | { readonly type: 'help' }
  /** The scanned page beside the form: flip, zoom (0 fits), pan, hide/show the panel. */
  | { readonly type: 'page'; readonly delta: 1 | -1 }
  | { readonly type: 'zoom'; readonly step: -1 | 0 | 1 }
  | { readonly type: 'pan'; readonly dx: -1 | 0 | 1; readonly dy: -1 | 0 | 1 }
  | { readonly type: 'togglePanel' }
  /** The entry's links to scanned pages: add the page being viewed, remove it. */
  | { readonly type: 'linkPage' }
  | { readonly type: 'unlinkPage' };

/** IME keystrokes report keyCode 229 (older Chromium) or isComposing. */
const composing = (e: KeyInput): boolean => e.isComposing || e.keyCode === 229;

const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

/** Digit1..Digit9, Digit0 (= 10) on the main row or the keypad. */
function sectionDigit(code: string): number | undefined {
  const digit = /^(?:Digit|Numpad)([0-9])$/u.exec(code)?.[1];
  if (digit === undefined) return undefined;
  return digit === '0' ? 10 : Number(digit);
}

/**
 * Alt with keys a field never types: they work from inside a field. Alt+digit belongs to the
 * frame's areas, so fitting the page is Alt+Home rather than Alt+0.
 */
const VIEWER_KEYS: Readonly<Record<string, KeyAction>> = {
  PageDown: { type: 'page', delta: 1 },
  PageUp: { type: 'page', delta: -1 },
  Equal: { type: 'zoom', step: 1 },
  NumpadAdd: { type: 'zoom', step: 1 },
  Minus: { type: 'zoom', step: -1 },
  NumpadSubtract: { type: 'zoom', step: -1 },
  Home: { type: 'zoom', step: 0 },
  ArrowLeft: { type: 'pan', dx: -1, dy: 0 },
  ArrowRight: { type: 'pan', dx: 1, dy: 0 },
  ArrowUp: { type: 'pan', dx: 0, dy: -1 },
  ArrowDown: { type: 'pan', dx: 0, dy: 1 },
  // Alt+L as well as Alt+Insert: small laptops reach Insert only with Fn.
  Insert: { type: 'linkPage' },
  KeyL: { type: 'linkPage' },
  Delete: { type: 'unlinkPage' },
};

export function keyAction(e: KeyInput, context: KeyContext): KeyAction | null {
  if (composing(e) || MODIFIER_KEYS.has(e.key)) return null;
  if (context.gotoPending) {
    const section = sectionDigit(e.code);
    return section === undefined ? { type: 'cancelGoto' } : { type: 'section', section };
  }
  if (e.metaKey) return null;
  const ctrlOnly = e.ctrlKey && !e.altKey && !e.shiftKey;
  if (ctrlOnly) {
    if (e.key === 'Enter') return { type: 'saveNext' };
    if (e.code === 'KeyS') return { type: 'save' };
    if (e.code === 'KeyD') return { type: 'damaged' };
    if (e.code === 'KeyG') return { type: 'gotoPrefix' };
    if (e.code === 'Space' && context.inField) return { type: 'toggleNotInBook' };
    return null;
  }
  if (e.altKey && e.shiftKey && !e.ctrlKey) {
    const section = sectionDigit(e.code);
    return section === undefined ? null : { type: 'section', section };
  }
  if (e.altKey && !e.ctrlKey && !e.shiftKey) return VIEWER_KEYS[e.code] ?? null;
  if (e.ctrlKey || e.altKey) return null;
  if (e.key === 'F1') return { type: 'help' };
  if (e.key === 'F8' && !e.shiftKey) return { type: 'togglePanel' };
  if (e.key === 'F4' && !e.shiftKey) return context.inField ? { type: 'toggleNotInBook' } : null;
  // In a field "?" is text the book may contain; elsewhere it opens the help.
  if (e.key === '?' && !context.inField) return { type: 'help' };
  if (e.key === 'Enter' && context.inField) return e.shiftKey ? { type: 'prev' } : { type: 'next' };
  return null;
}
