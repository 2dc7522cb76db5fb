/**
 * Writes of the entry being keyed, in order: debounced autosaves (a draft of an entry never
 * keyed, a held edit of one already keyed), keyed saves and damage marks go through one queue
 * so an autosave never lands after (and downgrades) the keyed save of the same entry, and every
 * write of one form session ("epoch") reuses the id the first write got. Owns only ids and
 * timing; the form owns the values and hands them over at flush time.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { CitizenStore } from '../../store/citizen-store';
import type { BookId, DamageReason, EntryId, EntryView, WorkMeasure } from '../../store/types';

export interface EntryContent {
  values: Record<string, string>;
  notInBook: string[];
  /** Scanned pages the entry is keyed from. */
  pages: string[];
  /** What the form measured for a keyed save (operator statistics). */
  work?: WorkMeasure;
}

export interface EntrySaverOptions {
  citizen: CitizenStore;
  bookId: BookId;
  /**
   * What to autosave now, or null: a draft while the entry was never keyed, a held edit (kept
   * sealed until the audited save) once it was.
   */
  draftContent: () => { kind: 'draft' | 'held'; content: EntryContent } | null;
  onDraftSaved: (view: EntryView) => void;
  onError: (error: unknown) => void;
}

export interface EntrySaver {
  /** Starts a new form session; `id` when it edits an existing entry. */
  begin: (id: EntryId | undefined) => void;
  currentId: () => EntryId | undefined;
  scheduleDraft: () => void;
  flushDraft: () => Promise<void>;
  /** Drops a scheduled draft and waits for the writes already queued (before a keyed save). */
  settled: () => Promise<void>;
  saveKeyed: (content: EntryContent) => Promise<EntryView>;
  markDamaged: (damage: { reason: DamageReason; page: string; note: string }) => Promise<EntryView>;
}

const DRAFT_DELAY_MS = 300;

export function useEntrySaver(options: EntrySaverOptions): EntrySaver {
  const optionsRef = useRef(options);
  useEffect(() => {
    optionsRef.current = options;
  });
  const state = useRef({
    epoch: 0,
    ids: new Map<number, EntryId>(),
    /** Epochs saved as keyed (or damaged): later drafts of them are dropped. */
    final: new Set<number>(),
    queue: Promise.resolve() as Promise<unknown>,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
  });

  const saver = useMemo<EntrySaver>(() => {
    const s = state.current;
    const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
      const run = s.queue.then(task, task);
      s.queue = run.catch(() => undefined);
      return run;
    };
    const cancelTimer = () => {
      if (s.timer !== undefined) clearTimeout(s.timer);
      s.timer = undefined;
    };
    /** Resolves once every earlier write and this draft (if any) are done. */
    const flushDraft = (): Promise<void> => {
      cancelTimer();
      const epoch = s.epoch;
      const pending = s.final.has(epoch) ? null : optionsRef.current.draftContent();
      return enqueue(async () => {
        if (!pending || s.final.has(epoch)) return;
        const id = s.ids.get(epoch);
        const { content } = pending;
        try {
          const { citizen, bookId } = optionsRef.current;
          if (pending.kind === 'held') {
            if (id) await citizen.heldEdits.hold({ id, bookId, values: content.values, notInBook: content.notInBook, pages: content.pages });
            return;
          }
          const view = await citizen.entries.saveDraft({ ...(id ? { id } : {}), bookId, ...content });
          s.ids.set(epoch, view.id);
          if (epoch === s.epoch) optionsRef.current.onDraftSaved(view);
        } catch (error) {
          optionsRef.current.onError(error);
        }
      });
    };

    const finalWrite = (write: (id: EntryId | undefined) => Promise<EntryView>): Promise<EntryView> => {
      cancelTimer();
      const epoch = s.epoch;
      s.final.add(epoch);
      return enqueue(async () => {
        try {
          const view = await write(s.ids.get(epoch));
          s.ids.set(epoch, view.id);
          return view;
        } catch (error) {
          s.final.delete(epoch);
          throw error;
        }
      });
    };

    return {
      begin(id) {
        cancelTimer();
        s.epoch += 1;
        if (id) s.ids.set(s.epoch, id);
      },
      currentId: () => s.ids.get(s.epoch),
      scheduleDraft() {
        cancelTimer();
        s.timer = setTimeout(() => void flushDraft(), DRAFT_DELAY_MS);
      },
      flushDraft,
      settled() {
        cancelTimer();
        return enqueue(async () => undefined);
      },
      saveKeyed: (content) =>
        finalWrite((id) => {
          const { citizen, bookId } = optionsRef.current;
          return citizen.entries.saveKeyed({ ...(id ? { id } : {}), bookId, ...content });
        }),
      markDamaged: (damage) =>
        finalWrite((id) => {
          const { citizen, bookId } = optionsRef.current;
          return citizen.entries.markDamaged({ ...(id ? { id } : {}), bookId, ...damage });
        }),
    };
  }, []);

  // Leaving the screen (navigation, lock) writes what was committed; at most the field being typed is lost.
  useEffect(() => () => void saver.flushDraft(), [saver]);
  return saver;
}
