import { describe, expect, it } from 'vitest';
import type { PlaceDetail } from '../../shared/places/places.wire';
import { kioskGroups } from './KioskPage';

const w = (code: string, name: string, kind: PlaceDetail['windows'][number]['kind'] = 'comprehensive') => ({
  code,
  name,
  nameEn: name,
  kind,
  branchHall: null,
  departmentCodes: [],
});

describe('the kiosk’s groups', () => {
  it('names each window group after its windows, lists each kind of a mixed group once, and leaves out delivery windows', () => {
    const place = {
      windows: [
        w('A01', '综合受理窗口01'),
        w('A02', '综合受理窗口02'),
        w('J01', '出入境即办窗口01', 'instant'),
        w('J02', '出入境即办窗口02', 'instant'),
        w('J03', '户政即办窗口', 'instant'),
        w('F01', '统一出件窗口01', 'delivery'),
      ],
    } as unknown as PlaceDetail;
    expect(kioskGroups(place)).toEqual([
      { group: 'A', name: '综合受理窗口' },
      { group: 'J', name: '出入境即办窗口、户政即办窗口' },
    ]);
  });
});
