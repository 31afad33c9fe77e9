import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './paymentsApi';

describe('the cashier’s way back', () => {
  it('goes only to a path of this site', () => {
    expect(safeReturnPath('/portal/me/cases/8d6c3a2e-1b7f-4a52-9c3e-0f1d2e3a4b5c')).toBe('/portal/me/cases/8d6c3a2e-1b7f-4a52-9c3e-0f1d2e3a4b5c');
    for (const bad of ['//evil.example/x', 'https://evil.example/', 'javascript:alert(1)', '/\\evil', '', null]) expect(safeReturnPath(bad)).toBeNull();
  });
});
