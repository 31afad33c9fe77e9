import { describe, expect, it } from 'vitest';
import { scoreDepartment } from './reports.service';

describe('department score', () => {
  const none = { completionOnTimeRate: null, satisfactionRate: null, resolutionRate: null, signOnTimeRate: null };

  it('does not reward doing nothing: no rate, no score', () => {
    expect(scoreDepartment(none)).toBeNull();
    // Signed on time but nothing finished or overdue: timeliness cannot be judged yet.
    expect(scoreDepartment({ ...none, signOnTimeRate: 1 })).toBeNull();
  });

  it('scores open overdue work as late and leaves missing rates out', () => {
    // 0 replies and 4 overdue open tickets: on-time completion 0 / 4, signed on time.
    expect(scoreDepartment({ ...none, completionOnTimeRate: 0, signOnTimeRate: 1 })).toBe(20);
    // The old rule counted the missing satisfaction and resolution rates as perfect (score 100 → now 100 only on real rates).
    expect(scoreDepartment({ completionOnTimeRate: 1, satisfactionRate: null, resolutionRate: null, signOnTimeRate: 1 })).toBe(100);
    expect(scoreDepartment({ completionOnTimeRate: 0.5, satisfactionRate: 1, resolutionRate: 1, signOnTimeRate: 1 })).toBe(80);
  });

  it('ranks a department with overdue work and no replies below one that replied on time', () => {
    const idle = scoreDepartment({ completionOnTimeRate: 0, satisfactionRate: null, resolutionRate: null, signOnTimeRate: 0 })!;
    const working = scoreDepartment({ completionOnTimeRate: 0.9, satisfactionRate: 0.7, resolutionRate: 0.6, signOnTimeRate: 0.95 })!;
    expect(idle).toBe(0);
    expect(working).toBeGreaterThan(idle);
  });
});
