import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app';
import { makeResidentId, makeUscc } from '../../platform/ids/generate';

let t: TestApp;
/** Business time runs ahead of the wall clock by this much; tests move it past the 60 s resend rule and the 5 min expiry. */
let offsetMs = 0;

beforeAll(async () => {
  // Inject's address is loopback: trusting it lets each test speak from the address it names.
  t = await createTestApp({ config: { TONGBAN_TRUST_PROXY: 'loopback' } });
  t.ctx.clock.now = () => new Date(Date.now() + offsetMs);
});
afterAll(() => t.close());

const later = (seconds: number) => {
  offsetMs += seconds * 1000;
};

async function sendCode(purpose: 'register' | 'login' | 'reset' | 'invite', mobile: string, ip = '10.0.0.1') {
  return t.call('POST', '/api/v1/accounts/sms-codes', { body: { purpose, mobile }, headers: { 'x-forwarded-for': ip } });
}

/** The code in the newest SMS to this number, as the local gateway recorded it. */
async function codeSentTo(mobile: string): Promise<string | null> {
  const sms = await t.ctx.db.selectFrom('sms_messages').select(['body']).where('mobile', '=', mobile).orderBy('id', 'desc').executeTakeFirst();
  return /验证码为 (\d{6})/.exec(sms?.body ?? '')?.[1] ?? null;
}

async function auditActions(like: string) {
  return t.ctx.db
    .selectFrom('events')
    .select(['action', 'data', 'subject_id'])
    .where('chain', '=', 'audit')
    .where('action', 'like', like)
    .orderBy('id')
    .execute();
}

const citizen = { name: '李建华', idNumber: makeResidentId('150204', '1990-03-08', 211), mobile: '13512340001', password: 'Spring2026ok' };

