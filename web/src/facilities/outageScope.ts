import type { NewOutage } from './types';

/** What the outage form asks: a site, or buildings (all of them, or only some floors of them), and units one by one. */
export interface ScopeValues {
  siteId?: string;
  buildingIds?: string[];
  floors?: number[];
  unitIds?: string[];
}

/** The scope as the API takes it: floors chosen narrow the buildings chosen to those floors; buildings chosen narrow the site. */
export function outageScope({ siteId, buildingIds = [], floors = [], unitIds = [] }: ScopeValues): Pick<NewOutage, 'siteId' | 'buildingIds' | 'floors' | 'unitIds'> {
  const byFloor = buildingIds.length > 0 && floors.length > 0;
  return {
    siteId: buildingIds.length === 0 ? (siteId ?? null) : null,
    buildingIds: byFloor ? [] : buildingIds,
    floors: byFloor ? buildingIds.flatMap((buildingId) => floors.map((floor) => ({ buildingId, floor }))) : [],
    unitIds,
  };
}
