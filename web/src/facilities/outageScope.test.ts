import { describe, expect, it } from 'vitest';
import { outageScope } from './outageScope';

describe('an outage’s scope', () => {
  it('narrows a site to the buildings chosen, and the buildings to the floors chosen', () => {
    expect(outageScope({ siteId: 's', unitIds: ['u'] })).toEqual({ siteId: 's', buildingIds: [], floors: [], unitIds: ['u'] });
    expect(outageScope({ siteId: 's', buildingIds: ['b1', 'b2'] })).toEqual({ siteId: null, buildingIds: ['b1', 'b2'], floors: [], unitIds: [] });
    expect(outageScope({ siteId: 's', buildingIds: ['b1', 'b2'], floors: [3, 4] })).toEqual({
      siteId: null, buildingIds: [],
      floors: [{ buildingId: 'b1', floor: 3 }, { buildingId: 'b1', floor: 4 }, { buildingId: 'b2', floor: 3 }, { buildingId: 'b2', floor: 4 }],
      unitIds: [],
    });
  });
});