describe('citizen registration and sign-in', () => {
  it('registers with an SMS code, lands signed in, then signs in by password and by SMS code', async () => {
    const sent = await sendCode('register', citizen.mobile);
    expect(sent.statusCode).toBe(200);
    expect(sent.json()).toEqual({ maskedMobile: '135****0001', expiresInSeconds: 300, resendAfterSeconds: 60 });
    const code = await codeSentTo(citizen.mobile);
    expect(code).toMatch(/^\d{6}$/);
    // Only a hash is stored.
    const stored = await t.ctx.db.selectFrom('sms_codes').select(['code_hash']).where('mobile', '=', citizen.mobile).executeTakeFirstOrThrow();
    expect(stored.code_hash).not.toContain(code);
    expect(stored.code_hash).toHaveLength(64);

    const reg = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...citizen, code } });
    expect(reg.statusCode, reg.body).toBe(200);
    expect(reg.json()).toMatchObject({ username: citizen.mobile, displayName: '李建华', roles: ['citizen'], regionCode: '150204' });
    const cookie = reg.cookies.find((c) => c.name === 'tb_session');
    expect(cookie?.value).toBeTruthy();
    const me = await t.call('GET', '/api/v1/me', { headers: { cookie: `tb_session=${cookie!.value}` } });
    expect(me.json().displayName).toBe('李建华');

    // The same code cannot be used twice.
    const again = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...citizen, mobile: '13512340002', code } });
    expect(again.statusCode).toBe(400);

    const byPassword = await t.login(citizen.mobile, citizen.password);
    expect(byPassword.me.roles).toEqual(['citizen']);

    later(61);
    expect((await sendCode('login', citizen.mobile)).statusCode).toBe(200);
    const loginCode = await codeSentTo(citizen.mobile);
    const bySms = await t.call('POST', '/api/v1/accounts/sms-login', { body: { mobile: citizen.mobile, code: loginCode } });
    expect(bySms.statusCode, bySms.body).toBe(200);
    expect(bySms.json().username).toBe(citizen.mobile);
    expect(bySms.cookies.find((c) => c.name === 'tb_session')).toBeTruthy();

    const registered = await auditActions('account.registered');
    expect(registered.at(-1)?.data).toMatchObject({ role: 'citizen', mobile: '135****0001', verifier: 'local' });
    expect(JSON.stringify(registered.at(-1)?.data)).not.toContain(citizen.idNumber);
    const logins = await t.ctx.db.selectFrom('events').select('data').where('action', '=', 'auth.login').where('subject_id', '=', bySms.json().id).execute();
    expect(logins.map((l) => (l.data as { method?: string }).method)).toContain('sms');
  });

  it('refuses a resident ID with a wrong check digit before any code is used', async () => {
    const mobile = '13512340003';
    await sendCode('register', mobile);
    const code = await codeSentTo(mobile);
    const badId = citizen.idNumber.slice(0, 17) + (citizen.idNumber[17] === '0' ? '1' : '0');
    const res = await t.call('POST', '/api/v1/accounts/citizens', {
      body: { name: '王芳', idNumber: badId, mobile, code, password: 'Spring2026ok' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(res.json().details)).toContain('CHECKSUM');
    // A name in Latin letters is not a name on a resident ID card.
    const latin = await t.call('POST', '/api/v1/accounts/citizens', {
      body: { name: 'Wang Fang', idNumber: makeResidentId('150203', '1985-01-01', 5), mobile, code, password: 'Spring2026ok' },
    });
    expect(latin.statusCode).toBe(400);
    // The code is still good for a correct registration.
    const ok = await t.call('POST', '/api/v1/accounts/citizens', {
      body: { name: '王芳', idNumber: makeResidentId('150203', '1985-01-01', 5), mobile, code, password: 'Spring2026ok' },
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('says when the ID is already registered, and refuses a weak password', async () => {
    later(61);
    const mobile = '13512340004';
    await sendCode('register', mobile);
    const code = await codeSentTo(mobile);
    const weak = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...citizen, mobile, code, password: '12345678' } });
    expect(weak.statusCode).toBe(400);
    const dup = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...citizen, mobile, code }, headers: { 'accept-language': 'en-US' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'ID_ALREADY_REGISTERED' });
    expect(dup.json().message).toContain('already registered');
  });

  it('counts wrong codes down and kills the code at the fifth; an expired code is refused', async () => {
    later(61);
    const mobile = '13512340005';
    await sendCode('register', mobile);
    const code = (await codeSentTo(mobile))!;
    const wrong = code === '000000' ? '111111' : '000000';
    const body = { name: '赵磊', idNumber: makeResidentId('150202', '1979-07-07', 33), mobile, password: 'Spring2026ok' };
    for (let i = 4; i >= 1; i--) {
      const res = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...body, code: wrong } });
      expect(res.json()).toMatchObject({ code: 'SMS_CODE_WRONG' });
      expect(res.json().message).toContain(`${i}`);
    }
    const fifth = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...body, code: wrong } });
    expect(fifth.json().code).toBe('SMS_CODE_EXPIRED');
    const right = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...body, code } });
    expect(right.json().code).toBe('SMS_CODE_EXPIRED');

    later(61);
    await sendCode('register', mobile);
    const fresh = await codeSentTo(mobile);
    later(301);
    const expired = await t.call('POST', '/api/v1/accounts/citizens', { body: { ...body, code: fresh } });
    expect(expired.statusCode).toBe(400);
    expect(expired.json().code).toBe('SMS_CODE_EXPIRED');
    expect((await auditActions('account.sms_code_rejected')).length).toBeGreaterThanOrEqual(6);
  });

  it('throttles codes: one a minute and five an hour per number, twenty an hour per address', async () => {
    // Start of a fresh hour window, so the limiter's sliding estimate (which weighs the previous window) counts exactly.
    const hour = 3_600_000;
    later(3600 + (hour - ((Date.now() + offsetMs) % hour)) / 1000 + 1);
    const mobile = '13512340006';
    expect((await sendCode('register', mobile)).statusCode).toBe(200);
    const soon = await sendCode('register', mobile);
    expect(soon.statusCode).toBe(429);
    expect(soon.json().code).toBe('SMS_CODE_TOO_SOON');
    expect(Number(soon.headers['retry-after'])).toBeGreaterThan(0);
    for (let i = 0; i < 4; i++) {
      later(61);
      expect((await sendCode('register', mobile)).statusCode).toBe(200);
    }
    later(61);
    const sixth = await sendCode('register', mobile);
    expect(sixth.statusCode).toBe(429);
    expect(sixth.json().code).toBe('RATE_LIMITED');

    later(3600);
    const ip = '10.9.9.9';
    const answers: number[] = [];
    for (let i = 0; i < 21; i++) answers.push((await sendCode('login', `1391234${String(i).padStart(4, '0')}`, ip)).statusCode);
    expect(answers.slice(0, 20).every((s) => s === 200)).toBe(true);
    expect(answers[20]).toBe(429);
  });

  it('answers sign-in and reset codes the same whether or not the number has an account', async () => {
    later(3600);
    const unknown = '13612340099';
    const a = await sendCode('login', unknown);
    const b = await sendCode('reset', citizen.mobile);
    expect(a.statusCode).toBe(200);
    expect(b.statusCode).toBe(200);
    expect(Object.keys(a.json())).toEqual(Object.keys(b.json()));
    // Nothing is texted to a number without an account, and a guess fails like a wrong code.
    expect(await codeSentTo(unknown)).toBeNull();
    const guess = await t.call('POST', '/api/v1/accounts/sms-login', { body: { mobile: unknown, code: '123456' } });
    expect(guess.json().code).toBe('SMS_CODE_WRONG');
  });

  it('resets a password by SMS code: the old one stops working and the old sessions end', async () => {
    const before = await t.login(citizen.mobile, citizen.password);
    const code = await codeSentTo(citizen.mobile);
    const res = await t.call('POST', '/api/v1/accounts/password-reset', { body: { mobile: citizen.mobile, code, password: 'Autumn2026new' } });
    expect(res.statusCode, res.body).toBe(204);
    expect((await t.call('GET', '/api/v1/me', { session: before })).statusCode).toBe(401);
    const old = await t.call('POST', '/api/v1/auth/login', { body: { username: citizen.mobile, password: citizen.password } });
    expect(old.statusCode).toBe(401);
    expect((await t.login(citizen.mobile, 'Autumn2026new')).me.displayName).toBe('李建华');
    expect((await auditActions('account.password_reset')).length).toBe(1);
  });

  it('lets a demo account with a mobile on record sign in by SMS code', async () => {
    later(61);
    await sendCode('login', '13947201234');
    const code = await codeSentTo('13947201234');
    const res = await t.call('POST', '/api/v1/accounts/sms-login', { body: { mobile: '13947201234', code } });
    expect(res.statusCode).toBe(200);
    expect(res.json().username).toBe('citizen');
  });
});

