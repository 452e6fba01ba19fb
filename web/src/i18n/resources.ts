// Every message file, registered here and nowhere else: the app's own (i18n/) and one pair per feature,
// each under the feature's name as its first key (`t('sla.save')` is in sla/zh-CN.json as `save`).
import callbacksEn from '../callbacks/en.json';
import callbacksZhCN from '../callbacks/zh-CN.json';
import callbackStatsEn from '../callbackStats/en.json';
import callbackStatsZhCN from '../callbackStats/zh-CN.json';
import complaintsEn from '../complaints/en.json';
import complaintsZhCN from '../complaints/zh-CN.json';
import customersEn from '../customers/en.json';
import customersZhCN from '../customers/zh-CN.json';
import deskEn from '../desk/en.json';
import deskZhCN from '../desk/zh-CN.json';
import facilitiesEn from '../facilities/en.json';
import facilitiesZhCN from '../facilities/zh-CN.json';
import integrationsEn from '../integrations/en.json';
import integrationsZhCN from '../integrations/zh-CN.json';
import knowledgeEn from '../knowledge/en.json';
import knowledgeZhCN from '../knowledge/zh-CN.json';
import preferencesEn from '../notifications/preferences.en.json';
import preferencesZhCN from '../notifications/preferences.zh-CN.json';
import realtimeEn from '../realtime/en.json';
import realtimeZhCN from '../realtime/zh-CN.json';
import sessionsEn from '../sessions/en.json';
import sessionsZhCN from '../sessions/zh-CN.json';
import slaEn from '../sla/en.json';
import slaZhCN from '../sla/zh-CN.json';
import staffEn from '../staff/en.json';
import staffZhCN from '../staff/zh-CN.json';
import systemEn from '../system/en.json';
import systemZhCN from '../system/zh-CN.json';
import ticketsEn from '../tickets/en.json';
import ticketsZhCN from '../tickets/zh-CN.json';
import en from './en.json';
import zhCN from './zh-CN.json';

export const messages = {
  'zh-CN': { ...zhCN, callbackStats: callbackStatsZhCN, callbacks: callbacksZhCN, complaints: complaintsZhCN, customers: customersZhCN, desk: deskZhCN, facilities: facilitiesZhCN, integrations: integrationsZhCN, knowledge: knowledgeZhCN, preferences: preferencesZhCN, realtime: realtimeZhCN, sessions: sessionsZhCN, sla: slaZhCN, staff: staffZhCN, system: systemZhCN, tickets: ticketsZhCN },
  en: { ...en, callbackStats: callbackStatsEn, callbacks: callbacksEn, complaints: complaintsEn, customers: customersEn, desk: deskEn, facilities: facilitiesEn, integrations: integrationsEn, knowledge: knowledgeEn, preferences: preferencesEn, realtime: realtimeEn, sessions: sessionsEn, sla: slaEn, staff: staffEn, system: systemEn, tickets: ticketsEn },
};
