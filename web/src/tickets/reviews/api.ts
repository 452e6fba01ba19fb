import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';

type Schemas = components['schemas'];
export type ReviewDay = Schemas['ReviewDay'];
export type ReviewMonth = Schemas['ReviewMonth'];
export type ReviewCounts = Schemas['ReviewCounts'];

const reviewsKey = ['tickets', 'reviews'] as const;

/** The last fortnight's days, signed off or not, with their counts. */
export function useDailyReviews() {
  return useQuery({ queryKey: [...reviewsKey, 'daily'], queryFn: () => unwrap(api.GET('/api/v1/tickets/reviews/daily')) });
}

/** The last twelve ended months: reviewed (on time or late), due, or overdue. */
export function useMonthlyReviews() {
  return useQuery({ queryKey: [...reviewsKey, 'monthly'], queryFn: () => unwrap(api.GET('/api/v1/tickets/reviews/monthly')) });
}

/** 每天下班前检查…签字确认: signs off a day (2026-11-23) with the findings. */
export const signDay = (day: string, findings: string) => unwrap(api.POST('/api/v1/tickets/reviews/daily', { body: { day, findings } }));

/** 每月5日前检查上月: records the review of a month (2026-10) with the findings. */
export const reviewMonth = (month: string, findings: string) => unwrap(api.POST('/api/v1/tickets/reviews/monthly', { body: { month, findings } }));

/** Signs with the findings, then reads the sheets again (a 409 means someone signed meanwhile). */
export function useSignReview(sign: (findings: string) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: sign, onSettled: () => queryClient.invalidateQueries({ queryKey: reviewsKey }) });
}
