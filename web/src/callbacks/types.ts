// The generated schema's callback types under the names the callback pages use, and the vocabularies
// the API accepts (PRODUCT.md §5).
import type { components } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type Callback = Schemas['CallbackResponse'];
export type CallbackAttempt = Schemas['AttemptResponse'];
export type NewAttempt = Schemas['RecordAttempt'];
export type NewCallback = Schemas['RequestCallback'];
export type CallbackDue = Schemas['CallbackDue'];

/** The workbench's tabs: 今日 / 已逾期 / 待回访. */
export const dueLists = vocabulary<CallbackDue>()(['Today', 'Overdue', 'Upcoming']);

export const outcomes = vocabulary<Schemas['AttemptOutcome']>()(['Reached', 'Unreachable']);

export const satisfactions = [1, 2, 3, 4, 5] as const;

/** A score this low needs the customer's words in the comment. */
export const lowSatisfaction = 2;

/** Still to be called: due, or tried and to be tried again. */
export function isOpen(callback: Pick<Callback, 'status'>): boolean {
  return callback.status === 'Due' || callback.status === 'Retrying';
}
