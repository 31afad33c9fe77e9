/**
 * Catalog search and guide latency under load, against a bare route (same server, hooks and
 * serialisation, no I/O) measured in the same run; /healthz is reported too.
 *
 * Starts the whole API in process on an in-memory PGlite with the demo catalog plus a generated
 * catalog of 5,000 more items (so ~5,300 in all), then drives it with autocannon at 50 concurrent
 * connections: the bare route (baseline), /healthz, search over everyday queries, and item guides,
 * each min / median of three runs' p99. Aim: search and guide p99 ≤ 3 × the bare route's.
 *
 *   npx tsx bench/catalog-search.ts            # ~1 minute
 *   BENCH_SECONDS=5 npx tsx bench/catalog-search.ts
 */
import autocannon from 'autocannon';
import { loadConfig } from '../src/server/config';
import { openDatabase } from '../src/server/db/client';
import { migrate } from '../src/server/db/migrate';
import { createContext, createLogger } from '../src/server/runtime';
import { ROUTES } from '../src/server/modules';
import { itemIndexFields } from '../src/server/modules/catalog/catalog.index';
import { findDepartments, insertPublishedItems } from '../src/server/modules/catalog/catalog.repository';
import { invalidateSearch } from '../src/server/modules/catalog/catalog.search';
import { demoDefinition, seedCatalogDemo } from '../src/server/modules/catalog/catalog.seed';
import type { ItemDefinition } from '../src/server/modules/catalog/catalog.types';
import { demoItems } from '../src/server/modules/catalog/demo/index';
import { buildApp } from '../src/server/platform/http/app';
import type { RoutesPlugin } from '../src/server/platform/http/types';
import { runSeed } from '../src/server/seed/seed';
import { median, printRows, type BenchRow } from './cases-common';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const CONNECTIONS = 50;
const GENERATED = 5_000;

const QUERIES = [
  '营业执照',
  '驾照',
  '开饭店',
  '护照',
  '身份证丢了',
  '生孩子',
  '结婚',
  '退休',
  '公积金提取',
  '落户',
  '房产证',
  '低保',
  '残疾证',
  '医保异地',
  '施工许可',
  '社保卡',
  '失业金',
  '刻章',
  '发票',
  '二手房过户',
  '无犯罪证明',
  '港澳通行证',
  '工伤',
  '环评',
  '孩子上小学',
  '暖气',
  '注销公司',
  '养老金',
  '车辆过户',
  '法律援助',
  'passport',
  'driving licence',
  '营业执造',
  '我想开个公司怎么办',
  '食品经营许可',
  '不动产登记',
  '公积金贷款',
  '出生证明',
  '居住证',
  '排污许可',
];

// Words mixed into generated names so the big catalog has a realistic spread of tokens.
const PLACES = ['东河', '昆都仑', '青山', '九原', '石拐', '白云鄂博', '土右', '固阳', '达茂', '稀土高新'];
const KINDS = ['专项', '年度', '临时', '补充', '延续', '变更', '备案', '核查', '复核', '联合'];

/** 5,000 more items made from the demo items: new codes and varied names, same structure. */
function generatedItems(): { code: string; definition: ItemDefinition }[] {
  const out: { code: string; definition: ItemDefinition }[] = [];
  for (let n = 0; n < GENERATED; n++) {
    const { definition } = demoDefinition(demoItems[n % demoItems.length]);
    const code = `9${String(n).padStart(11, '0')}`;
    const name = `${PLACES[n % PLACES.length]}${definition.name}（${KINDS[Math.floor(n / 7) % KINDS.length]}${n}）`;
    const materials = definition.materials.map((m, i) => ({ ...m, code: `${code}M${String(i + 1).padStart(2, '0')}` }));
    out.push({
      code,
      definition: { ...definition, name, nameEn: `${definition.nameEn} (variant ${n})`, implCode: `${definition.implCode.slice(0, 18)}${code}000`, materials },
    });
  }
  return out;
}

/** p99 and p50 latency of RUNS runs of SECONDS each (after a warm-up): min and median of the runs' p99. */
async function measure(url: string, paths: () => string, title: string) {
  // A short warm-up so that the first requests' one-off costs (JIT, index load) do not count.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, requests: [{ setupRequest: (r) => ({ ...r, path: paths() }) }] });
  const p99: number[] = [];
  const rps: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, title, requests: [{ setupRequest: (req) => ({ ...req, path: paths() }) }] });
    if (r.non2xx > 0 || r.errors > 0) throw new Error(`${title}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
    p99.push(r.latency.p99);
    rps.push(r.requests.average);
  }
  return { p99: median(p99), p99Min: Math.min(...p99), rps: median(rps) };
}

/** The fair baseline: a route that goes through the same server, hooks and serialisation but does no I/O. */
const bareRoute: RoutesPlugin = (app) => {
  app.get('/bench/bare', async () => ({ ok: true }));
};

async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'production', TONGBAN_JOBS: '0', LOG_LEVEL: 'silent' });
  const database = await openDatabase({});
  await migrate(database);
  const ctx = createContext(config, database, createLogger(config));
  await runSeed(ctx, { demo: true, demoSeeders: [seedCatalogDemo] });
  const started = Date.now();
  const departments = await findDepartments(ctx.db);
  const rows = generatedItems().map((g) => ({ ...g, fields: itemIndexFields(g.definition, departments.get(g.definition.departmentCode)!) }));
  await ctx.db.transaction().execute((trx) => insertPublishedItems(trx, rows, { id: null, name: 'bench' }, new Date()));
  invalidateSearch(ctx.db);
  const total = (
    await ctx.db
      .selectFrom('items')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n;
  console.log(`catalog: ${total} published items (${GENERATED} generated in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  const app = await buildApp({ ctx, routes: [...ROUTES, bareRoute] });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  let i = 0;
  const codes = [...demoItems.map((d) => d.basicCode), ...rows.slice(0, 300).map((r) => r.code)];
  try {
    const bare = await measure(url, () => '/bench/bare', 'bare');
    const health = await measure(url, () => '/healthz', 'healthz');
    const search = await measure(url, () => `/api/v1/items?q=${encodeURIComponent(QUERIES[i++ % QUERIES.length])}`, 'search');
    const guide = await measure(url, () => `/api/v1/items/${codes[i++ % codes.length]}`, 'guide');
    const row = (name: string, m: typeof bare, aim: number | null): BenchRow => ({
      name,
      figure: m.p99,
      figureMin: m.p99Min,
      unit: 'ms p99',
      baselineName: 'bare route',
      baseline: bare.p99,
      baselineMin: bare.p99Min,
      baselineUnit: 'ms p99',
      ratio: m.p99 / bare.p99,
      aim: aim === null ? '—' : `≤ ${aim}`,
      met: aim === null || m.p99 / bare.p99 <= aim,
    });
    console.log(
      `\n${CONNECTIONS} connections, ${RUNS} runs of ${SECONDS} s each, PGlite in process, ${total} items; also /healthz p99 ${health.p99Min} / ${health.p99} ms`,
    );
    printRows([row('GET /healthz', health, null), row(`search, ${QUERIES.length} everyday queries`, search, 3), row('item guide', guide, 3)]);
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
