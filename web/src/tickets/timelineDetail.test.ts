import { describe, expect, it } from 'vitest';
import i18n from '../i18n/i18n';
import { timelineDetail } from './timelineDetail';
import type { TimelineKind } from './types';

const t = i18n.getFixedT('zh-CN');

/** A line written before lines carried a code: only its kind and text. */
const older = (kind: TimelineKind, detail: string) => ({ kind, detail, code: null, args: {} });

describe('timeline lines written before codes', () => {
  it('words the values of a created or contact line and keeps the text typed', () => {
    expect(timelineDetail(t, older('ContactLogged', 'Phone · Reached: 约好下午上门'), 'zh-CN')).toBe('电话 · 已联系上：约好下午上门');
  });

  it('words the check-in with or without where the phone was', () => {
    expect(timelineDetail(t, older('CheckedIn', 'on site'), 'zh-CN')).toBe('已到场');
    expect(timelineDetail(t, older('CheckedIn', 'on site at 30.27, 120.15'), 'zh-CN')).toBe('已到场（位置 30.27, 120.15）');
  });

  it('words the check-out with the time on site, and says when handing back checked the technician out', () => {
    expect(timelineDetail(t, older('CheckedOut', 'on site 01:05'), 'zh-CN')).toBe('在场 01:05');
    expect(timelineDetail(t, older('CheckedOut', 'on site 00:12 (handed back)'), 'zh-CN')).toBe('在场 00:12（退单时签退）');
  });

  it('shows a detail it does not recognise as the server sent it', () => {
    expect(timelineDetail(t, older('CheckedOut', 'left early'), 'zh-CN')).toBe('left early');
    expect(timelineDetail(t, older('WorkLogged', '更换水龙头阀芯'), 'zh-CN')).toBe('更换水龙头阀芯');
  });
});

describe('timeline lines with a code', () => {
  const line = (code: string, args: Record<string, string>, detail = 'server text') => ({ kind: 'Assigned' as const, detail, code, args });

  it('words a line from its code and args, translating the API words among them', () => {
    expect(timelineDetail(t, line('assigned', { technicians: '王建国, 张强' }), 'zh-CN')).toBe('派给 王建国, 张强');
    expect(timelineDetail(t, line('contact_logged', { method: 'Phone', outcome: 'Reached', note: '约好下午上门' }), 'zh-CN')).toBe('电话 · 已联系上：约好下午上门');
    expect(timelineDetail(t, line('priority_changed', { from: 'Normal', to: 'High', vip: 'true' }), 'zh-CN')).toBe('普通 → 高');
    expect(timelineDetail(t, line('signed_off', { customerName: '王建国', satisfied: 'false' }), 'zh-CN')).toBe('王建国：不满意');
  });

  it('shows moments in the user\'s zone', () => {
    expect(timelineDetail(t, line('follow_up_due', { since: '2026-11-23T01:05:00Z' }), 'zh-CN')).toBe('自 2026/11/23 09:05 起未联系业主');
  });

  it('falls back to the text for a code it does not know', () => {
    expect(timelineDetail(t, line('something_new', { x: '1' }, 'Something new happened'), 'zh-CN')).toBe('Something new happened');
  });
});
