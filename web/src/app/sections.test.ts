import { HomeOutlined } from '@ant-design/icons';
import { describe, expect, it } from 'vitest';
import { admin, agent, manager, slaReader, supervisor, technician } from '../test/fixtures';
import { sectionsFor, type Section } from './sections';

const page = () => null;

describe('sectionsFor', () => {
  it('offers a section only to users with its permission', () => {
    const all: Section[] = [
      { path: '/', labelKey: 'nav.home', icon: HomeOutlined, page },
      { path: '/tickets', labelKey: 'nav.tickets', icon: HomeOutlined, permission: 'staff:read', page },
      { path: '/admin', labelKey: 'nav.admin', icon: HomeOutlined, permission: 'system:admin', page },
    ];

    expect(sectionsFor(agent, all).map((section) => section.path)).toEqual(['/', '/tickets']);
    expect(sectionsFor(admin, all).map((section) => section.path)).toEqual(['/', '/tickets', '/admin']);
  });

  it('shows staff administration to readers of staff but not to technicians', () => {
    expect(sectionsFor(agent).map((section) => section.path)).toContain('/admin/staff');
    expect(sectionsFor(technician).map((section) => section.path)).toEqual(['/']);
  });

  it('shows the escalation queue to whoever answers for a level, and deadlines to their readers', () => {
    const paths = (user: typeof agent) => sectionsFor(user).map((section) => section.path);

    expect(paths(supervisor)).toEqual(expect.arrayContaining(['/sla/escalations', '/sla/policies', '/sla/calendars']));
    expect(paths(manager)).toContain('/sla/escalations');
    expect(paths(slaReader)).not.toContain('/sla/escalations');
    expect(paths(slaReader)).toContain('/sla/policies');
    expect(paths(admin)).not.toContain('/sla/policies');
  });
});
