/**
 * Up/Down arrows move the focus between the buttons of a list (book pickers, review queues);
 * the ends stay put. Attach to the list's onKeyDown. DOM focus only, no state.
 */
import type { KeyboardEvent } from 'react';

export function moveFocusWithArrows(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...e.currentTarget.querySelectorAll('button')];
  const at = buttons.findIndex((b) => b === document.activeElement);
  const next = buttons[Math.min(Math.max(at + (e.key === 'ArrowDown' ? 1 : -1), 0), buttons.length - 1)];
  if (next) {
    e.preventDefault();
    next.focus();
  }
}
