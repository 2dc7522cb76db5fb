/**
 * Keying one book: the generic form built from the book's register-type definition, its
 * keyboard handling, live validation, draft autosave, keyed saves with carry-forward to the
 * next entry, damaged entries and the session's recent list. Owns the committed values of the
 * entry being keyed; the text being typed stays inside each EntryField. Must not hold any
 * per-type field list of its own, nor keep citizen data beyond this screen's lifetime.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { RegisterTypeDef } from '../../../shared/domain/field-kinds';
import { hasErrors, validateEntry, type Issue } from '../../../shared/domain/validation';
import { useCitizen } from '../../app/citizen-context';
import { useNavigate } from '../../app/navigation';
import { useErrorText } from '../../i18n/use-error-text';
import { formatDateTime } from '../../i18n/dates';
import { useLocale, useT } from '../../i18n/use-t';
import type { HeldEdit } from '../../store/held-edits';
import type { BookStats, BookView, EntryId, EntryView } from '../../store/types';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { carriedValues, firstOpenField } from './carry-forward';
import { crossEntryFacts, noCrossFacts, type CrossEntryFacts } from './cross-facts';
import { DamageDialog, type DamageInput } from './DamageDialog';
import { wordsPatch } from './date-words';
import { EntryField, fieldInputId } from './EntryField';
import { FocusedHelp } from './FocusedHelp';
import { formLayout, neighbour } from './form-layout';
import { IssueSummary } from './IssueSummary';
import { keyAction } from './keymap';
import { savedLinks, withLink, withoutLink } from './page-links';
import { PagePanel } from './PagePanel';
import { commitText } from './quick-typing';
import { RecentEntries, withRecent, type RecentEntry } from './RecentEntries';
import { HelpDialog, ShortcutLine } from './ShortcutHelp';
import { placeEras, rememberUsed, type SuggestionSources } from './suggestions';
import { useEntrySaver, type EntryContent } from './use-entry-saver';
import { usePageViewer } from './use-page-viewer';
import { applyViewerAction, keyInputOf } from './viewer-keys';
import { useStableCallback } from './use-stable-callback';
import { WorkMeter } from '../verification/work-meter';
import { todayDate } from './today';
import { keyedSoFar } from '../books/book-list';

export interface EntryStart {
  /** Values of the newest keyed entry of the book, the source of carried fields. */
  previous: Record<string, string> | null;
  /** The entry to edit, when the screen was opened on one. */
  entry: EntryView | null;
  /** The clerk's newest unfinished draft of this book, offered for resuming. */
  draft: EntryView | null;
}

export interface EntryFormProps {
  book: BookView;
  def: RegisterTypeDef;
  stats: BookStats | null;
  start: EntryStart;
  onSaved: () => void;
}

interface FormEntry {
  status: EntryView['status'] | 'new';
  values: Record<string, string>;
  notInBook: string[];
  /** Scanned pages the entry is linked to (page-links.ts); with none, a save links the page shown. */
  pages: string[];
  /** Bumped on every load or reset: fields drop typed text and focus moves to `focusKey`. */
  generation: number;
  focusKey: string | undefined;
}

type Notice = { kind: 'ok' | 'error'; text: string } | null;

/** What the form offers to pick up: the clerk's unfinished draft, or unsaved edits held for the keyed entry just opened. */
type Offer = { kind: 'draft'; view: EntryView } | { kind: 'held'; view: EntryView; held: HeldEdit };

/** Only entries never saved as keyed autosave as drafts; any other save is keyed and goes (back) to review. */
const isUnsaved = (status: FormEntry['status']) => status === 'new' || status === 'draft';

const NO_ISSUES: readonly Issue[] = [];
const SO_KEY = 'so';

