import { describe, expect, it } from 'vitest';
import { isPersonName, isStrongPassword } from '../../../shared/accounts/accounts.schemas';
import { localRealNameVerifier } from './accounts.realname';

describe('local real-name verifier', () => {
  it('accepts a Chinese name with a valid resident ID', async () => {
    expect(await localRealNameVerifier.verify('王晓明', '11010519491231002X')).toEqual({ ok: true });
    expect(await localRealNameVerifier.verify('娜仁·高娃', '440524188001010014')).toEqual({ ok: true });
  });

  it('says why it refuses: the name format, or the ID checksum', async () => {
    expect(await localRealNameVerifier.verify('Wang', '11010519491231002X')).toMatchObject({ ok: false, code: 'NAME_FORMAT' });
    const bad = await localRealNameVerifier.verify('王晓明', '110105194912310021');
    expect(bad).toMatchObject({ ok: false, code: 'ID_INVALID' });
    expect(bad.ok ? '' : bad.reasonEn).toContain('check character');
  });
});

describe('name and password rules', () => {
  it.each([
    ['王芳', true],
    ['欧阳娜娜', true],
    ['阿卜杜·热合曼', true],
    ['王', false],
    ['王 芳', false],
    ['·王芳', false],
    ['Li Na', false],
  ])('%s is a name: %s', (name, ok) => expect(isPersonName(name)).toBe(ok));

  it.each([
    ['Spring2026', true],
    ['春天来了abc1', true],
    ['12345678', false],
    ['abcdefgh', false],
    ['Ab1', false],
  ])('%s is strong enough: %s', (password, ok) => expect(isStrongPassword(password)).toBe(ok));
});
