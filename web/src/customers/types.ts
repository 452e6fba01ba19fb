// The generated schema's customer types under the names the customer pages use.
import type { components, paths } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type Customer = Schemas['CustomerResponse'];
export type CustomerForm = Schemas['CustomerForm'];
export type CustomerChange = Schemas['CustomerChangeResponse'];
export type CustomerDocument = Schemas['DocumentResponse'];
export type SensitiveValues = Schemas['SensitiveValues'];
export type SensitiveAccess = Schemas['SensitiveAccessResponse'];
export type ScoreForm = Schemas['ScoreForm'];
export type GradingScore = Schemas['ScoreResponse'];
export type GradingRun = Schemas['GradingRunResponse'];
export type GradingEntry = Schemas['GradingEntryResponse'];
export type CustomerExport = Schemas['ExportResponse'];
export type NewExport = Schemas['RequestExport'];
export type CustomerQuery = NonNullable<paths['/api/v1/customers']['get']['parameters']['query']>;

/** One customer a 409 `duplicate_customer` lists (values masked). */
export interface DuplicateMatch {
  id: string;
  number: string;
  name: string;
  type: Schemas['CustomerType'];
  phones: string[];
  idNumber?: string | null;
  bankAccount?: string | null;
  archived: boolean;
  matchedOn: string[];
}

export const customerTypes = vocabulary<Schemas['CustomerType']>()(['Owner', 'Resident', 'Tenant', 'Merchant', 'Enterprise']);
export const documentKinds = vocabulary<Schemas['DocumentKind']>()(['Contract', 'IdCopy', 'MoveIn', 'MoveOut', 'FitOut', 'Other']);
