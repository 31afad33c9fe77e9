import { describe, expect, it } from 'vitest';
import type { ItemSummary } from '../../../shared/catalog/catalog.wire';
import { safeReturnPath } from '../../payments/paymentsApi';
import { applicableItems, filterItems, findItems, kioskReturnPath, pageOf, payParam, withoutKioskState } from './kioskServices';

const item = (code: string, name: string, nameEn: string, online = true, audience: ItemSummary['audience'] = ['citizen']) =>
  ({ code, name, nameEn, online, audience }) as ItemSummary;

const ID = '000207008000';
const catalog = [
  item(ID, '居民身份证补领', 'Replacement resident ID card'),
  item('000101001000', '公司设立登记', 'Company registration', true, ['enterprise']),
  item('000207004000', '死亡人员户口注销', 'Deregistration', false),
  item('000208001000', '普通护照签发', 'Passport issuance', true, ['citizen', 'enterprise']),
];

describe('the kiosk’s items', () => {
  it('lists only what the person can apply for online, theirs alone first, then in the hall’s order', () => {
    const hall = [{ code: '000208001000' }, { code: '000101001000' }, { code: '000207004000' }, { code: ID }, { code: '999999999999' }];
    expect(applicableItems(hall, catalog, 'citizen').map((i) => i.code)).toEqual([ID, '000208001000']);
    expect(applicableItems(hall, catalog, 'enterprise').map((i) => i.code)).toEqual(['000101001000', '000208001000']);
  });

  it('follows the catalog search’s ranking of what was typed, keeping only the hall’s items', () => {
    const mine = applicableItems([{ code: '000208001000' }, { code: ID }], catalog, 'citizen');
    // 身份证丢了: the search ranks 补领 first; an item of another hall it found is not offered here.
    expect(findItems(mine, '身份证丢了', ['000207001000', ID]).map((i) => i.code)).toEqual([ID]);
    expect(findItems(mine, '身份证', null).map((i) => i.code)).toEqual([ID]); // no ranking: by name
    expect(findItems(mine, '  ', ['000208001000'])).toHaveLength(2);
  });

  it('finds by Chinese, English (any case, spaces ignored) or code', () => {
    expect(filterItems(catalog, ' 身份证 ').map((i) => i.code)).toEqual([ID]);
    expect(filterItems(catalog, 'PASSPORTissu').map((i) => i.code)).toEqual(['000208001000']);
    expect(filterItems(catalog, '000101').map((i) => i.code)).toEqual(['000101001000']);
    expect(filterItems(catalog, '')).toHaveLength(4);
  });

  it('pages rows, keeping the page within range', () => {
    const rows = Array.from({ length: 17 }, (_, i) => i);
    expect(pageOf(rows, 1, 8)).toEqual({ rows: [0, 1, 2, 3, 4, 5, 6, 7], page: 1, pages: 3 });
    expect(pageOf(rows, 3, 8)).toEqual({ rows: [16], page: 3, pages: 3 });
    expect(pageOf(rows, 9, 8).page).toBe(3);
    expect(pageOf(rows, 0, 8).page).toBe(1);
    expect(pageOf([], 1, 8)).toEqual({ rows: [], page: 1, pages: 1 });
  });
});

describe('the kiosk’s address', () => {
  const caseId = '7d0f0a8e-3c1b-4d7e-9a51-0c2f5e6b8a91';

  it('comes back from the cashier to the same kiosk, its idle setting kept, opening the fee', () => {
    const back = kioskReturnPath('/kiosk/150200-CH-01', '?idle=30&apply=000207008000&step=check', caseId);
    expect(back).toBe(`/kiosk/150200-CH-01?idle=30&pay=${caseId}`);
    expect(safeReturnPath(back)).toBe(back);
    expect(payParam(new URL(back, 'http://x').searchParams.get('pay'))).toBe(caseId);
  });

  it('takes only a case id from ?pay=', () => {
    expect(payParam(null)).toBeNull();
    expect(payParam('//evil.example')).toBeNull();
    expect(payParam(`${caseId}x`)).toBeNull();
  });

  it('forgets the person’s state and keeps the kiosk’s own settings', () => {
    const p = withoutKioskState(new URLSearchParams(`idle=45&apply=${ID}&draft=${caseId}&step=materials&pay=${caseId}`));
    expect(p.toString()).toBe('idle=45');
  });
});
