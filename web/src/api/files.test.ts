import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem } from '../test/fakeApi';
import { admin } from '../test/fixtures';
import { attachmentName, download, upload } from './files';
import { getSession, saveSession } from './session';

const renewedTokens = { accessToken: 'access-2', refreshToken: null, expiresIn: 900, user: admin };
const renewed = (request: Request) => request.headers.get('Authorization') === 'Bearer access-2';

describe('files through the API client', () => {
  afterEach(() => vi.restoreAllMocks());

  it('renews an expired session once for a download and fetches the file again', async () => {
    saveSession({ accessToken: 'access-1' });
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    // jsdom makes no object URLs.
    Object.assign(URL, { createObjectURL: () => 'blob:export', revokeObjectURL: () => undefined });
    const server = fakeApi({
      'GET /api/v1/customers/exports/e1/download': (request) =>
        renewed(request)
          ? new Response('number,name\n', { headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="customers.csv"' } })
          : problem(401, 'Token expired'),
      'POST /api/v1/auth/refresh': () => json(renewedTokens),
    });

    await download('/api/v1/customers/exports/e1/download');

    expect(server.sentTo('POST /api/v1/auth/refresh')).toHaveLength(1);
    expect(server.sentTo('GET /api/v1/customers/exports/e1/download').map((r) => r.headers.get('Authorization'))).toEqual([
      'Bearer access-1',
      'Bearer access-2',
    ]);
    expect(saved).toEqual(['customers.csv']);
    expect(getSession()).toEqual({ accessToken: 'access-2' });
  });

  it('renews an expired session once for an upload and sends the form again', async () => {
    saveSession({ accessToken: 'access-1' });
    const server = fakeApi({
      'POST /api/v1/customers/c1/documents': async (request) =>
        renewed(request) && (await request.formData()).get('kind') === 'Contract' ? json({ id: 'd1' }, 201) : problem(401, 'Token expired'),
      'POST /api/v1/auth/refresh': () => json(renewedTokens),
    });
    const form = new FormData();
    form.append('kind', 'Contract');
    form.append('file', new Blob(['%PDF-'], { type: 'application/pdf' }), 'contract.pdf');

    expect(await upload('/api/v1/customers/c1/documents', form)).toEqual({ id: 'd1' });
    expect(server.sentTo('POST /api/v1/customers/c1/documents')).toHaveLength(2);
    expect(server.sentTo('POST /api/v1/auth/refresh')).toHaveLength(1);
  });

  it('names a download by its UTF-8 name when the server gives one, else by its ASCII name', () => {
    expect(attachmentName("attachment; filename=____.pdf; filename*=UTF-8''%E7%A7%9F%E8%B5%81%E5%90%88%E5%90%8C.pdf")).toBe('租赁合同.pdf');
    expect(attachmentName('attachment; filename="customers.csv"')).toBe('customers.csv');
    expect(attachmentName('attachment')).toBe('download');
  });
});
