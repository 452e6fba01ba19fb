import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { ticket, ticketAgent, wang } from '../tickets/fixtures';
import { entry, knowledgeSupervisor, phrases } from './fixtures';
import { marked, phrasesIn } from './forbiddenPhrases';

const plumbingAnswer = entry();
const greeting = entry({ id: '0190e000-0000-7000-8000-000000000002', kind: 'Script', title: '问候语（接听电话）', body: '您好，XX物管，101号张XX为您服务。', categories: [] });

describe('forbidden phrases', () => {
  it('finds every phrase a text contains and marks where it stands', () => {
    expect(phrasesIn('我不清楚，您找开发商吧', phrases.items)).toEqual(['我不清楚', '找开发商']);
    expect(phrasesIn('对不起，请稍等', phrases.items)).toEqual([]);
    expect(marked('这个不行', phrases.items)).toEqual([
      { text: '这个', forbidden: false },
      { text: '不行', forbidden: true },
    ]);
  });

  it('highlights a forbidden phrase in a contact note as it is typed', async () => {
    const contacted = ticket({ status: 'Contacted', allowedActions: ['contact'] });
    fakeApi({
      'GET /api/v1/auth/me': () => json(ticketAgent),
      'GET /api/v1/knowledge/forbidden-phrases': () => json(phrases),
      [`GET /api/v1/tickets/${contacted.id}`]: () => new Response(JSON.stringify(contacted), { headers: { 'Content-Type': 'application/json', ETag: '"7"' } }),
      [`GET /api/v1/tickets/${contacted.id}/contacts`]: () => json({ items: [] }),
      [`GET /api/v1/tickets/${contacted.id}/timeline`]: () => json({ items: [] }),
    });
    const { user } = renderApp(`/tickets/${contacted.id}`);

    const note = await screen.findByLabelText('业主回复的具体内容');
    await user.type(note, '已解释');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.type(note, '，我不清楚');

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('禁说：“我不清楚”');
    expect(within(warning).getByText('我不清楚', { selector: 'mark' })).toBeInTheDocument();
  }, 30_000);
});

describe('knowledge side panel', () => {
  it('follows the category being typed on the intake form and searches within it', async () => {
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(ticketAgent),
      'GET /api/v1/customers': () => json({ items: [wang], nextCursor: null }),
      'GET /api/v1/tickets': () => json({ items: [], nextCursor: null }),
      'POST /api/v1/sla/policies/evaluate': () => json({ policy: null, explanation: '', firstContactDueAt: null, resolutionDueAt: null }),
      'GET /api/v1/knowledge': (request) =>
        json({ items: new URL(request.url).searchParams.get('category') === 'Plumbing' ? [plumbingAnswer, greeting] : [greeting] }),
    });
    const { user } = renderApp('/tickets/new');

    expect(await screen.findByText('问候语（接听电话）')).toBeInTheDocument();
    expect(screen.queryByText('厨房漏水先关总阀')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('类别'));
    await user.click((await screen.findAllByTitle('给排水')).at(-1)!);
    await user.click(await screen.findByText('厨房漏水先关总阀'));
    expect(await screen.findByText('请业主先关闭厨房总阀，我们马上安排维修师傅上门。')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: '搜索答案和话术' }), '漏水');
    const lastSearch = () => new URL(server.sentTo('GET /api/v1/knowledge').at(-1)!.url).searchParams;
    await waitFor(() => expect(lastSearch().get('search')).toBe('漏水'));
    expect(lastSearch().get('category')).toBe('Plumbing');
  }, 40_000);
});

describe('knowledge admin page', () => {
  it('lists the drafts and lets a supervisor approve one', async () => {
    const draft = entry({ status: 'Draft', approvedById: null, approvedAt: null });
    const server = fakeApi({
      'GET /api/v1/auth/me': () => json(knowledgeSupervisor),
      'GET /api/v1/knowledge': (request) => json({ items: new URL(request.url).searchParams.get('status') === 'Draft' ? [draft] : [] }),
      'GET /api/v1/knowledge/due-for-review': () => json({ items: [] }),
      'GET /api/v1/knowledge/forbidden-phrases': () => json(phrases),
      [`POST /api/v1/knowledge/${draft.id}/approve`]: () => json({ ...draft, status: 'Approved' }),
    });
    const { user } = renderApp('/knowledge');

    await user.click(await screen.findByText('草稿'));
    await user.click(await screen.findByRole('button', { name: '审核通过' }));

    expect(await screen.findByText('已审核通过')).toBeInTheDocument();
    expect(server.sentTo(`POST /api/v1/knowledge/${draft.id}/approve`)).toHaveLength(1);
  }, 30_000);
});
