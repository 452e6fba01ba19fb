import type { NewComplaint } from './types';

/** The intake form's values as antd holds them. */
export interface IntakeValues {
  customerId?: string;
  channel: NewComplaint['channel'];
  source: NonNullable<NewComplaint['source']>;
  category?: NewComplaint['category'];
  targetKind: NewComplaint['targetKind'];
  targetStaffId?: string | null;
  targetDepartment?: string;
  targetName?: string;
  description?: string;
  householdsAffected: number;
  compensationClaimed?: number | null;
  lawsuitOrMedia: boolean;
  injuryOrHeavyLoss: boolean;
  unitIds?: string[];
}

/** The fields a 400 may name, as the form names them (`unitId` is picked as `unitIds`). */
export const intakeFieldNames = [
  'customerId', 'channel', 'source', 'category', 'targetKind', 'targetStaffId', 'targetDepartment', 'targetName',
  'description', 'householdsAffected', 'compensationClaimed', 'lawsuitOrMedia', 'injuryOrHeavyLoss', 'unitIds',
] as const;

export const initialIntake: Partial<IntakeValues> = {
  channel: 'Phone', source: 'Direct', targetKind: 'Department', householdsAffected: 1, lawsuitOrMedia: false, injuryOrHeavyLoss: false,
};

/** What the agent said about open complaints of the customer in the same category, after a 409 listed them. */
export type RepeatAnswer = { sameMatterAs: string } | { notSameMatter: true } | undefined;

/** The request body for the values the form's rules have passed; only the chosen target kind's fields are sent. */
export function intakeBody(values: IntakeValues, ticketId: string | undefined, repeat: RepeatAnswer): NewComplaint {
  const kind = values.targetKind;
  return {
    customerId: values.customerId!,
    channel: values.channel,
    source: values.source,
    category: values.category!,
    description: values.description!.trim(),
    targetKind: kind,
    targetStaffId: kind === 'Staff' ? values.targetStaffId : undefined,
    targetDepartment: kind === 'Department' ? values.targetDepartment?.trim() : undefined,
    targetName: kind === 'Contractor' || kind === 'Product' || kind === 'Facility' ? values.targetName?.trim() : undefined,
    householdsAffected: values.householdsAffected,
    compensationClaimed: values.compensationClaimed ?? undefined,
    lawsuitOrMedia: values.lawsuitOrMedia,
    injuryOrHeavyLoss: values.injuryOrHeavyLoss,
    unitId: values.unitIds?.[0],
    ticketId,
    ...repeat,
  };
}
