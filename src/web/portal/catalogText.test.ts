import { describe, expect, it } from 'vitest';
import type { Translate } from '../i18n/I18nProvider';
import { translate } from '../i18n/messages';
import { daysText, distanceText, hoursLines, limitsInWords, limitText, topicLabel, TOPICS } from './catalogText';

const zh: Translate = (key, params) => translate('zh-CN', key, params);
const en: Translate = (key, params) => translate('en-US', key, params);

describe('catalog wording', () => {
  it('says time limits in plain words, singular and plural', () => {
    expect(limitText(zh, { value: 0, unit: 'workday' })).toBe('当场办结');
    expect(limitText(en, { value: 1, unit: 'workday' })).toBe('1 working day');
    expect(limitText(en, { value: 20, unit: 'natural_day' })).toBe('20 calendar days');
    expect(limitsInWords(zh, { value: 3, unit: 'workday' }, { value: 1, unit: 'workday' })).toBe(
      '本事项承诺 1 个工作日内办结，法律规定最长 3 个工作日。比法定时限少 2 天。',
    );
  });

  it('prints distances in metres, then kilometres', () => {
    expect(distanceText(zh, 976)).toBe('976 米');
    expect(distanceText(en, 1396)).toBe('1.4 km');
    expect(distanceText(en, 23456)).toBe('23 km');
  });

  it('describes opening hours', () => {
    expect(daysText(zh, ['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('周一至周五');
    expect(daysText(en, ['sun', 'sat'])).toBe('Sat, Sun');
    const lines = hoursLines(zh, {
      weekday: [
        { start: '09:00', end: '12:00' },
        { start: '13:30', end: '17:30' },
      ],
      lunchDuty: true,
      extended: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], until: '19:00', byAppointment: true },
      holiday: 'appointment',
      selfService24h: true,
      noteZh: '',
      noteEn: '',
    });
    expect(lines).toEqual(['工作日 09:00–12:00、13:30–17:30', '午间不断档', '周一至周五延时服务至 19:00（需预约）', '法定节假日预约办理', '24 小时自助服务区']);
  });

  it('has a label for every topic of the catalog', async () => {
    const { TOPICS: serverTopics } = await import('../../server/modules/catalog/demo/types');
    expect([...TOPICS].sort()).toEqual([...serverTopics].sort());
    const untranslated = TOPICS.filter((topic) => topicLabel(en, topic) === topic || topicLabel(zh, topic) !== topic);
    expect(untranslated).toEqual([]);
  });
});
