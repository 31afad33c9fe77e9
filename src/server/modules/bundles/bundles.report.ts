import { rateOf, type ReportSource, type SourceInput, type Values } from '../reports';

/**
 * The "一件事" indicators for the reports (docs/decisions.md D15, D24): bundles received in the
 * period, completed in it and on time against the bundle's own promise, and what applying once
 * saved against applying item by item — material uploads (each merged material once, and none for
 * an earlier member's result) and applications (one instead of one per member). Cut by the lead
 * department or the region; a bundle has no single item, window or decider.
 */

interface Row {
  lead: string | null;
  region: string;
  received: boolean;
  completed: boolean;
  onTime: boolean;
  members: number;
  materialsSaved: number;
}

type Stored = { materials?: Array<{ provision: string; items: unknown[] }> };

function savedOf(definition: unknown): number {
  const mats = (definition as Stored).materials ?? [];
  const separately = mats.reduce((n, m) => n + m.items.length, 0);
  const once = mats.filter((m) => m.provision !== 'in_bundle').length;
  return separately - once;
}

async function compute({ db, period, by, regionCode }: SourceInput) {
  let q = db
    .selectFrom('bundle_cases as b')
    .select((eb) => [
      'b.lead_department_code',
      'b.region_code',
      'b.submitted_at',
      'b.completed_at',
      'b.promised_due',
      'b.status',
      'b.definition',
      eb.selectFrom('cases').select(eb.fn.countAll<number>().as('n')).whereRef('cases.bundle_case_id', '=', 'b.id').as('members'),
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('b.submitted_at', '>=', period.from), eb('b.submitted_at', '<', period.to)]),
        eb.and([eb('b.completed_at', '>=', period.from), eb('b.completed_at', '<', period.to)]),
      ]),
    );
  if (regionCode) q = q.where('b.region_code', '=', regionCode);
  const found = await q.execute();
  const rows: Row[] = found.map((r) => {
    const received = r.submitted_at >= period.from && r.submitted_at < period.to;
    const completed = r.status === 'completed' && !!r.completed_at && r.completed_at >= period.from && r.completed_at < period.to;
    return {
      lead: r.lead_department_code,
      region: r.region_code,
      received,
      completed,
      onTime: completed && r.completed_at!.getTime() <= r.promised_due.getTime(),
      members: Number(r.members ?? 0),
      materialsSaved: received ? savedOf(r.definition) : 0,
    };
  });
  const valuesOf = (rs: Row[]): Values => {
    const received = rs.filter((r) => r.received);
    const completed = rs.filter((r) => r.completed);
    return {
      bundlesReceived: received.length,
      bundlesCompleted: completed.length,
      bundlesOnTimeRate: rateOf(completed.filter((r) => r.onTime).length, completed.length),
      bundleMaterialsSaved: received.length ? received.reduce((n, r) => n + r.materialsSaved, 0) : null,
      bundleApplicationsSaved: received.length ? received.reduce((n, r) => n + Math.max(0, r.members - 1), 0) : null,
    };
  };
  const keyOf = (r: Row) => (by === 'department' ? r.lead : r.region);
  const keys = [...new Set(rows.map(keyOf).filter((k): k is string => !!k))];
  return { rows: keys.map((key) => ({ key, values: valuesOf(rows.filter((r) => keyOf(r) === key)) })), total: valuesOf(rows) };
}

/** The bundles source of the reports (plugged in by src/server/modules.ts). */
export const bundlesReportSource: ReportSource = {
  key: 'bundles',
  cuts: ['department', 'region'],
  indicators: [
    { key: 'bundlesReceived', zh: '“一件事”受理件数', en: '“One thing” bundles received', kind: 'count' },
    { key: 'bundlesCompleted', zh: '“一件事”办结件数', en: '“One thing” bundles completed', kind: 'count' },
    { key: 'bundlesOnTimeRate', zh: '“一件事”按承诺时限办结率', en: '“One thing” bundles completed on time', kind: 'rate' },
    { key: 'bundleMaterialsSaved', zh: '“一件事”少交材料（份）', en: 'Material uploads saved by bundles', kind: 'count' },
    { key: 'bundleApplicationsSaved', zh: '“一件事”少跑申请（次）', en: 'Applications saved by bundles', kind: 'count' },
  ],
  compute,
};
