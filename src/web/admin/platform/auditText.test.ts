import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/I18nProvider';
import { translate } from '../../i18n/messages';
import { actionLabel, actionOptions, AUDIT_ACTIONS } from './auditActions';
import { dataFacts, formatValue, shortChain, shortId, subjectText, truncate, verifyProblems } from './auditText';

const zh: Translate = (key, params) => translate('zh-CN', key, params);
const en: Translate = (key, params) => translate('en-US', key, params);
const ev = (action: string, subjectType: string | null, data: Record<string, unknown>, subjectId: string | null = null) => ({
  action,
  subjectType,
  subjectId,
  data,
});

/** The event actions the server's source writes: literals given as `action:` or to the audit helpers, and the workflow kinds. */
function serverActions(): { literals: Set<string>; kinds: Set<string> } {
  const root = fileURLToPath(new URL('../../../server', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    );
  const literals = new Set<string>();
  const kinds = new Set<string>();
  for (const f of files(root)) {
    const s = readFileSync(f, 'utf8');
    for (const m of s.matchAll(/\baction:\s*([^,\n}]+)/g)) for (const l of m[1].matchAll(/'([a-z_]+\.[a-z_]+)'/g)) literals.add(l[1]);
    for (const m of s.matchAll(/\b(?:audit|record|event|note|commitSystem)\(\s*(?:[\w.]+,\s*)*'([a-z_]+\.[a-z_]+)'/g)) literals.add(m[1]);
    for (const m of s.matchAll(/\baudit\(ctx, a, id, '([a-z_]+)'/g)) literals.add(`licence.${m[1]}`);
    if (/\bMachine</.test(s)) for (const m of s.matchAll(/^\s*kind: '([a-z_]+)',$/gm)) kinds.add(m[1]);
  }
  return { literals, kinds };
}

describe('audit actions', () => {
  it('knows every action the server writes, and every workflow kind', () => {
    const { literals, kinds } = serverActions();
    expect(literals.size).toBeGreaterThan(60);
    expect([...literals].filter((a) => !AUDIT_ACTIONS.includes(a))).toEqual([]);
    expect(kinds).toEqual(new Set(['case', 'ticket', 'rectification', 'supervision_order', 'exchange_need', 'appointment', 'queue_ticket', 'payment_order']));
    expect([...kinds].filter((k) => !AUDIT_ACTIONS.some((a) => a.startsWith(`${k}.`)))).toEqual([]);
  });

  it('names each known action once, as a phrase in both languages', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    const unlabelled = AUDIT_ACTIONS.filter((a) => actionLabel(zh, a).includes('·') || actionLabel(en, a).includes('·'));
    expect(unlabelled).toEqual([]);
    expect(actionLabel(zh, 'case.accept')).toBe('受理了办件');
    expect(actionLabel(en, 'case.accept')).toBe('accepted a case');
    expect(actionLabel(zh, 'auth.login')).toBe('登录了系统');
    expect(actionLabel(en, 'ticket.sign_overdue')).toBe('ticket not signed for in time');
  });

  it('reads an action it does not know yet instead of showing nothing', () => {
    expect(actionLabel(zh, 'case.reopen_later')).toBe('办件 · reopen later');
    expect(actionLabel(en, 'case.reopen_later')).toBe('Cases · reopen later');
    expect(actionLabel(en, 'payment.refund_issued')).toBe('payment · refund issued');
    expect(actionLabel(en, 'heartbeat')).toBe('heartbeat');
  });

  it('offers the known actions grouped and labelled for the filter', () => {
    const groups = actionOptions(zh);
    expect(groups.flatMap((g) => g.options.map((o) => o.value))).toEqual(AUDIT_ACTIONS);
    expect(groups.find((g) => g.label === '办件')?.options).toContainEqual({ value: 'case.accept', label: '受理了办件' });
  });
});

describe('audit subjects', () => {
  const caseId = '8b1c2d3e-4f50-4a6b-9c7d-0e1f2a3b4c5d';
  it('names the kind and prefers a number from the data over the id', () => {
    expect(subjectText(zh, ev('case.personal_data_revealed', 'case', { caseNo: 'BT150203-20260312-000042' }, caseId))).toEqual({
      kind: '办件',
      ref: 'BT150203-20260312-000042',
    });
    expect(subjectText(en, ev('case.accept', 'case', {}, caseId))).toEqual({ kind: 'case', ref: '8b1c2d3e' });
    expect(subjectText(zh, ev('item.published', 'item', { version: 2 }, 'XK-0012'))).toEqual({ kind: '事项', ref: 'XK-0012' });
    expect(subjectText(en, ev('auth.login', 'user', { username: 'clerk1' }, caseId))).toEqual({ kind: 'account', ref: 'clerk1' });
    expect(subjectText(zh, ev('access.denied', null, {}))).toBeNull();
    expect(subjectText(en, ev('x.y', 'parking_permit', {}, 'P-1'))).toEqual({ kind: 'parking permit', ref: 'P-1' });
  });

  it('keeps a masked mobile as the server sent it', () => {
    expect(subjectText(zh, ev('account.sms_code_requested', 'mobile', {}, '138****1234'))?.ref).toBe('138****1234');
    expect(shortId('a-very-long-reference-that-goes-on')).toBe('a-very-long-ref…');
    expect(shortChain(`case:${caseId}`)).toBe('case:8b1c2d3e');
    expect(shortChain('audit')).toBe('audit');
  });
});

describe('audit data as facts', () => {
  it('turns a status change into one fact in the UI language', () => {
    const e = ev('case.accept', 'case', { from: 'prechecked', to: 'accepted', version: 3, opinion: '材料齐全，予以受理' });
    expect(dataFacts(zh, 'zh-CN', e).map((f) => `${f.label}：${f.text}`)).toEqual(['状态：已预审 → 已受理', '版本：3', '意见：材料齐全，予以受理']);
    expect(dataFacts(en, 'en-US', e)[0]).toMatchObject({ label: 'Status', text: 'Pre-checked → Accepted' });
  });

  it('names lights, periods, booleans, reasons and roles', () => {
    expect(dataFacts(zh, 'zh-CN', ev('case.light_change', 'case', { from: 'green', to: 'yellow' }))[0]).toMatchObject({
      label: '信号灯',
      text: '绿灯 · 正常 → 黄灯 · 预警',
    });
    const denied = dataFacts(
      en,
      'en-US',
      ev('access.denied_repeated', null, { repeats: 12, from: '2026-03-12T01:00:00.000Z', to: '2026-03-12T01:05:00.000Z' }),
    );
    expect(denied.map((f) => f.label)).toEqual(['Repeats', 'Period']);
    expect(denied[1].text).toBe('Mar 12, 2026, 9:00 AM → Mar 12, 2026, 9:05 AM');
    const failed = dataFacts(zh, 'zh-CN', ev('auth.login_failed', 'user', { username: 'clerk1', reason: 'bad_password', locked: false }));
    expect(failed.map((f) => `${f.label}：${f.text}`)).toEqual(['用户名：clerk1', '原因：密码错误', '已锁定：否']);
    expect(formatValue(en, 'en-US', ev('account.registered', 'user', {}), 'role', 'enterprise')).toBe('Enterprise');
    expect(formatValue(zh, 'zh-CN', ev('rating.submit', 'rating', {}), 'level', 2)).toBe('不满意');
  });

  it('leaves masked personal identifiers masked', () => {
    const facts = dataFacts(zh, 'zh-CN', ev('account.registered', 'user', { role: 'citizen', mobile: '138****1234', idNumber: '1502**********1234' }));
    expect(facts.map((f) => f.text)).toEqual(['自然人', '138****1234', '1502**********1234']);
  });

  it('dates in the locale, lists joined, objects summarised', () => {
    expect(formatValue(zh, 'zh-CN', ev('calendar.day_set', 'calendar', {}), 'date', '2026-10-08')).toBe('2026年10月8日');
    expect(formatValue(en, 'en-US', ev('calendar.day_set', 'calendar', {}), 'date', '2026-10-08')).toBe('Oct 8, 2026');
    expect(formatValue(zh, 'zh-CN', ev('x.y', null, {}), 'fields', ['name', 'address'])).toBe('name、address');
    const seven = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    expect(formatValue(en, 'en-US', ev('x.y', null, {}), 'fields', seven)).toBe('a, b, c, d, e and 2 more');
    const materials = [
      { materialCode: 'M01', fileId: '8b1c2d3e-4f50-4a6b-9c7d-0e1f2a3b4c5d' },
      { materialCode: 'M02', fileId: '9b1c2d3e-4f50-4a6b-9c7d-0e1f2a3b4c5d' },
    ];
    expect(formatValue(zh, 'zh-CN', ev('case.submit', 'case', {}), 'materials', materials)).toBe('M01、M02');
    expect(formatValue(zh, 'zh-CN', ev('x.y', null, {}), 'special', { procedure: '听证', limitDays: 20, nested: { a: 1 } })).toBe(
      '程序：听证；时限（天）：20；nested：1 项内容',
    );
    expect(formatValue(en, 'en-US', ev('x.y', null, {}), 'name', { zh: '开办KTV', en: 'Open a KTV' })).toBe('Open a KTV');
    expect(formatValue(en, 'en-US', ev('x.y', null, {}), 'caseAction', 'case.issue')).toBe('issued the result of a case');
    expect(formatValue(zh, 'zh-CN', ev('x.y', null, {}), 'note', null)).toBe('—');
  });

  it('cuts long values and keeps the whole text', () => {
    const long = '经核查，申请人提交的营业执照复印件与原件不一致，且经营场所证明材料缺少产权人签字，请补正后重新提交申请材料；逾期未补正的，视为撤回申请。';
    const [f] = dataFacts(zh, 'zh-CN', ev('case.request_correction', 'case', { opinion: long }));
    expect([...f.text].length).toBe(60);
    expect(f.text.endsWith('…')).toBe(true);
    expect(f.full).toBe(long);
    expect(truncate('short')).toBe('short');
  });

  it('labels an unknown key in words', () => {
    expect(dataFacts(en, 'en-US', ev('x.y', null, { parkingSpaces: 3 }))[0]).toMatchObject({ label: 'parking spaces', text: '3' });
  });
});

describe('integrity check wording', () => {
  it('says what is wrong with each chain', () => {
    const lines = verifyProblems(zh, 'zh-CN', {
      ok: false,
      chains: 3,
      rows: 40,
      broken: [
        {
          chain: 'audit',
          problems: [
            { kind: 'hash_mismatch', seq: 7 },
            { kind: 'missing_rows', afterSeq: 9, nextSeq: 12 },
          ],
        },
      ],
      missingChains: ['case:8b1c'],
    });
    expect(lines).toEqual(['audit：第 7 条记录内容被改动；第 9 条与第 12 条之间的记录缺失', '整条链缺失：case:8b1c']);
  });
});
