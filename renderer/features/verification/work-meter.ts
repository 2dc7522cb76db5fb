/**
 * Counts a form's keystrokes and their times, and hands over what was measured when an entry
 * is saved (keystrokes and active time without pauses, see PAUSE_MS). Plain state, no React:
 * the keying and verification forms each keep one in a ref.
 */
import { activeTime } from '../../../shared/domain/verification';
import type { WorkMeasure } from '../../store/types';

const MODIFIERS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock']);

export class WorkMeter {
  private times: number[] = [];

  /** One key pressed; modifiers alone are not keystrokes. */
  stroke(key: string, at: number): void {
    if (!MODIFIERS.has(key)) this.times.push(at);
  }

  /** What was measured since the last take; starts measuring afresh. */
  take(): WorkMeasure {
    const measured = { keystrokes: this.times.length, activeMs: activeTime(this.times) };
    this.times = [];
    return measured;
  }
}
