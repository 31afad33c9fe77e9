import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ENTITIES, DEMO_PEOPLE } from '../../src/server/modules/exchange/exchange.demo.data';
import { DEMO_PURPOSES } from '../../src/server/modules/exchange/exchange.demo';
import { expectAccessible, screenshot, useSignedInPages, chooseOption } from './harness';

/**
 * The data-sharing exchange in the browser (docs/decisions.md D20): the health commission's
 * reviewer files a need for the market regulation bureau's 食品经营许可证信息 with a subset of its
 * fields; the bureau's approver approves it with fewer fields; the commission queries through the
 * grant and sees only the granted fields, and is refused (on the page, with the reason) for a field
 * outside the grant and for a resource it holds no grant for; the bureau sees who used its data,
 * why and with what result, then revokes the grant and the commission's next query is refused.
 * The citizen 王晓明 finds the queries about him under 我的数据使用记录.
 */

/** 公共场所卫生许可, the health commission's item the need serves. */
const HYGIENE_ITEM = '000103004000';
const PURPOSE = '公共场所卫生许可审查：核验经营者食品经营许可（浏览器演练）';
const PERMITS = '食品经营许可证信息';
/** 包头市鹿城餐饮管理有限公司: it holds a food business permit in the demo data. */
const ENTITY = DEMO_ENTITIES[0];
const CITIZEN = DEMO_PEOPLE[0];

type Account = 'health' | 'approver' | 'reviewer' | 'citizen';
const { as } = useSignedInPages<Account>('exchange', ['health', 'approver', 'reviewer', 'citizen']);

