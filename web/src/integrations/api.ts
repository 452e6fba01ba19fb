import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import type { components } from '../api/schema';

export type Webhook = components['schemas']['WebhookResponse'];
export type WebhookDelivery = components['schemas']['WebhookDeliveryResponse'];

/** The webhook endpoints the signed-in user manages. */
export function useWebhooks() {
  return useQuery({ queryKey: ['webhooks'], queryFn: () => unwrap(api.GET('/api/v1/webhooks')) });
}

/** An endpoint's latest deliveries, newest first, with their attempts. */
export function useWebhookDeliveries(id: string) {
  return useQuery({
    queryKey: ['webhooks', id, 'deliveries'],
    queryFn: () => unwrap(api.GET('/api/v1/webhooks/{id}/deliveries', { params: { path: { id } } })),
  });
}
