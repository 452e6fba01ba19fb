// The generated schema's knowledge-base types under the names the knowledge screens use.
import type { components } from '../api/schema';
import { vocabulary } from '../shared/vocabulary';

type Schemas = components['schemas'];

export type KnowledgeEntry = Schemas['EntryResponse'];
export type KnowledgeForm = Schemas['EntryForm'];
export type KnowledgeStatus = Schemas['KnowledgeStatus'];

export const knowledgeStatuses = vocabulary<KnowledgeStatus>()(['Draft', 'Approved', 'Retired']);
export const knowledgeKinds = vocabulary<Schemas['KnowledgeKind']>()(['Answer', 'Script']);