export function EntryForm({ book, def, stats, start, onSaved }: EntryFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const layout = useMemo(() => formLayout(def), [def]);
  const today = useMemo(todayDate, []);
  const mainPerson = def.people.find((p) => p.prefix === def.duplicateKey.person);

  const blank = () => Object.fromEntries(def.fields.map((f) => [f.key, ''])) as Record<string, string>;
  const newEntry = (source: Readonly<Record<string, string>> | null, generation: number): FormEntry => ({
    status: 'new',
    values: { ...blank(), ...carriedValues(def, source, book) },
    notInBook: [],
    pages: [],
    generation,
    focusKey: firstOpenField(def),
  });
  const loadedEntry = (view: EntryView, generation: number): FormEntry => ({
    status: view.status,
    values: { ...blank(), ...view.values },
    notInBook: view.notInBook,
    pages: view.pages,
    generation,
    focusKey: layout.order[0],
  });

  const [entry, setEntryState] = useState<FormEntry>(() =>
    start.entry && start.entry.status !== 'damaged' ? loadedEntry(start.entry, 1) : newEntry(start.previous, 1),
  );
  const entryRef = useRef(entry);
  const setEntry = (next: FormEntry) => {
    entryRef.current = next;
    setEntryState(next);
  };
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(start.entry !== null);
  const [cross, setCross] = useState<CrossEntryFacts>(noCrossFacts);
  const [sources, setSources] = useState<SuggestionSources>(() =>
    [start.previous, start.entry?.values ?? null].reduce<SuggestionSources>(
      (acc, values) => (values ? rememberUsed(def.fields, acc, values) : acc),
      rememberUsed(def.fields, { eras: placeEras(book.yearTo), usedPlaces: [], usedByField: new Map() }, carriedValues(def, null, book)),
    ),
  );
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [notice, setNotice] = useState<Notice>(() => {
    const { damage, review, status } = start.entry ?? {};
    if (damage) return { kind: 'error', text: t('entry.damagedEntry', { reason: t(`entry.damage.reason.${damage.reason}`), page: damage.page }) };
    if (status !== 'returned' || !review) return null;
    const field = def.fields.find((f) => f.key === review.field);
    const label = field ? (locale === 'en' ? field.labelEn : field.label) : null;
    return { kind: 'error', text: label ? t('entry.returnedField', { reason: review.reason, field: label }) : t('entry.returnedEntry', { reason: review.reason }) };
  });
  const [dialog, setDialog] = useState<'help' | 'damage' | null>(null);
  const [offer, setOffer] = useState<Offer | null>(start.entry || !start.draft ? null : { kind: 'draft', view: start.draft });
  const [gotoPending, setGotoPending] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Bumped when a refused save must put the clerk on the issue summary once it is shown. */
  const [summaryFocus, setSummaryFocus] = useState(0);
  const busyRef = useRef(false);
  /** Keystrokes and active time since the last keyed save, for operator statistics. */
  const meter = useRef(new WorkMeter());

  const pending = useRef(new Map<string, string>());
  const dirty = useRef(false);
  const carrySource = useRef<Readonly<Record<string, string>> | null>(start.previous);
  const lastField = useRef<string | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const saveNextRef = useRef<HTMLButtonElement>(null);
  const resumeRef = useRef<HTMLButtonElement>(null);

  const viewer = usePageViewer(book.id, start.entry?.pages[0]);
  const linkedPages = (current: FormEntry): string[] => savedLinks(current.pages, viewer.current?.id);

  const saver = useEntrySaver({
    citizen,
    bookId: book.id,
    draftContent: () => {
      const current = entryRef.current;
      if (!dirty.current || current.status === 'damaged') return null;
      dirty.current = false;
      return { kind: isUnsaved(current.status) ? 'draft' : 'held', content: { values: current.values, notInBook: current.notInBook, pages: linkedPages(current) } };
    },
    onDraftSaved: () => {
      const current = entryRef.current;
      if (current.status === 'new') setEntry({ ...current, status: 'draft' });
    },
    onError: (error) => {
      dirty.current = true;
      setNotice({ kind: 'error', text: errorText(error) });
    },
  });

  /** Adds the page shown to the entry's links, or removes it (`link` false), and autosaves like a typed value. */
  const changeLink = (pageId: string, link: boolean) => {
    const current = entryRef.current;
    const number = viewer.pages?.find((p) => p.id === pageId)?.number ?? '';
    if (!link && !current.pages.includes(pageId)) {
      setNotice({ kind: 'error', text: t('viewer.linkAbsent', { n: number }) });
      return;
    }
    const order = new Map((viewer.pages ?? []).map((p) => [p.id, p.order]));
    setEntry({ ...current, pages: link ? withLink(current.pages, pageId, order) : withoutLink(current.pages, pageId) });
    setNotice({ kind: 'ok', text: t(link ? 'viewer.linkAdded' : 'viewer.linkRemoved', { n: number }) });
    dirty.current = true;
    saver.scheduleDraft();
  };

  useEffect(() => {
    saver.begin(start.entry && start.entry.status !== 'damaged' ? start.entry.id : undefined);
    if (start.entry) offerHeld(start.entry);
  }, [saver, start.entry]);

  const focusField = (key: string | undefined) => {
    if (key) document.getElementById(fieldInputId(key))?.focus();
  };

  // A load or reset puts the cursor where keying continues (unless a draft is being offered).
  useEffect(() => {
    if (!offer) focusField(entryRef.current.focusKey);
    // Only a new generation moves focus; the offer takes focus on its own.
  }, [entry.generation]);

  useEffect(() => {
    if (offer) resumeRef.current?.focus();
  }, [offer]);

  useEffect(() => {
    if (summaryFocus > 0) summaryRef.current?.focus();
  }, [summaryFocus]);

  /**
   * Facts that need other entries: the book's registration numbers and other books' entries.
   * The last check asked of the store's index is kept. Values change identity with every edit, so a
   * save right after keying awaits the check the live validation already started for the same
   * values instead of asking the index again.
   */
  const lastCross = useRef<{ values: Readonly<Record<string, string>>; exceptId: EntryId | undefined; facts: Promise<CrossEntryFacts> } | null>(null);
  const crossFacts = (values: Readonly<Record<string, string>>): Promise<CrossEntryFacts> => {
    const exceptId = saver.currentId();
    const last = lastCross.current;
    if (last && last.values === values && last.exceptId === exceptId) return last.facts;
    const facts = crossEntryFacts(citizen.entries, book.id, values, exceptId);
    lastCross.current = { values, exceptId, facts };
    facts.catch(() => {
      if (lastCross.current?.facts === facts) lastCross.current = null;
    });
    return facts;
  };

  useEffect(() => {
    let live = true;
    crossFacts(entry.values).then(
      (facts) => live && setCross(facts),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [entry.values, entry.generation]);

  const issues = useMemo(
    () => validateEntry(def, { values: entry.values, notInBook: entry.notInBook }, { today, ...cross }),
    [def, entry.values, entry.notInBook, today, cross],
  );
  const visible = useMemo(() => (showAll ? issues : issues.filter((i) => touched.has(i.path))), [issues, showAll, touched]);
  const byField = useMemo(() => {
    const map = new Map<string, Issue[]>();
    for (const issue of visible) map.set(issue.path, [...(map.get(issue.path) ?? []), issue]);
    return map;
  }, [visible]);

  /** Applies one committed value plus the date-in-words it drives; true when anything changed. */
  const applyValue = (current: FormEntry, key: string, value: string): FormEntry | null => {
    if ((current.values[key] ?? '') === value) return null;
    const values = { ...current.values, [key]: value };
    Object.assign(values, wordsPatch(def, values, key, current.values[key] ?? ''));
    return { ...current, values };
  };

  const onCommit = useStableCallback((key: string, value: string) => {
    pending.current.delete(key);
    setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
    const next = applyValue(entryRef.current, key, value);
    if (!next) return;
    setEntry(next);
    dirty.current = true;
    saver.scheduleDraft();
  });

  const onDraft = useStableCallback((key: string, text: string) => {
    pending.current.set(key, text);
  });

  const onToggleNotInBook = useStableCallback((key: string) => {
    const current = entryRef.current;
    const marked = current.notInBook.includes(key);
    pending.current.delete(key);
    setTouched((prev) => new Set(prev).add(key));
    setEntry({
      ...current,
      values: marked ? current.values : { ...current.values, [key]: '' },
      notInBook: marked ? current.notInBook.filter((k) => k !== key) : [...current.notInBook, key],
    });
    dirty.current = true;
    saver.scheduleDraft();
  });

  /** Commits whatever is still being typed, so a save never misses the focused field. */
  const commitPending = (): FormEntry => {
    let current = entryRef.current;
    for (const [key, text] of pending.current) {
      const field = layout.fields.get(key);
      const next = field && !current.notInBook.includes(key) ? applyValue(current, key, commitText(field, text)) : null;
      if (next) current = next;
    }
    pending.current.clear();
    if (current !== entryRef.current) {
      dirty.current = true;
      setEntry(current);
    }
    return current;
  };

  const remember = (view: EntryView) => setSources((prev) => rememberUsed(def.fields, prev, view.values));

  const begin = (next: FormEntry, id: EntryId | undefined, showIssues: boolean) => {
    pending.current.clear();
    dirty.current = false;
    saver.begin(id);
    setTouched(new Set());
    setShowAll(showIssues);
    setCross(noCrossFacts);
    setEntry(next);
  };

  const startNext = (source: Readonly<Record<string, string>> | null) =>
    begin(newEntry(source, entryRef.current.generation + 1), undefined, false);

  const open = (view: EntryView) => {
    remember(view);
    if (view.status === 'damaged' && view.damage) {
      setNotice({ kind: 'error', text: t('entry.damagedEntry', { reason: t(`entry.damage.reason.${view.damage.reason}`), page: view.damage.page }) });
      return;
    }
    begin(loadedEntry(view, entryRef.current.generation + 1), view.id, true);
    viewer.goTo(view.pages[0]);
    offerHeld(view);
  };

  /** Edits typed into this keyed entry before a lock, a closed window or a crash, offered back. */
  const offerHeld = (view: EntryView) => {
    if (isUnsaved(view.status) || view.status === 'damaged') return;
    citizen.heldEdits.held(view.id).then(
      (held) => {
        if (held && saver.currentId() === view.id) setOffer({ kind: 'held', view, held });
      },
      (error: unknown) => setNotice({ kind: 'error', text: errorText(error) }),
    );
  };

  const restoreHeld = (held: HeldEdit) => {
    const current = entryRef.current;
    setEntry({ ...current, values: { ...blank(), ...held.values }, notInBook: held.notInBook, pages: held.pages, generation: current.generation + 1 });
    setShowAll(true);
    if (held.pages[0]) viewer.goTo(held.pages[0]);
  };

  /** One write at a time; the ref, not the rendered flag, guards, so a fast second key is never judged by a stale render. */
  const run = async (task: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setNotice(null);
    try {
      await task();
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error) });
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  };

  const saveKeyed = (andNext: boolean) =>
    run(async () => {
      const current = commitPending();
      // The keyed save supersedes any draft not written yet; earlier writes must land first so ids are known.
      await saver.settled();
      const facts = await crossFacts(current.values);
      setCross(facts);
      const found = validateEntry(def, current, { today, ...facts });
      if (hasErrors(found)) {
        setShowAll(true);
        setNotice({ kind: 'error', text: t('entry.refused', { n: found.filter((i) => i.severity === 'error').length }) });
        setSummaryFocus((n) => n + 1);
        return;
      }
      const content: EntryContent = { values: current.values, notInBook: current.notInBook, pages: linkedPages(current), work: meter.current.take() };
      const view = await saver.saveKeyed(content);
      remember(view);
      const saved = view.values[SO_KEY] ?? '';
      setRecent((list) => withRecent(list, { id: view.id, so: saved, name: mainPerson ? (view.values[mainPerson.nameKey] ?? '') : '' }));
      setNotice({ kind: 'ok', text: saved ? t('entry.saved', { so: saved }) : t('entry.savedNoSo') });
      // Editing an older entry must not make it the source of the next entry's carried values.
      if (isUnsaved(current.status)) carrySource.current = view.values;
      onSaved();
      if (andNext) startNext(carrySource.current);
      else begin({ ...loadedEntry(view, entryRef.current.generation + 1), focusKey: lastField.current ?? layout.order[0] }, view.id, true);
    });

  const save = () => {
    if (!isUnsaved(entryRef.current.status)) return saveKeyed(false);
    return run(async () => {
      commitPending();
      dirty.current = true;
      await saver.flushDraft();
      setNotice({ kind: 'ok', text: t('entry.draftSaved') });
      onSaved();
    });
  };

  const markDamaged = (input: DamageInput) =>
    run(async () => {
      const current = commitPending();
      await saver.flushDraft();
      await saver.markDamaged(input);
      setDialog(null);
      setNotice({ kind: 'ok', text: t('entry.damage.saved', { page: input.page }) });
      onSaved();
      startNext(current.values);
    });

  const reopen = (id: EntryId) =>
    run(async () => {
      commitPending();
      await saver.flushDraft();
      open(await citizen.entries.get(id));
    });

  const closeDialog = () => {
    setDialog(null);
    requestAnimationFrame(() => focusField(lastField.current ?? entryRef.current.focusKey));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    meter.current.stroke(e.key, performance.now());
    if (dialog || e.defaultPrevented) return;
    const target = e.target;
    const fieldKey =
      target instanceof HTMLInputElement && formRef.current?.contains(target) && layout.fields.has(target.name) ? target.name : undefined;
    const action = keyAction(keyInputOf(e), { inField: fieldKey !== undefined, gotoPending });
    if (!action) return;
    e.preventDefault();
    // Alt+Shift+digit must not also reach the frame's Alt+digit area switch.
    e.stopPropagation();
    // What the form holds plus the text of the field being left (committed on blur).
    const values = fieldKey && e.target instanceof HTMLInputElement ? { ...entryRef.current.values, [fieldKey]: e.target.value.trim() } : entryRef.current.values;
    switch (action.type) {
      case 'next': {
        const next = fieldKey ? neighbour(layout, fieldKey, 1, values) : undefined;
        if (next) focusField(next);
        else saveNextRef.current?.focus();
        break;
      }
      case 'prev':
        focusField(fieldKey ? neighbour(layout, fieldKey, -1, values) : undefined);
        break;
      case 'gotoPrefix':
        setGotoPending(true);
        break;
      case 'cancelGoto':
        setGotoPending(false);
        break;
      case 'section':
        setGotoPending(false);
        focusField(layout.sections[action.section - 1]?.fields[0]?.key);
        break;
      case 'toggleNotInBook':
        if (fieldKey) onToggleNotInBook(fieldKey);
        break;
      case 'damaged':
        setDialog('damage');
        break;
      case 'help':
        setDialog('help');
        break;
      case 'save':
        void save();
        break;
      case 'saveNext':
        void saveKeyed(true);
        break;
      case 'page':
      case 'zoom':
      case 'pan':
      case 'togglePanel':
        applyViewerAction(viewer, action);
        break;
      case 'linkPage':
      case 'unlinkPage':
        if (viewer.current) changeLink(viewer.current.id, action.type === 'linkPage');
        break;
    }
  };

  const typeName = locale === 'en' ? def.nameEn : def.name;
  const describe = (view: EntryView) =>
    `${view.values[SO_KEY] || t('entry.noSo')} — ${(mainPerson && view.values[mainPerson.nameKey]) || t('entry.noName')}`;

  return (
    <section data-testid="screen-entry" className="entry-screen" onKeyDown={onKeyDown}>
      <header className="entry-head">
        <ScreenHeading takeFocus={false}>{t('entry.book.title', { type: typeName, quyenSo: book.quyenSo })}</ScreenHeading>
        <p className="entry-book-line" data-testid="entry-book-header">
          <span>{book.registeringBody}</span>
          {stats ? <span data-testid="entry-book-stats">{t('entry.book.stats', { keyed: keyedSoFar(stats), drafts: stats.drafts, damaged: stats.damaged })}</span> : null}
          <span className={`entry-state entry-state-${entry.status}`} data-testid="entry-state">
            {t(entry.status === 'new' ? 'entry.state.new' : entry.status === 'draft' ? 'entry.state.draft' : 'entry.state.keyed')}
          </span>
          <button type="button" className="link" onClick={() => navigate({ area: 'entry' })}>
            {t('entry.book.change')}
          </button>
          <button type="button" className="link" onClick={() => setDialog('help')}>
            {t('entry.help.button')}
          </button>
        </p>
        <ShortcutLine />
      </header>

      <p className="entry-status" role="status" data-testid="entry-status">
        {notice?.kind === 'ok' ? notice.text : gotoPending ? t('entry.goto.pending', { n: layout.sections.length }) : ''}
      </p>
      {notice?.kind === 'error' ? (
        <p className="notice notice-error" role="alert" data-testid="entry-error">
          {notice.text}
        </p>
      ) : null}

      {offer ? (
        <div className="entry-offer" data-testid={offer.kind === 'draft' ? 'entry-resume' : 'entry-held'}>
          <p>
            {offer.kind === 'draft'
              ? t('entry.resume.text', { what: describe(offer.view) })
              : t('entry.held.text', { what: describe(offer.view), at: formatDateTime(offer.held.at) })}
          </p>
          <div className="actions">
            <button
              type="button"
              data-testid="entry-resume-yes"
              ref={resumeRef}
              onClick={() => {
                setOffer(null);
                if (offer.kind === 'draft') open(offer.view);
                else restoreHeld(offer.held);
              }}
            >
              {t(offer.kind === 'draft' ? 'entry.resume.yes' : 'entry.held.yes')}
            </button>
            <button
              type="button"
              className="secondary"
              data-testid="entry-resume-no"
              onClick={() => {
                setOffer(null);
                if (offer.kind === 'held') citizen.heldEdits.drop(offer.view.id).catch((error: unknown) => setNotice({ kind: 'error', text: errorText(error) }));
                focusField(entryRef.current.focusKey);
              }}
            >
              {t(offer.kind === 'draft' ? 'entry.resume.no' : 'entry.held.no')}
            </button>
          </div>
        </div>
      ) : null}

      <div className={viewer.open ? 'entry-layout' : 'entry-layout entry-layout-wide'}>
        <div className="entry-main">
          <IssueSummary ref={summaryRef} issues={visible} onPick={focusField} />
          <form
            ref={formRef}
            className="entry-form"
            data-testid="entry-form"
            data-type={def.code}
            noValidate
            aria-label={typeName}
            onSubmit={(e) => e.preventDefault()}
            onFocus={(e) => {
              if (e.target instanceof HTMLInputElement && layout.fields.has(e.target.name)) lastField.current = e.target.name;
            }}
          >
            {layout.sections.map((section) => (
              <fieldset key={section.id} className="entry-section" data-section={section.number}>
                <legend>{t('entry.section', { n: section.number, label: locale === 'en' ? section.labelEn : section.label })}</legend>
                <div className="entry-grid">
                  {section.fields.map((field) => (
                    <EntryField
                      key={field.key}
                      field={field}
                      value={entry.values[field.key] ?? ''}
                      notInBook={entry.notInBook.includes(field.key)}
                      generation={entry.generation}
                      issues={byField.get(field.key) ?? NO_ISSUES}
                      sources={sources}
                      onCommit={onCommit}
                      onDraft={onDraft}
                      onToggleNotInBook={onToggleNotInBook}
                    />
                  ))}
                </div>
              </fieldset>
            ))}
            <div className="actions entry-actions">
              <FocusedHelp form={formRef} />
              <button type="button" ref={saveNextRef} data-testid="entry-save-next" disabled={busy} onClick={() => void saveKeyed(true)}>
                {t('entry.saveNext')}
              </button>
              <button type="button" className="secondary" data-testid="entry-save" disabled={busy} onClick={() => void save()}>
                {t('entry.save')}
              </button>
              <button type="button" className="secondary" data-testid="entry-damaged" disabled={busy} onClick={() => setDialog('damage')}>
                {t('entry.damaged')}
              </button>
              {busy ? <span className="count">{t('entry.saving')}</span> : null}
            </div>
          </form>
          <RecentEntries entries={recent} onOpen={(id) => void reopen(id)} />
        </div>
        <PagePanel viewer={viewer} linked={entry.pages} onUnlink={(pageId) => changeLink(pageId, false)} />
      </div>

      {dialog === 'help' ? <HelpDialog onClose={closeDialog} /> : null}
      {dialog === 'damage' ? (
        <DamageDialog page={entry.values['trangSo'] ?? ''} busy={busy} onSubmit={(input) => void markDamaged(input)} onClose={closeDialog} />
      ) : null}
    </section>
  );
}
