import type { Dayjs } from 'dayjs';
import type { NewTicket } from './types';

/** The intake form's values as antd holds them. */
export interface IntakeValues {
  customerId?: string;
  kind?: NewTicket['kind'];
  channel: NewTicket['channel'];
  category?: NewTicket['category'];
  complexity: NonNullable<NewTicket['complexity']>;
  priority?: NewTicket['priority'];
  unitId?: string;
  location?: string;
  description?: string;
  promisedAt?: Dayjs | null;
  chargeable: boolean;
  fee?: number | null;
  resolvedOnTheSpot: boolean;
  answer?: string;
}

/** The fields a 400 may name, as the form names them. */
export const intakeFieldNames = [
  'customerId', 'kind', 'channel', 'category', 'complexity', 'priority', 'unitId', 'location',
  'description', 'promisedAt', 'chargeable', 'fee', 'resolvedOnTheSpot', 'answer',
] as const;

export const initialIntake: Partial<IntakeValues> = { channel: 'Phone', complexity: 'Standard', chargeable: false, resolvedOnTheSpot: false };

/** The request body for the values the form's rules have passed; empty optional fields are left out. */
export function intakeBody(values: IntakeValues): NewTicket {
  const onTheSpot = values.kind === 'Enquiry' && values.resolvedOnTheSpot;
  return {
    kind: values.kind!,
    channel: values.channel,
    customerId: values.customerId!,
    category: values.category!,
    description: values.description!.trim(),
    complexity: values.complexity,
    priority: values.priority || undefined,
    unitId: values.unitId?.trim() || undefined,
    location: values.location?.trim() || undefined,
    promisedAt: values.promisedAt?.toISOString(),
    chargeable: values.chargeable,
    fee: values.chargeable ? (values.fee ?? undefined) : undefined,
    resolvedOnTheSpot: onTheSpot || undefined,
    answer: onTheSpot ? values.answer?.trim() : undefined,
  };
}
