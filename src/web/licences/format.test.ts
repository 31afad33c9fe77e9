import { describe, expect, it } from 'vitest';
import { VERIFY_REASONS } from '../../shared/licences/licences.schemas';
import { isMessageKey } from '../i18n/messages';
import { MAX_PAYLOAD, maskIdNumber, payloadProblem, REASON_TEXT } from './format';

describe('maskIdNumber', () => {
  it('keeps only the last four characters', () => {
    expect(maskIdNumber('150203199001011237')).toBe('**************1237');
    expect(maskIdNumber('9144030071526726XG')).toBe('**************26XG');
  });
  it('hides a short value entirely', () => {
    expect(maskIdNumber('1234')).toBe('****');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('payloadProblem', () => {
  it('accepts a QR payload and a licence JSON', () => {
    expect(payloadProblem(' {"v":1,"c":"{}","s":"15020000000001","g":"ab"}\n')).toBeNull();
    expect(payloadProblem('{"canonical":"{}","signature":{"sealId":"1","value":"ab"}}')).toBeNull();
  });
  it('names what is wrong with anything else', () => {
    expect(payloadProblem('   ')).toBe('required');
    expect(payloadProblem('not a licence')).toBe('notJson');
    expect(payloadProblem('[1,2]')).toBe('notJson');
    expect(payloadProblem('{"v":1,')).toBe('notJson');
    expect(payloadProblem(`{"c":"${'x'.repeat(MAX_PAYLOAD)}"}`)).toBe('tooLong');
  });
});

describe('REASON_TEXT', () => {
  it('explains every verification answer in the catalog', () => {
    for (const reason of VERIFY_REASONS) expect(isMessageKey(REASON_TEXT[reason])).toBe(true);
  });
});
