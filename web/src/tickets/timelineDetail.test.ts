import { describe, expect, it } from 'vitest';
import i18n from '../i18n/i18n';
import { timelineDetail } from './timelineDetail';

const t = i18n.getFixedT('zh-CN');

describe('timeline details', () => {
  it('words the values of a created or contact line and keeps the text typed', () => {
    expect(timelineDetail(t, 'ContactLogged', 'Phone · Reached: 约好下午上门')).toBe('电话 · 已联系上：约好下午上门');
  });

  it('words the check-in with or without where the phone was', () => {
    expect(timelineDetail(t, 'CheckedIn', 'on site')).toBe('已到场');
    expect(timelineDetail(t, 'CheckedIn', 'on site at 30.27, 120.15')).toBe('已到场（位置 30.27, 120.15）');
  });

  it('words the check-out with the time on site, and says when handing back checked the technician out', () => {
    expect(timelineDetail(t, 'CheckedOut', 'on site 01:05')).toBe('在场 01:05');
    expect(timelineDetail(t, 'CheckedOut', 'on site 00:12 (handed back)')).toBe('在场 00:12（退单时签退）');
  });

  it('shows a detail it does not recognise as the server sent it', () => {
    expect(timelineDetail(t, 'CheckedOut', 'left early')).toBe('left early');
    expect(timelineDetail(t, 'WorkLogged', '更换水龙头阀芯')).toBe('更换水龙头阀芯');
  });
});
