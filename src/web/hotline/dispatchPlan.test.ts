import { describe, expect, it } from 'vitest';
import { planProblem, planToAssignments } from './dispatchPlan';

describe('dispatch plan', () => {
  it('needs a department in every row, exactly one lead and no department twice', () => {
    expect(planProblem([{ departmentCode: 'urban-management', role: 'lead', regionCode: undefined }])).toBeNull();
    expect(planProblem([{ departmentCode: undefined, role: 'lead', regionCode: undefined }])).toBe('department');
    expect(
      planProblem([
        { departmentCode: 'urban-management', role: 'assist', regionCode: undefined },
        { departmentCode: 'housing-construction', role: 'assist', regionCode: undefined },
      ]),
    ).toBe('lead');
    expect(
      planProblem([
        { departmentCode: 'urban-management', role: 'lead', regionCode: undefined },
        { departmentCode: 'urban-management', role: 'assist', regionCode: '150203' },
      ]),
    ).toBe('duplicate');
  });

  it('sends the lead first and a district only where one was chosen', () => {
    expect(
      planToAssignments([
        { departmentCode: 'housing-construction', role: 'assist', regionCode: undefined },
        { departmentCode: 'urban-management', role: 'lead', regionCode: '150203' },
      ]),
    ).toEqual([
      { departmentCode: 'urban-management', role: 'lead', regionCode: '150203' },
      { departmentCode: 'housing-construction', role: 'assist' },
    ]);
  });
});
