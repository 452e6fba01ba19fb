import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type CallbackStats = components['schemas']['CallbackStats'];
export type CallbackStatsRow = components['schemas']['CallbackStatsRow'];
export type CallbackStatsGrouping = components['schemas']['CallbackStatsGrouping'];

export interface StatsQuery {
  groupBy: CallbackStatsGrouping;
  /** Desk days, YYYY-MM-DD, both included. */
  from: string;
  to: string;
}

/** The callback figures for a grouping and a range of days. */
export function useCallbackStats(query: StatsQuery) {
  return useQuery({
    queryKey: ['callbacks', 'stats', query],
    queryFn: () => unwrap(api.GET('/api/v1/callbacks/stats', { params: { query } })),
  });
}
