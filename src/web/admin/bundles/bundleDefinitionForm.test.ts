import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../i18n/messages';
import { problemMessage, problemPlace, toDefinition } from './bundleDefinitionForm';

const zh = (key: MessageKey, vars?: MessageParams) => translate('zh-CN', key, vars);
const en = (key: MessageKey, vars?: MessageParams) => translate('en-US', key, vars);

describe('a bundle definition problem, located for the admin', () => {
  it('names list entries from 1 and drops the field', () => {
    expect(problemPlace('members.1.when.0', zh)).toBe('成员事项 2 · 条件 1');
    expect(problemPlace('milestones.0.itemCodes', en)).toBe('Milestone 1');
    expect(problemPlace('questions.2.options', zh)).toBe('问题 3 · 选项');
  });
  it('names the whole list, or the whole definition, when no entry is meant', () => {
    expect(problemPlace('members', zh)).toBe('成员事项');
    expect(problemPlace('promisedWorkdays', en)).toBe('The whole definition');
  });
  it('shows the half of a bilingual message in the UI language', () => {
    const p = { path: 'members', message: '阶段须从 1 起连续编号 / stages must run 1, 2, 3 … without gaps' };
    expect(problemMessage(p, 'zh-CN')).toBe('阶段须从 1 起连续编号');
    expect(problemMessage(p, 'en-US')).toBe('stages must run 1, 2, 3 … without gaps');
    expect(problemMessage({ path: 'x', message: 'Expected number' }, 'zh-CN')).toBe('Expected number');
  });
});

describe('the editor values as a definition', () => {
  it('drops empty texts and lists, and options or units a question kind does not take', () => {
    const def = toDefinition({
      questions: [
        { key: 'area', textZh: '面积', textEn: 'Area', kind: 'number', unitZh: '㎡', unitEn: ' ', options: [{ value: 'x', labelZh: 'x', labelEn: 'x' }] },
        { key: 'form', textZh: '形式', textEn: 'Form', kind: 'choice', options: [{ value: 'company', labelZh: '公司', labelEn: 'Company' }] },
      ],
      members: [{ itemCode: '000000000001', stage: 1, when: [], reasonZh: '  ', reasonEn: 'Always' }],
      aliases: [],
      promisedWorkdays: 2,
      milestones: [],
    });
    expect(def.questions[0]).toEqual({ key: 'area', textZh: '面积', textEn: 'Area', kind: 'number', unitZh: '㎡' });
    expect(def.questions[1].options).toHaveLength(1);
    expect(def.members[0]).toEqual({ itemCode: '000000000001', stage: 1, reasonEn: 'Always' });
  });
});
