import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mobileSchema, residentIdSchema, usccSchema, type IdIssueParams } from './zod';

describe('residentIdSchema', () => {
  it('trims and normalises a valid number', () => {
    expect(residentIdSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
    expect(residentIdSchema.parse('440524188001010014')).toBe('440524188001010014');
  });

  it('puts the problem code, facts and both messages in the issue', () => {
    const result = residentIdSchema.safeParse('110105194912310021');
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0];
    expect(issue.code).toBe('custom');
    const params = (issue as { params?: IdIssueParams }).params!;
    expect(params.code).toBe('CHECKSUM');
    expect(params.problem).toEqual({ code: 'CHECKSUM', expected: 'X', actual: '1' });
    expect(params.messages['zh-CN']).toContain('应为 X');
    expect(params.messages['en-US']).toContain('expected X');
    expect(issue.message).toBe(`${params.messages['zh-CN']} / ${params.messages['en-US']}`);
  });

  it('reports the path inside a request body', () => {
    const body = z.object({ applicant: z.object({ idNumber: residentIdSchema }) });
    const result = body.safeParse({ applicant: { idNumber: '1101051949123100' } });
    expect(result.error!.issues[0]).toMatchObject({ path: ['applicant', 'idNumber'], params: { code: 'LENGTH' } });
  });

  it('rejects non-strings with zod’s own issue', () => {
    expect(residentIdSchema.safeParse(42).error!.issues[0].code).toBe('invalid_type');
  });
});

describe('usccSchema', () => {
  it('normalises case and checks the code', () => {
    expect(usccSchema.parse('9144030071526726xg')).toBe('9144030071526726XG');
    expect(usccSchema.safeParse('91350100I000100Y43').error!.issues[0]).toMatchObject({ params: { code: 'CHARSET' } });
  });
});

describe('mobileSchema', () => {
  it('accepts a mobile number and flags a bad prefix', () => {
    expect(mobileSchema.parse(' 13812345678')).toBe('13812345678');
    expect(mobileSchema.safeParse('12812345678').error!.issues[0]).toMatchObject({ params: { code: 'PREFIX' } });
  });
});

describe('OpenAPI', () => {
  it('turns into JSON Schema for both request and response documents', () => {
    for (const schema of [residentIdSchema, usccSchema, mobileSchema]) {
      for (const io of ['input', 'output'] as const) {
        expect(z.toJSONSchema(schema, { io })).toMatchObject({ type: 'string' });
      }
    }
    expect(z.toJSONSchema(residentIdSchema)).toMatchObject({ examples: ['11010519491231002X'] });
  });
});
