import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, json, problem } from '../test/fakeApi';
import { renderApp } from '../test/renderApp';
import { building, frontDesk, siteId } from './fixtures';

const site = { id: siteId, name: '翠湖花园', address: '杭州市西湖区文三路 88 号', createdAt: building.createdAt, updatedAt: building.updatedAt };

describe('sites and buildings', () => {
  it('goes from the sites to a site’s buildings, each opening its floors', async () => {
    fakeApi({
      'GET /api/v1/auth/me': () => json(frontDesk),
      'GET /api/v1/facilities/sites': () => json({ items: [site] }),
      [`GET /api/v1/facilities/sites/${siteId}`]: () => json({ ...site, buildings: [building] }),
    });
    const { user } = renderApp('/facilities');

    await user.click(await screen.findByRole('link', { name: '翠湖花园' }));

    expect(await screen.findByRole('link', { name: /3栋/ })).toHaveAttribute('href', `/facilities/buildings/${building.id}`);
    expect(screen.getByText('18 层')).toBeInTheDocument();
  });

  it('shows the menu entry to staff who read facilities, and says when there are no sites', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(frontDesk), 'GET /api/v1/facilities/sites': () => json({ items: [] }) });
    renderApp('/facilities');

    expect(await screen.findByText('还没有小区或项目')).toBeInTheDocument();
    expect(screen.getByRole('menuitem', { name: /设施/ })).toBeInTheDocument();
  });

  it('shows a site that cannot be read as an error', async () => {
    fakeApi({ 'GET /api/v1/auth/me': () => json(frontDesk), [`GET /api/v1/facilities/sites/${siteId}`]: () => problem(404, 'There is no Site with id.') });
    renderApp(`/facilities/sites/${siteId}`);

    expect(await screen.findByText('加载失败：There is no Site with id.')).toBeInTheDocument();
  });
});
