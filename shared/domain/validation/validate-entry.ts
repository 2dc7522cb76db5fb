/**
 * Entry point of validation: runs every rule family over one entry and returns issues in
 * field order. Pure and synchronous; never blocks on warnings and never changes the values.
 */
import type { RegisterTypeDef } from '../field-kinds';
import type { EntryValues } from '../entry-values';
import { bookIssues } from './book-rules';
import { dateOrderIssues } from './date-order-rules';
import { entryView } from './entry-view';
import { fieldIssues } from './field-rules';
import { identityIssues } from './identity-rules';
import type { Issue, ValidationContext } from './issue';
import { peopleIssues } from './people-rules';

export interface EntryInput {
  readonly values: EntryValues;
  /** Fields marked "không có trong sổ". */
  readonly notInBook?: readonly string[];
}

export function validateEntry(type: RegisterTypeDef, entry: EntryInput, context: ValidationContext): Issue[] {
  const view = entryView(type, entry.values, entry.notInBook ?? [], context);
  const issues = [
    ...fieldIssues(view),
    ...dateOrderIssues(view),
    ...peopleIssues(view),
    ...identityIssues(view),
    ...bookIssues(view),
  ];
  const order = new Map(type.fields.map((f, i) => [f.key, i]));
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => (order.get(a.issue.path) ?? 0) - (order.get(b.issue.path) ?? 0) || a.i - b.i)
    .map(({ issue }) => issue);
}

export const hasErrors = (issues: readonly Issue[]): boolean => issues.some((i) => i.severity === 'error');
