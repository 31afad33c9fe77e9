import { describe, expect, it } from 'vitest';
import { drillDownPath, readDrillFilters } from './drillDown';

const read = (path: string) => readDrillFilters(new URL(path, 'http://x').searchParams);

describe('live board drill-down', () => {
  it('puts each cut in the case-list filter the efficiency page reads back', () => {
    expect(read(drillDownPath('department', 'market-regulation', 'red', '市市场监管局')!)).toMatchObject({
      department: 'market-regulation',
      light: 'red',
      name: '市市场监管局',
      scope: 'department',
    });
    expect(read(drillDownPath('region', '150203', 'overdue', '昆都仑区')!)).toMatchObject({ region: '150203', light: 'overdue', scope: 'region' });
    expect(read(drillDownPath('item', '000101019000', 'yellow', '食品经营许可证核发')!)).toMatchObject({ item: '000101019000', scope: 'item' });
    const clerk = 'b98a0515-270e-4fc0-aaba-2d303e77d7ea';
    expect(read(drillDownPath('window', clerk, 'green', '李娜')!)).toMatchObject({ acceptedBy: clerk, light: 'green', scope: 'window' });
  });

  it('has no link for cases with no clerk recorded, and ignores an unknown light', () => {
    expect(drillDownPath('window', null, 'red', '未记录受理人')).toBeNull();
    expect(read('/supervision/efficiency?light=purple')).toMatchObject({ light: undefined, scope: undefined });
    expect(drillDownPath('region', '150203', null, 'x')).toBe('/supervision/efficiency?region=150203&name=x');
  });
});
