import { describe, expect, it } from 'vitest';
import type { CaseMaterial } from '../../../shared/cases/cases.wire';
import { canReceive, initialChecks, judge, type Check } from './acceptance';

const m = (code: string, required: boolean, primary: boolean): CaseMaterial => ({
  materialCode: code,
  name: code,
  required,
  primary,
  files: [],
  sharedFrom: null,
});
const materials = [m('P1', true, true), m('P2', true, true), m('S1', true, false), m('S2', false, false)];
const checks = (over: Record<string, Check>): Record<string, Check> => ({ P1: 'received', P2: 'received', S1: 'received', S2: 'missing', ...over });

describe('acceptance checklist', () => {
  it('accepts when every required material is in and nothing is wrong (optional ones may be missing)', () => {
    expect(judge(materials, checks({}))).toMatchObject({ canAccept: true, canDefer: false, problems: [] });
  });

  it('offers 容缺 when only a required 辅件 is missing', () => {
    const v = judge(materials, checks({ S1: 'missing' }));
    expect(v).toMatchObject({ canAccept: false, canDefer: true });
    expect(v.secondaryShort.map((x) => x.materialCode)).toEqual(['S1']);
  });

  it('counts a wrong optional 辅件 as a problem that 容缺 can cover', () => {
    const v = judge(materials, checks({ S2: 'wrong' }));
    expect(v).toMatchObject({ canAccept: false, canDefer: true });
    expect(v.problems.map((x) => x.materialCode)).toEqual(['S2']);
  });

  it('allows neither when a 主件 is missing or wrong', () => {
    expect(judge(materials, checks({ P1: 'missing', S1: 'missing' }))).toMatchObject({ canAccept: false, canDefer: false });
    expect(judge(materials, checks({ P2: 'wrong' }))).toMatchObject({ canAccept: false, canDefer: false });
  });

  it('opens with a material satisfied by a source (免提交) received, and lets the clerk mark it so', () => {
    const at = '2026-05-01T02:00:00.000Z';
    const shared: CaseMaterial = {
      ...m('P2', true, true),
      sharedFrom: { source: 'exchange', label: '共享获取：营业执照信息（市市场监管局）', labelEn: 'Shared data', licenceId: null, queryId: null, at },
    };
    const withFile: CaseMaterial = {
      ...m('P1', true, true),
      files: [{ fileId: '00000000-0000-4000-8000-000000000001', name: 'a.pdf', mime: 'application/pdf', size: 10, addedAt: at, via: 'web', checks: [] }],
    };
    const list = [withFile, shared, m('S1', true, false)];
    expect(initialChecks(list)).toEqual({ P1: 'received', P2: 'received', S1: 'missing' });
    expect(list.map(canReceive)).toEqual([true, true, false]);
    expect(judge(list, initialChecks(list))).toMatchObject({ canAccept: false, canDefer: true });
    expect(judge(list, { ...initialChecks(list), S1: 'received' })).toMatchObject({ canAccept: true });
  });
});
