import { HomeOutlined } from '@ant-design/icons';
import { describe, expect, it } from 'vitest';
import { admin, agent, technician } from '../test/fixtures';
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
});
