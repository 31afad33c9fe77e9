import { describe, expect, it } from 'vitest';
import type { CaseMaterial } from '../../../shared/cases/cases.wire';
import { judge, type Check } from './acceptance';

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
});
