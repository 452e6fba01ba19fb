import type { ComplaintSeverity, DayOfWeek, SlaMetric, SlaWorkType, WorkComplexity } from '../api/types';
import { vocabulary } from '../shared/vocabulary';

/** The kinds of work on deadline clocks (工单 / 投诉 / 回访). */
export const workTypes = vocabulary<SlaWorkType>()(['Ticket', 'Complaint', 'Callback']);

/** A ticket's complexity (标准 / 复杂). */
export const complexities = vocabulary<WorkComplexity>()(['Standard', 'Complex']);

/** A complaint's severity (一般 / 重要 / 重大). */
export const severities = vocabulary<ComplaintSeverity>()(['General', 'Important', 'Major']);

/** Customer tiers (一级 / 二级 / 三级). */
export const customerTiers = [1, 2, 3] as const;

/** What a clock measures (首次联系 / 处理完成 / 回访 / 当天调查 / 受理确认 / 转交部门). */
export const metrics = vocabulary<SlaMetric>()(['FirstContact', 'Resolution', 'CallbackDue', 'Investigation', 'Acknowledgement', 'Handoff']);

/** Escalation levels: 1 客服主管, 2 客服经理, 3 总经理. */
export const escalationLevels = [1, 2, 3] as const;

/** The week as it is read in China, Monday first. */
export const weekdays = vocabulary<DayOfWeek>()(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/** The time zone calendars use unless told otherwise. */
export const defaultTimeZone = 'Asia/Shanghai';
