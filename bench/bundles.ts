/**
 * Benchmark: applying for a "一件事" once against applying for its items one by one (issue 14,
 * "creating a 6-member bundle vs 6 separate applications in the same run"; docs/decisions.md D24).
 *
 * Both sides go over HTTP with the demo enterprise's real session, at CONNECTIONS connections with
 * autocannon, min / median of BENCH_RUNS (≥ 3) runs of BENCH_SECONDS each after a warm-up:
 * - the bundle: `POST /api/v1/bundle-cases` for 开办饭店 with answers that select six members
 *   (company registration, food permit, shop sign, sewer permit, fire-safety inspection, gas
 *   connection), the merged form and each material once — one request creates the bundle and six
 *   cases in one transaction, then runs each member's after-submit step (免提交 sources, 秒批);
 * - the baseline: the same six applications as six `POST /api/v1/cases`, each with that member's
 *   own form and materials (the very split the bundle makes), issued in sequence on each
 *   connection (autocannon cycles through the six) — what an applicant without bundles sends.
 * The figure is complete application sets per second: bundles per second against (case requests
 * per second) / 6. The ratio above 1 is what one transaction and one request save; the bundle also
 * checks every member's form before writing anything and writes its own row and event.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/bundles.ts
 */
import autocannon from 'autocannon';
import { makeResidentId } from '../src/server/platform/ids/generate';
import { splitInput } from '../src/server/modules/bundles/bundles.merge';
import type { BundlePlan } from '../src/shared/bundles/bundles.wire';
import { median, printRows, requireDatabaseUrl, scratchDatabase, signIn, startBenchServer, type BenchRow } from './cases-common';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

const ANSWERS = { entityType: 'company', floorArea: 420, usesGas: true };
const FORM: Record<string, string | number> = {
  applicantName: '王晓明',
  idNumber: makeResidentId('150203', '1988-05-17', 123),
  entityName: '包头市鹿城餐饮管理有限公司',
  registeredCapital: 500000,
  businessScope: '餐饮服务；食品销售',
  businessAddress: '昆都仑区钢铁大街 88 号',
  address: '昆都仑区钢铁大街 88 号',
  legalRepName: '王晓明',
  area: 420,
  floorArea: 420,
  mainBusiness: 'catering',
  signSize: '6m×1.2m',
  volume: '20 吨/日',
};

export async function benchBundles(base: string): Promise<BenchRow[]> {
  const scratch = await scratchDatabase(base, 'tb_bench_bundles');
  const server = await startBenchServer(scratch.url);
  try {
    const url = server.url;
    const s = await signIn(url, 'enterprise');
    const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' };
    const up = new FormData();
    up.append('file', new Blob([PDF], { type: 'application/pdf' }), 'material.pdf');
    const uploaded = await fetch(`${url}/api/v1/files`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body: up });
    const { fileId } = (await uploaded.json()) as { fileId: string };
    const planRes = await fetch(`${url}/api/v1/bundles/open-restaurant/plan`, { method: 'POST', headers, body: JSON.stringify({ answers: ANSWERS }) });
    const plan = (await planRes.json()) as BundlePlan;
    const selected = plan.items.filter((i) => i.selected).map((i) => i.itemCode);
    if (selected.length !== 6) throw new Error(`the answers select ${selected.length} members, not 6`);
    const fields = new Set(plan.form.map((f) => f.key));
    const form = Object.fromEntries(Object.entries(FORM).filter(([k]) => fields.has(k)));
    // A select takes one of its options: the first, unless the value above is one of them.
    for (const f of plan.form) if (f.options?.length && !f.options.some((o) => o.value === form[f.key])) form[f.key] = f.options[0].value;
    const materials = plan.materials.filter((m) => m.provision !== 'in_bundle').map((m) => ({ key: m.key, fileId }));
    const bundleBody = JSON.stringify({
      bundleCode: 'open-restaurant',
      answers: ANSWERS,
      form,
      materials,
      delivery: { timing: 'together', mode: 'e_licence' },
    });
    const split = splitInput(plan, selected, form, materials);
    const caseBodies = selected.map((itemCode) => {
      const m = split.members.get(itemCode)!;
      return JSON.stringify({ itemCode, channel: 'web', form: m.form, materials: m.materials });
    });

    // Each side must succeed once, or its figure means nothing.
    const probe = await fetch(`${url}/api/v1/bundle-cases`, { method: 'POST', headers, body: bundleBody });
    if (probe.status !== 201) throw new Error(`bundle probe: ${probe.status} ${await probe.text()}`);
    for (const body of caseBodies) {
      const r = await fetch(`${url}/api/v1/cases`, { method: 'POST', headers, body });
      if (r.status !== 201) throw new Error(`case probe: ${r.status} ${await r.text()}`);
    }

    const run = async (requests: Array<{ method: 'POST'; path: string; headers: Record<string, string>; body: string }>, seconds: number) => {
      const r = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${requests[0].path}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      return { rps: r.requests.average, p99: r.latency.p99 };
    };
    const bundleReq = [{ method: 'POST' as const, path: '/api/v1/bundle-cases', headers, body: bundleBody }];
    const caseReqs = caseBodies.map((body) => ({ method: 'POST' as const, path: '/api/v1/cases', headers, body }));
    await run(bundleReq, 2);
    await run(caseReqs, 2);
    const bundles: number[] = [];
    const separate: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bundles.push((await run(bundleReq, SECONDS)).rps);
      separate.push((await run(caseReqs, SECONDS)).rps / caseReqs.length);
    }
    process.stderr.write(
      `bundles: ${bundles.map((x) => x.toFixed(1)).join(' / ')} bundles/s; separately: ${separate.map((x) => x.toFixed(1)).join(' / ')} sets/s\n`,
    );
    return [
      {
        name: `apply for a 6-member 一件事 (开办饭店) over HTTP, ${CONNECTIONS} connections`,
        figure: median(bundles),
        figureMin: Math.min(...bundles),
        unit: 'bundles/s',
        baselineName: 'the same 6 applications as 6 POST /api/v1/cases',
        baseline: median(separate),
        baselineMin: Math.min(...separate),
        baselineUnit: 'sets of 6/s',
        ratio: median(bundles) / median(separate),
        aim: '—',
        met: true,
      },
    ];
  } finally {
    await server.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printRows(await benchBundles(requireDatabaseUrl()));
}