describe('enterprise registration and staff invitations', () => {
  const uscc = makeUscc('91150207MA0Q7R2K5');
  const enterprise = {
    enterpriseName: '包头市九原区好运来餐饮有限公司',
    uscc,
    legalRepName: '高文军',
    legalRepIdNumber: makeResidentId('150207', '1975-02-02', 17),
    adminName: '刘倩',
    mobile: '15012340001',
    password: 'Company2026ok',
  };

  it('refuses a credit code with a wrong check character', async () => {
    await sendCode('register', enterprise.mobile);
    const code = await codeSentTo(enterprise.mobile);
    const bad = uscc.slice(0, 17) + (uscc[17] === '0' ? '1' : '0');
    const res = await t.call('POST', '/api/v1/accounts/enterprises', { body: { ...enterprise, uscc: bad, code } });
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json().details)).toContain('uscc');
    expect(JSON.stringify(res.json().details)).toContain('CHECKSUM');
  });

  it('registers the enterprise with its administrator, who invites a member of staff who completes the account', async () => {
    const code = await codeSentTo(enterprise.mobile);
    const res = await t.call('POST', '/api/v1/accounts/enterprises', { body: { ...enterprise, code } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ roles: ['enterprise'], displayName: enterprise.enterpriseName, regionCode: '150207' });
    const admin = await t.login(enterprise.mobile, enterprise.password);
    const mine = await t.call('GET', '/api/v1/accounts/enterprise', { session: admin });
    expect(mine.json()).toMatchObject({ uscc, isAdmin: true, legalRepName: '高文军', invites: [] });

    const staffMobile = '15012340002';
    const invite = await t.call('POST', '/api/v1/accounts/enterprise/invites', { session: admin, body: { personName: '孙悦', mobile: staffMobile } });
    expect(invite.statusCode, invite.body).toBe(204);
    const sms = await t.ctx.db.selectFrom('sms_messages').select('body').where('mobile', '=', staffMobile).executeTakeFirstOrThrow();
    expect(sms.body).toContain('/register/invite');

    later(61);
    expect((await sendCode('invite', staffMobile)).statusCode).toBe(200);
    const inviteCode = await codeSentTo(staffMobile);
    const accepted = await t.call('POST', '/api/v1/accounts/invites/accept', { body: { mobile: staffMobile, code: inviteCode, password: 'Staff2026ok' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().roles).toEqual(['enterprise']);
    const staffRow = await t.ctx.db.selectFrom('users').select(['uscc']).where('username', '=', staffMobile).executeTakeFirstOrThrow();
    expect(staffRow.uscc).toBe(uscc);

    const staff = await t.login(staffMobile, 'Staff2026ok');
    const staffView = await t.call('GET', '/api/v1/accounts/enterprise', { session: staff });
    expect(staffView.json()).toMatchObject({ uscc, isAdmin: false, invites: [] });
    const staffInvite = await t.call('POST', '/api/v1/accounts/enterprise/invites', { session: staff, body: { personName: '周杰', mobile: '15012340003' } });
    expect(staffInvite.statusCode).toBe(403);
    expect((await t.call('GET', '/api/v1/accounts/enterprise', { session: admin })).json().invites[0]).toMatchObject({
      status: 'accepted',
      maskedMobile: '150****0002',
    });

    const actions = (await auditActions('account.%')).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['account.registered', 'account.invite_sent', 'account.invite_accepted']));
  });

  it('refuses a second registration of the same credit code', async () => {
    later(61);
    const mobile = '15012340009';
    await sendCode('register', mobile);
    const code = await codeSentTo(mobile);
    const res = await t.call('POST', '/api/v1/accounts/enterprises', { body: { ...enterprise, mobile, code } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('ENTERPRISE_ALREADY_REGISTERED');
  });
});
