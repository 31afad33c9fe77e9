import { describe, expect, it } from 'vitest';
import { findWorkbenchByPath, findWorkbenchesFor, getLandingPath, resolvePostLoginPath, sectionsFor, selectedSection, WORKBENCHES } from './workbenches';

describe('workbenches', () => {
  it.each([
    [['citizen'], '/portal/me'],
    [['enterprise'], '/portal/me'],
    [['window_clerk'], '/window'],
    [['reviewer'], '/office'],
    [['approver'], '/office'],
    [['dispatcher'], '/office'],
    [['hotline_agent'], '/hotline'],
    [['dept_handler'], '/hotline'],
    [['supervisor'], '/supervision'],
    [['dept_head'], '/leadership'],
    [['city_leader'], '/leadership'],
    [['admin'], '/admin'],
    [[], '/'],
  ] as const)('roles %j land on %s', (roles, path) => {
    expect(getLandingPath(roles)).toBe(path);
  });

  it('offers every workbench a multi-role user holds, staff work first', () => {
    expect(findWorkbenchesFor(['citizen', 'reviewer', 'dept_handler']).map((w) => w.key)).toEqual(['office', 'hotline', 'portal']);
  });

  it('lists only sections that have a page', () => {
    for (const w of WORKBENCHES) for (const s of w.sections) expect(s.page, `${w.key}/${s.path}`).toBeDefined();
  });

  it('shows an entry meant for some roles only to them (代为预约 is the 12345 agent’s)', () => {
    const hotline = WORKBENCHES.find((w) => w.key === 'hotline')!;
    expect(sectionsFor(hotline, ['hotline_agent']).map((s) => s.path)).toContain('appointments');
    expect(sectionsFor(hotline, ['dispatcher']).map((s) => s.path)).not.toContain('appointments');
    expect(sectionsFor(hotline, ['dept_handler']).map((s) => s.path)).toContain('tickets');
  });

  it('matches paths by whole segments', () => {
    expect(findWorkbenchByPath('/admin/users')?.key).toBe('admin');
    expect(findWorkbenchByPath('/administrator')).toBeUndefined();
    expect(findWorkbenchByPath('/portal/me')?.key).toBe('portal');
  });

  it('follows `next` only to same-site paths the user may open', () => {
    expect(resolvePostLoginPath(['admin'], '/admin/users?x=1')).toBe('/admin/users?x=1');
    expect(resolvePostLoginPath(['admin'], '/search?q=a')).toBe('/search?q=a');
    expect(resolvePostLoginPath(['citizen'], '/admin/users')).toBe('/portal/me');
    expect(resolvePostLoginPath(['citizen'], '//evil.example/')).toBe('/portal/me');
    expect(resolvePostLoginPath(['citizen'], 'https://evil.example/')).toBe('/portal/me');
    expect(resolvePostLoginPath(['citizen'], '/\\evil.example')).toBe('/portal/me');
    expect(resolvePostLoginPath(['citizen'], null)).toBe('/portal/me');
  });
});

describe('the menu entry marked for a page', () => {
  const office = WORKBENCHES.find((w) => w.key === 'office')!;
  const portal = WORKBENCHES.find((w) => w.key === 'portal')!;
  it('marks the entry a case page is opened from, not the overview', () => {
    expect(selectedSection(office, '/office/cases/8a6e0804-2bd0-4672-b79f-d97a58a53b1a')).toEqual(['todo']);
    expect(selectedSection(portal, '/portal/me/apply/000101019000')).toEqual(['cases']);
  });
  it('marks the overview at the base, a section at its path, and nothing for a page no entry leads to', () => {
    expect(selectedSection(office, '/office')).toEqual(['']);
    expect(selectedSection(office, '/office/assign')).toEqual(['assign']);
    expect(selectedSection(office, '/office/no-such-page')).toEqual([]);
  });
});
