/**
 * Registers a book or edits one: type, number, years covered, registering body (typed, or
 * filled in by the admin-unit picker), paper, pages and the survey count. Checks locally with
 * Vietnamese messages next to each field, then saves through the store; the type of a
 * registered book is fixed because its entries were keyed against that type's fields.
 */
import { useId, useState, type FormEvent } from 'react';
import type { BookInput, BookView } from '../../store/types';
import { useCitizen } from '../../app/citizen-context';
import type { MessageKey } from '../../i18n/vi';
import { useLocale, useT } from '../../i18n/use-t';
import { ErrorNotice } from '../../ui/Notice';
import { ScreenHeading } from '../../ui/ScreenHeading';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useAction } from '../../ui/use-action';
import { checkBookDraft, draftOfBook, emptyBookDraft, FIRST_BOOK_YEAR, type BookDraft, type BookField, type BookProblem } from './book-form';
import { registerTypeOptions } from './register-type-names';
import { RegisteringBodyPicker } from './RegisteringBodyPicker';
import { getRegisterType, RegisterTypeCode } from '../../../shared/domain/register-types';
import { checkPolicyDraft, draftOfPolicy, type PolicyDraft } from '../verification/policy-draft';
import { VerificationPolicyFields } from '../verification/VerificationPolicyFields';

export interface BookFormProps {
  /** The book being edited; absent to register a new one. */
  book?: BookView;
  others: readonly BookView[];
  onSaved: (book: BookView) => void;
  onCancel: () => void;
}

const problemKey = (problem: BookProblem): MessageKey => `books.form.error.${problem}`;

export function BookForm({ book, others, onSaved, onCancel }: BookFormProps) {
  const t = useT();
  const { locale } = useLocale();
  const citizen = useCitizen();
  const typeId = useId();
  const [draft, setDraft] = useState<BookDraft>(() => (book ? draftOfBook(book) : emptyBookDraft));
  const [problems, setProblems] = useState<Partial<Record<BookField, BookProblem>>>({});
  const [policy, setPolicy] = useState<PolicyDraft>(() => draftOfPolicy(book?.verification));
  const [policyInvalid, setPolicyInvalid] = useState(false);
  const action = useAction();
  const currentYear = new Date().getFullYear();

  const set = (field: BookField) => (value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setProblems(({ [field]: _fixed, ...rest }) => rest);
  };
  const error = (field: BookField): string | null => {
    const problem = problems[field];
    return problem ? t(problemKey(problem), { min: FIRST_BOOK_YEAR, max: currentYear }) : null;
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = checkBookDraft(draft, { currentYear, others, ...(book ? { editingId: book.id } : {}) });
    const policyCheck = checkPolicyDraft(policy);
    setPolicyInvalid(!policyCheck.ok);
    if (!check.ok || !policyCheck.ok) {
      setProblems(check.ok ? {} : check.problems);
      action.setError(t('books.form.invalid'));
      return;
    }
    const input: BookInput = { ...check.input, verification: policyCheck.policy };
    await action.run(async () => onSaved(book ? await citizen.books.update(book.id, input) : await citizen.books.create(input)));
  };

  const typeError = error('type');
  const typeCode = RegisterTypeCode.safeParse(draft.type);
  return (
    <form className="panel book-form" onSubmit={(e) => void submit(e)} noValidate data-testid="book-form">
      <ScreenHeading>{book ? t('books.form.editTitle', { quyenSo: book.quyenSo }) : t('books.form.newTitle')}</ScreenHeading>
      <div className="field">
        <label htmlFor={typeId}>{t('books.form.type')}</label>
        <select
          id={typeId}
          name="type"
          value={draft.type}
          disabled={book !== undefined}
          aria-invalid={typeError ? true : undefined}
          aria-describedby={book || typeError ? `${typeId}-note` : undefined}
          onChange={(e) => set('type')(e.target.value)}
        >
          {registerTypeOptions(locale).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        {book || typeError ? (
          <p id={`${typeId}-note`} className={typeError ? 'field-error' : 'field-hint'}>
            {typeError ?? t('books.form.typeFixed')}
          </p>
        ) : null}
      </div>
      <div className="book-form-row">
        <TextField label={t('books.form.quyenSo')} name="quyenSo" autoComplete="off" hint={t('books.form.quyenSoHint')} value={draft.quyenSo} onChange={set('quyenSo')} error={error('quyenSo')} required />
        <TextField label={t('books.form.yearFrom')} name="yearFrom" inputMode="numeric" autoComplete="off" value={draft.yearFrom} onChange={set('yearFrom')} error={error('yearFrom')} required />
        <TextField label={t('books.form.yearTo')} name="yearTo" inputMode="numeric" autoComplete="off" value={draft.yearTo} onChange={set('yearTo')} error={error('yearTo')} required />
      </div>
      <RegisteringBodyPicker onPhrase={set('registeringBody')} />
      <TextField
        label={t('books.form.registeringBody')}
        name="registeringBody"
        autoComplete="off"
        className="wide"
        hint={t('books.form.registeringBodyHint')}
        value={draft.registeringBody}
        onChange={set('registeringBody')}
        error={error('registeringBody')}
        required
      />
      <div className="book-form-row">
        <SelectField
          label={t('books.form.paperSize')}
          name="paperSize"
          value={draft.paperSize}
          options={[
            { value: 'A4', label: 'A4' },
            { value: 'A3', label: 'A3' },
          ]}
          onChange={(value) => setDraft((d) => ({ ...d, paperSize: value === 'A3' ? 'A3' : 'A4' }))}
        />
        <TextField label={t('books.form.pageCount')} name="pageCount" inputMode="numeric" autoComplete="off" value={draft.pageCount} onChange={set('pageCount')} error={error('pageCount')} required />
        <TextField
          label={t('books.form.surveyedCount')}
          name="surveyedCount"
          inputMode="numeric"
          autoComplete="off"
          hint={t('books.form.surveyedCountHint')}
          value={draft.surveyedCount}
          onChange={set('surveyedCount')}
          error={error('surveyedCount')}
          required
        />
      </div>
      <TextField label={t('books.form.notes')} name="notes" autoComplete="off" className="wide" value={draft.notes} onChange={set('notes')} />
      <VerificationPolicyFields
        def={typeCode.success ? getRegisterType(typeCode.data) : null}
        draft={policy}
        onChange={(next) => {
          setPolicy(next);
          setPolicyInvalid(false);
        }}
        nInvalid={policyInvalid}
      />
      <ErrorNotice message={action.error} />
      <div className="actions">
        <button type="submit" data-testid="book-save" disabled={action.busy}>
          {t('books.form.save')}
        </button>
        <button type="button" className="secondary" data-testid="book-cancel" onClick={onCancel} disabled={action.busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
