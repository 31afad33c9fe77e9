import { describe, expect, it } from 'vitest';
import { LICENCE_STATUSES, VERIFY_REASONS } from '../../shared/licences/licences.schemas';
import { isMessageKey } from '../i18n/messages';
import {
  ACTIONS_BY_STATUS,
  licenceVersion,
  MAX_PAYLOAD,
  maskIdNumber,
  mayChangeLicences,
  payloadProblem,
  REASON_TEXT,
  reasonProblem,
  STATUS_COLOR,
} from './format';

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

describe('licence management helpers', () => {
  it('colours every status: valid green, suspended orange, revoked red, superseded grey', () => {
    expect(STATUS_COLOR).toEqual({ valid: 'green', suspended: 'orange', revoked: 'red', superseded: 'default' });
    for (const status of LICENCE_STATUSES) expect(isMessageKey(`licences.status.${status}`)).toBe(true);
  });

  it('offers the actions a status allows, and none on a final status', () => {
    expect(ACTIONS_BY_STATUS.valid).toEqual(['suspend', 'renew', 'revoke']);
    expect(ACTIONS_BY_STATUS.suspended).toEqual(['resume', 'revoke']);
    expect(ACTIONS_BY_STATUS.revoked).toEqual([]);
    expect(ACTIONS_BY_STATUS.superseded).toEqual([]);
    for (const action of ['suspend', 'resume', 'renew', 'revoke']) expect(isMessageKey(`licences.action.${action}`)).toBe(true);
  });

  it('lets approvers and administrators change licences, not reviewers', () => {
    expect(mayChangeLicences(['approver'])).toBe(true);
    expect(mayChangeLicences(['admin'])).toBe(true);
    expect(mayChangeLicences(['reviewer'])).toBe(false);
    expect(mayChangeLicences(['reviewer', 'dispatcher'])).toBe(false);
  });

  it('checks a reason as the API counts it: 2–500 characters once trimmed', () => {
    expect(reasonProblem(undefined)).toBe('required');
    expect(reasonProblem('   ')).toBe('required');
    expect(reasonProblem(' 查 ')).toBe('tooShort');
    expect(reasonProblem('检查不合格')).toBeNull();
    expect(reasonProblem('x'.repeat(500))).toBeNull();
    expect(reasonProblem('x'.repeat(501))).toBe('tooLong');
  });

  it('reads the version from a GB/T 36904 identifier', () => {
    expect(licenceVersion('1.2.156.3005.2.000101019000.11150200MB0000001X.JY11502030012345.001.M')).toBe(1);
    expect(licenceVersion('1.2.156.3005.2.000101019000.11150200MB0000001X.JY11502030012345.002.7')).toBe(2);
    expect(licenceVersion('not an identifier')).toBeNull();
  });
});
