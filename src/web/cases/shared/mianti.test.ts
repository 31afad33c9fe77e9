import { describe, expect, it } from 'vitest';
import type { MaterialOffer } from './casesApi';
import { coveredMaterials, initialChoices, licencePicks, materialIn, prefillEmpty, uploadsToSend } from './mianti';

const L1 = '00000000-0000-4000-8000-000000000001';
const L2 = '00000000-0000-4000-8000-000000000002';
const licence = (id: string) => ({ id, identifier: `1.2.156.3005.2.X.${id.slice(-1)}`, typeName: '食品经营许可证', validUntil: '2031-05-01' });
const offers: MaterialOffer[] = [
  { materialCode: 'M02', source: 'exchange', label: '共享获取：营业执照信息（市市场监管局）', labelEn: 'Shared data: Business licence' },
  { materialCode: 'M07', source: 'e_licence', label: '电子证照 食品经营许可证', labelEn: 'E-licence', licences: [licence(L1), licence(L2)] },
];

describe('免提交 choices', () => {
  it('starts with the exchange and the newest fitting licence, so nothing needs uploading', () => {
    const choices = initialChoices(offers);
    expect(choices).toEqual({ M02: 'shared', M07: L1 });
    expect([...coveredMaterials(offers, choices)]).toEqual(['M02', 'M07']);
    expect(licencePicks(offers, choices)).toEqual([{ materialCode: 'M07', licenceId: L1 }]);
  });

  it('keeps a draft’s uploaded material an upload', () => {
    const choices = initialChoices(offers, new Set(['M07']));
    expect(choices.M07).toBe('upload');
    expect([...coveredMaterials(offers, choices)]).toEqual(['M02']);
    expect(licencePicks(offers, choices)).toEqual([]);
  });

  it('sends the licence the applicant picked, none when they upload instead, and never an unknown id', () => {
    expect(licencePicks(offers, { M02: 'shared', M07: L2 })).toEqual([{ materialCode: 'M07', licenceId: L2 }]);
    expect(licencePicks(offers, { M02: 'upload', M07: 'upload' })).toEqual([]);
    expect(licencePicks(offers, { M07: '00000000-0000-4000-8000-00000000000f' })).toEqual([]);
    expect([...coveredMaterials(offers, { M02: 'upload', M07: 'upload' })]).toEqual([]);
  });

  it('an e-licence offer without licences is an upload', () => {
    expect(initialChoices([{ ...offers[1], licences: [] }])).toEqual({ M07: 'upload' });
  });

  it('leaves out files picked for a material a source now covers', () => {
    const uploads = { M01: [{ fileId: 'a' }], M02: [{ fileId: 'b' }] };
    expect(uploadsToSend(uploads, new Set(['M02']))).toEqual({ M01: [{ fileId: 'a' }] });
  });
});

describe('a material on a case', () => {
  const at = '2026-05-01T02:00:00.000Z';
  it('is in with a file or with a source, not with neither', () => {
    const file = { fileId: L1, name: 'a.pdf', mime: 'application/pdf', size: 1, addedAt: at, via: 'web', checks: [] };
    const sharedFrom = { source: 'exchange' as const, label: 'x', labelEn: 'x', licenceId: null, queryId: L2, at };
    expect(materialIn({ files: [file], sharedFrom: null })).toBe(true);
    expect(materialIn({ files: [], sharedFrom })).toBe(true);
    expect(materialIn({ files: [], sharedFrom: null })).toBe(false);
  });
});

describe('智能填单', () => {
  const account = { label: '账号实名信息', labelEn: 'Your verified account' };
  const licence = { label: '共享获取：营业执照信息（市市场监管局）', labelEn: 'Shared data: Business licence' };
  const prefill = {
    values: { entityName: '包头市鹿城餐饮管理有限公司', uscc: '91150203MA0NB4KQ7W', businessAddress: '昆都仑区钢铁大街 1 号', area: 80 },
    sources: { entityName: account, uscc: account, businessAddress: licence, area: licence },
  };

  it('fills only the empty fields and names the source of each', () => {
    const r = prefillEmpty({ entityName: '', uscc: null, businessAddress: '我自己写的地址', mobile: '13800000000' }, prefill);
    expect(r.values).toEqual({ entityName: '包头市鹿城餐饮管理有限公司', uscc: '91150203MA0NB4KQ7W', area: 80 });
    expect(r.sources.entityName).toEqual({ ...account, value: '包头市鹿城餐饮管理有限公司' });
    expect(r.sources.area).toEqual({ ...licence, value: 80 });
    expect(r.sources.businessAddress).toBeUndefined();
  });

  it('fills a value without a named source but gives it no hint', () => {
    expect(prefillEmpty({}, { values: { x: 'a' }, sources: {} })).toEqual({ values: { x: 'a' }, sources: {} });
  });
});
