import { describe, expect, it } from 'vitest';
import { distanceMetres, normalizeAddress, publicAddress, redactPersonal, regionOfAddress, regionOfPoint, resolveRegion } from './hotline.geo';
import { toXml, w3cTime } from '../open311/open311.format';

describe('where a ticket is', () => {
  it('finds the region named in an address or text, longest names first', () => {
    expect(regionOfAddress('包头市昆都仑区钢铁大街')).toBe('150203');
    expect(regionOfAddress('昆区友谊小区')).toBe('150203');
    expect(regionOfAddress('青山区幸福路')).toBe('150204');
    expect(regionOfAddress('达茂旗百灵庙镇')).toBe('150223');
    expect(regionOfAddress('稀土高新区黄河大街')).toBe('150271');
    expect(regionOfAddress('北京市朝阳区')).toBeNull();
  });

  it('places a map point in the nearest division, and outside Baotou in the city', () => {
    expect(regionOfPoint(40.657, 109.822)).toBe('150203');
    expect(regionOfPoint(41.7, 110.43)).toBe('150223');
    expect(regionOfPoint(39.9, 116.4)).toBe('150200');
    expect(resolveRegion({ lat: 40.643, lng: 109.901 })).toBe('150204');
    expect(resolveRegion({ regionCode: '150207', address: '青山区' })).toBe('150207');
    expect(resolveRegion({})).toBe('150200');
  });

  it('measures distances in metres', () => {
    const d = distanceMetres({ lat: 40.6432, lng: 109.9011 }, { lat: 40.6435, lng: 109.9013 });
    expect(d).toBeGreaterThan(30);
    expect(d).toBeLessThan(45);
  });

  it('normalises addresses so spacing, punctuation, width and the city prefix do not matter', () => {
    expect(normalizeAddress('包头市 昆都仑区钢铁大街，１２号')).toBe(normalizeAddress('昆都仑区钢铁大街12号'));
    expect(normalizeAddress('内蒙古包头市青山区幸福路')).toBe('青山区幸福路');
    expect(normalizeAddress('')).toBeNull();
  });

  it('masks phone and ID numbers and cuts addresses at the building for the public', () => {
    expect(redactPersonal('电话13947201234，身份证11010519491231002X')).toBe('电话139****1234，身份证1101**********002X');
    expect(publicAddress('包头市昆都仑区钢铁大街友谊小区3号楼2单元501')).toBe('包头市昆都仑区钢铁大街友谊小区');
  });
});

describe('Open311 formats', () => {
  it('writes W3C times in Beijing time and escaped XML', () => {
    expect(w3cTime(new Date('2026-11-28T06:05:00Z'))).toBe('2026-11-28T14:05:00+08:00');
    expect(
      toXml('errors', 'error', [
        { code: 400, description: 'a < b & "c"' },
        { code: 404, description: null },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="utf-8"?><errors><error><code>400</code><description>a &lt; b &amp; &quot;c&quot;</description></error><error><code>404</code><description/></error></errors>',
    );
  });
});