/** The Shanghai date a year from today (the need's validity period ends then). */
function aYearOn(): string {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`.replace(/-02-29$/, '-02-28');
}

/** Opens 数据共享 from the office workbench's menu, on the tab named `tab`. */
async function openExchange(page: Page, tab: string): Promise<void> {
  await page.goto('/office');
  await page.getByRole('navigation').getByRole('menuitem', { name: '数据共享' }).click();
  await page.getByRole('heading', { level: 1, name: '数据共享' }).waitFor();
  await page.getByRole('tab', { name: tab, exact: true }).click();
}

/** Fills the query form (the purpose picked from the grants' purposes when offered) and sends it; returns the outcome's element. */
async function query(page: Page, resource: string, key: string, purpose: string, fields: string[] = []): Promise<Locator> {
  await page.getByRole('tab', { name: '授权查询', exact: true }).click();
  await chooseOption(page, '数据资源', resource, { type: true });
  await page.getByLabel('查询键（身份证号码或统一社会信用代码）').fill(key);
  const purposeField = page.getByLabel('用途', { exact: true });
  await purposeField.fill('');
  await purposeField.click();
  const offered = page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: purpose });
  const isOffered = await offered
    .first()
    .waitFor({ timeout: 3_000 })
    .then(
      () => true,
      () => false,
    );
  if (isOffered) await offered.first().click();
  else await purposeField.fill(purpose);
  await page.keyboard.press('Escape');
  for (const f of fields) await page.getByRole('checkbox', { name: f, exact: true }).check();
  await page.getByRole('button', { name: '查询', exact: true }).click();
  const outcome = page.locator('.tb-exchange-outcome');
  await outcome.waitFor();
  return outcome;
}

describe('data-sharing exchange in the browser (D20)', () => {
  it('the health commission files a need for a subset of another department’s resource', { timeout: 180_000 }, async () => {
    const health = as.health;
    await openExchange(health, '资源目录');
    const row = health.getByRole('table', { name: '资源目录' }).getByRole('row', { name: new RegExp(PERMITS) });
    await row.getByText('市市场监管局').waitFor();
    await row.getByText('有条件共享').waitFor();
    await expectAccessible(health, 'exchange resource catalog');
    await screenshot(health, 'exchange-catalog');

    await row.getByRole('button', { name: '申请使用' }).click();
    const dialog = health.getByRole('dialog', { name: `申请使用：${PERMITS}` });
    // Nothing filled: each required field says what it needs.
    await dialog.getByRole('button', { name: '提交需求' }).click();
    await dialog.getByText('请至少选择一个字段').waitFor();
    await dialog.getByText('请填写用途').waitFor();
    await dialog.getByText('请至少填写一个事项编码').waitFor();
    for (const f of ['统一社会信用代码', '经营者名称', '许可证编号', '有效期至']) await dialog.getByRole('checkbox', { name: f, exact: true }).check();
    await dialog.getByLabel('用途').fill(PURPOSE);
    const items = dialog.getByLabel('服务事项编码');
    await items.fill(HYGIENE_ITEM);
    await items.press('Enter');
    await dialog.getByLabel('有效期止').fill(aYearOn());
    await expectAccessible(health, 'need form');
    await screenshot(health, 'exchange-need-form');
    await dialog.getByRole('button', { name: '提交需求' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await health.getByText('数据需求已提交，等待提供部门审批').waitFor();

    // The page moves to the department's needs: the new one waits for the owner.
    const need = health.getByRole('table', { name: '数据需求' }).getByRole('row', { name: new RegExp(PURPOSE) });
    await need.getByText('待审批').waitFor();
    await need.getByText('市市场监管局').waitFor();
    await need.getByText('统一社会信用代码、经营者名称、许可证编号、有效期至').waitFor();
  });

  it('the owner department’s approver finds it under received needs and approves fewer fields', { timeout: 180_000 }, async () => {
    const approver = as.approver;
    await openExchange(approver, '数据需求');
    await approver.getByText('本部门收到的', { exact: true }).click();
    const need = approver.getByRole('table', { name: '数据需求' }).getByRole('row', { name: new RegExp(PURPOSE) });
    await need.getByText('市卫生健康委').waitFor();
    await need.getByText('待审批').waitFor();
    await expectAccessible(approver, 'received needs');
    await screenshot(approver, 'exchange-received-needs');

    await need.getByRole('button', { name: '批准', exact: true }).click();
    const dialog = approver.getByRole('dialog', { name: '批准' });
    // The validity date is not for the health commission to read: approved without it.
    await dialog.getByRole('checkbox', { name: '有效期至', exact: true }).uncheck();
    await expectAccessible(approver, 'approve dialog');
    await dialog.getByRole('button', { name: '批准', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await need.getByText('已批准').waitFor();
    await need.getByText('统一社会信用代码、经营者名称、许可证编号', { exact: true }).waitFor();
  });

  it(
    'the consumer queries through the grant: only the granted fields; a field outside it and a resource without a grant are refused',
    { timeout: 180_000 },
    async () => {
      const health = as.health;
      await openExchange(health, '共享授权');
      const grant = health.getByRole('table', { name: '共享授权' }).getByRole('row', { name: new RegExp(PURPOSE) });
      await grant.getByText('有效', { exact: true }).waitFor();
      await grant.getByText(HYGIENE_ITEM).waitFor();
      // The consumer cannot revoke a grant it holds.
      await expect(grant.getByRole('button', { name: '撤销授权' }).count()).resolves.toBe(0);

      const answer = await query(health, PERMITS, ENTITY.uscc, PURPOSE);
      const result = health.locator('.tb-exchange-result');
      await result.getByText('查询结果').waitFor();
      await result.getByText(ENTITY.name, { exact: true }).waitFor();
      await result.getByText(ENTITY.uscc, { exact: true }).waitFor();
      await result.getByText('许可证编号').waitFor();
      for (const hidden of ['经营场所', '主体业态', '有效期至']) await expect(result.getByText(hidden).count()).resolves.toBe(0);
      await expect(answer.count()).resolves.toBe(1);
      await expectAccessible(health, 'query answered');
      await screenshot(health, 'exchange-query-answered');

      // A field outside the grant: refused, and the page says so until the next query.
      const outside = await query(health, PERMITS, ENTITY.uscc, PURPOSE, ['许可证编号', '经营场所']);
      await outside.getByRole('alert').getByText('查询被拒绝').waitFor();
      await outside.getByText(/以下字段不在共享授权范围内：经营场所，查询已拒绝并记录/).waitFor();
      await expect(health.locator('.tb-exchange-result').count()).resolves.toBe(0);
      await expectAccessible(health, 'query refused (field outside the grant)');
      await screenshot(health, 'exchange-query-refused-field');

      // A resource the commission holds no grant for, about the demo citizen.
      const none = await query(health, '社保参保信息', CITIZEN.idNumber, PURPOSE);
      await none.getByText('本部门未获得数据资源“社保参保信息”的共享授权，查询已拒绝并记录').waitFor();

      // The same page in English.
      await health.getByRole('button', { name: 'English' }).click();
      await health.getByRole('heading', { level: 1, name: 'Data sharing' }).waitFor();
      await health.getByRole('tab', { name: 'Query', exact: true }).waitFor();
      await expectAccessible(health, 'query tab (en-US)');
      await screenshot(health, 'exchange-query-en');
      await health.getByRole('button', { name: '中文' }).click();
      await health.getByRole('heading', { level: 1, name: '数据共享' }).waitFor();
    },
  );

  it('the owner sees who used its data, why and with what result', { timeout: 180_000 }, async () => {
    const approver = as.approver;
    await openExchange(approver, '使用记录');
    const table = approver.getByRole('table', { name: '使用记录' });
    const rows = table.getByRole('row', { name: new RegExp(PURPOSE) });
    const allowed = rows.filter({ hasText: '已返回' });
    await allowed.getByText('吴静').waitFor();
    await allowed.getByText('市卫生健康委').waitFor();
    await allowed.getByText('统一社会信用代码、经营者名称、许可证编号', { exact: true }).waitFor();
    const refused = rows.filter({ hasText: '已拒绝' });
    await refused.getByText('字段超出授权范围').waitFor();
    // Not the bureau's resource: the commission's query for 社保 is not on its list.
    await expect(table.getByRole('row', { name: /社保参保信息/ }).count()).resolves.toBe(0);
    await expectAccessible(approver, 'usage list');
    await screenshot(approver, 'exchange-usage');
  });

  it('the owner revokes the grant and the consumer’s next query is refused', { timeout: 180_000 }, async () => {
    const approver = as.approver;
    await openExchange(approver, '共享授权');
    const grant = approver.getByRole('table', { name: '共享授权' }).getByRole('row', { name: new RegExp(PURPOSE) });
    await grant.getByRole('button', { name: '撤销授权' }).click();
    const confirm = approver.getByRole('dialog', { name: '撤销授权' });
    await confirm.getByLabel('撤销理由').fill('演练结束，收回授权');
    await expectAccessible(approver, 'revoke dialog');
    await confirm.getByRole('button', { name: '确认撤销' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await grant.getByText('已撤销').waitFor();
    await expect(grant.getByRole('button', { name: '撤销授权' }).count()).resolves.toBe(0);
    await screenshot(approver, 'exchange-grant-revoked');

    const health = as.health;
    await openExchange(health, '授权查询');
    const refused = await query(health, PERMITS, ENTITY.uscc, PURPOSE);
    await refused.getByText('共享授权已被数据提供部门撤销，查询已拒绝并记录').waitFor();
    await expectAccessible(health, 'query refused (grant revoked)');
    await screenshot(health, 'exchange-query-revoked');

    await openExchange(approver, '使用记录');
    await approver
      .getByRole('table', { name: '使用记录' })
      .getByRole('row', { name: new RegExp(PURPOSE) })
      .filter({ hasText: '授权已撤销' })
      .first()
      .waitFor();
  });

  it('the citizen 王晓明 sees the queries about him under 我的数据使用记录', { timeout: 180_000 }, async () => {
    // The market regulation bureau reads his household registration through its demo grant.
    const reviewer = as.reviewer;
    await openExchange(reviewer, '授权查询');
    await query(reviewer, '户籍信息', CITIZEN.idNumber, DEMO_PURPOSES.household);
    const result = reviewer.locator('.tb-exchange-result');
    await result.getByText(CITIZEN.name, { exact: true }).waitFor();
    await expect(result.getByText('户籍地址').count()).resolves.toBe(0);

    const citizen = as.citizen;
    await citizen.goto('/portal/me');
    await citizen.getByRole('navigation').getByRole('menuitem', { name: '我的数据使用记录' }).click();
    await citizen.getByRole('heading', { level: 1, name: '我的数据使用记录' }).waitFor();
    const table = citizen.getByRole('table', { name: '我的数据使用记录' });
    // Newest first: the bureau's read just now, answered.
    const first = table.getByRole('row', { name: /户籍信息/ }).first();
    await first.getByText('市市场监管局').waitFor();
    await first.getByText('张伟').waitFor();
    await first.getByText('户籍信息').waitFor();
    await first.getByText('已返回').waitFor();
    // The health commission's refused query about him, from the walk above.
    const health = table.getByRole('row', { name: /社保参保信息/ }).filter({ hasText: '市卫生健康委' });
    await health.getByText('吴静').waitFor();
    await health.getByText('已拒绝').waitFor();
    await expectAccessible(citizen, 'my data usage');
    await screenshot(citizen, 'exchange-my-usage');
  });
});
