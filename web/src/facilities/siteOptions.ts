import { useSite, useSites } from './api';

/** The choices of a form that picks a site and then some of its buildings: every site, and the buildings of the one chosen. */
export function useSiteOptions(siteId: string | undefined) {
  const sites = useSites();
  const site = useSite(siteId ?? '');
  return {
    siteOptions: (sites.data?.items ?? []).map((s) => ({ value: s.id, label: s.name })),
    buildingOptions: (site.data?.buildings ?? []).map((b) => ({ value: b.id, label: b.name })),
  };
}
