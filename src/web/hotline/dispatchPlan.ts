/** Who a dispatch goes to, as the dispatch dialog edits it; pure, so it is unit-tested. */

/** One department of a dispatch: lead (主办) or assist (协办), optionally sent down to a district. */
export interface PlanRow {
  departmentCode: string | undefined;
  role: 'lead' | 'assist';
  regionCode: string | undefined;
}

/** Whether a plan can be sent: every row has a department, exactly one lead, no department twice. */
export function planProblem(plan: readonly PlanRow[]): 'department' | 'lead' | 'duplicate' | null {
  if (plan.some((row) => !row.departmentCode)) return 'department';
  if (plan.filter((row) => row.role === 'lead').length !== 1) return 'lead';
  if (new Set(plan.map((row) => row.departmentCode)).size !== plan.length) return 'duplicate';
  return null;
}

/** The API's `departments` of a dispatch or transfer: lead first, districts only where chosen. */
export function planToAssignments(plan: readonly PlanRow[]): Array<{ departmentCode: string; role: 'lead' | 'assist'; regionCode?: string }> {
  return [...plan]
    .sort((a, b) => (a.role === b.role ? 0 : a.role === 'lead' ? -1 : 1))
    .map((row) => ({ departmentCode: row.departmentCode ?? '', role: row.role, ...(row.regionCode ? { regionCode: row.regionCode } : {}) }));
}
