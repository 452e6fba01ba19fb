import { readFile } from 'node:fs/promises';
import openapiTS, { COMMENT_HEADER, astToString } from 'openapi-typescript';
import { expect, it } from 'vitest';

const here = (file: string) => new URL(file, import.meta.url);

it('schema.d.ts matches openapi.json', async () => {
  const document = JSON.parse(await readFile(here('./openapi.json'), 'utf8'));
  const generated = COMMENT_HEADER + astToString(await openapiTS(document));
  const checkedIn = await readFile(here('./schema.d.ts'), 'utf8');

  expect(checkedIn === generated, 'src/api/schema.d.ts is stale: run `npm run gen:api`').toBe(true);
});
