import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerTypes, documentKinds } from '../customers/types';
import { complexities, metrics, severities, weekdays, workTypes } from '../sla/catalog';
import { roleNames, skillNames } from '../staff/catalog';
import { categories, channels, contactMethods, contactOutcomes, kinds, openStatuses, priorities, statuses } from '../tickets/types';

let schemas: Record<string, { enum?: string[] }> = {};

beforeAll(async () => {
  schemas = JSON.parse(await readFile(resolve(__dirname, '../api/openapi.json'), 'utf8')).components.schemas;
});

function apiEnum(name: string): string[] {
  const members = schemas[name]?.enum;
  if (!members) throw new Error(`openapi.json has no enum ${name}`);
  return members;
}

/** The screens' lists against the enums of the OpenAPI document the host serves (the compiler checks the generated types). */
describe('vocabularies', () => {
  it.each([
    ['TicketKind', kinds],
    ['IntakeChannel', channels],
    ['TicketCategory', categories],
    ['TicketPriority', priorities],
    ['TicketStatus', statuses],
    ['ContactMethod', contactMethods],
    ['ContactOutcome', contactOutcomes],
    ['CustomerType', customerTypes],
    ['DocumentKind', documentKinds],
    ['WorkComplexity', complexities],
    ['ComplaintSeverity', severities],
    ['SlaWorkType', workTypes],
    ['SlaMetric', metrics],
    ['DayOfWeek', weekdays],
    ['StaffRole', roleNames],
  ])('%s lists every member the API has, and only those', (name, list) => {
    expect([...list].sort()).toEqual([...apiEnum(name)].sort());
  });

  it('open statuses are ticket statuses', () => {
    expect(apiEnum('TicketStatus')).toEqual(expect.arrayContaining([...openStatuses]));
  });

  it('technicians are skilled in the ticket categories', () => {
    expect([...skillNames].sort()).toEqual(apiEnum('TicketCategory').map((category) => category.toLowerCase()).sort());
  });
});
