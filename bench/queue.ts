/**
 * Benchmark: taking queue tickets and calling them at windows (issue 15, "ticket issuance and
 * calling throughput vs bare route in the same run"; docs/decisions.md D29), over HTTP with real
 * sessions on PostgreSQL, against `/healthz` on the same server (answered from memory: routing,
 * hooks and serialisation, no I/O).
 *
 * Each of BENCH_RUNS (≥ 3) runs sends BENCH_QUEUE_OPS requests of each kind from CONNECTIONS
 * concurrent clients (keep-alive fetch) and times them:
 * - issuance: `POST /api/v1/queue/tickets` for window group A of the city centre, as the signed-in
 *   demo citizen (a QR take: counter upsert, ticket row, chain event, NOTIFY, place in line and
 *   estimate in the answer);
 * - calling: `POST /api/v1/queue/windows/150200-CH-01.A<nn>/actions/call_next`, each client at a
 *   window of its own, as the demo window clerk — finishing the window's ticket and calling the next
 *   of the line the issuance just filled (two engine transitions, SKIP LOCKED, SMS check, NOTIFY);
 * - the baseline: `GET /healthz`, same clients, same count.
 * Figures are requests per second, min / median over the runs; the ratio is the median figure ÷ the
 * median baseline. The machine's load (`uptime`) is printed first.
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/queue.ts
 */
import { execFileSync } from 'node:child_process';
import { median, printRows, requireDatabaseUrl, scratchDatabase, signIn, startBenchServer, type BenchRow, type Session } from './cases-common';

const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));
const OPS = Number(process.env.BENCH_QUEUE_OPS ?? 2000);
const CONNECTIONS = Math.min(20, Number(process.env.BENCH_CONNECTIONS ?? 16));
const PLACE = '150200-CH-01';

/** Sends `total` requests from CONNECTIONS clients (client i sends with `send(i)`); returns requests per second. */
async function throughput(total: number, send: (client: number) => Promise<Response>): Promise<number> {
  let left = total;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async (_, client) => {
      while (left > 0) {
        left -= 1;
        const res = await send(client);
        if (!res.ok) throw new Error(`${res.url}: ${res.status} ${await res.text()}`);
        await res.arrayBuffer();
      }
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

const postAs = (url: string, s: Session, path: string, body: unknown) =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

export async function benchQueue(base: string): Promise<BenchRow[]> {
  const scratch = await scratchDatabase(base, 'tb_bench_queue');
  const server = await startBenchServer(scratch.url, {
    // Every take comes from this one address: the kiosk limit would stop the run.
    TONGBAN_QUEUE_TAKE_LIMIT: '1000000',
    // Walk-ins are taken only in the hall's sessions: a working Monday morning, whatever the hour of the run.
    TONGBAN_CLOCK_START: '2026-03-16T10:00:00+08:00',
  });
  try {
    const url = server.url;
    const [citizen, clerk] = [await signIn(url, 'citizen'), await signIn(url, 'clerk')];
    const windows = Array.from({ length: CONNECTIONS }, (_, i) => `${PLACE}.A${String(i + 1).padStart(2, '0')}`);
    const take = () => postAs(url, citizen, '/api/v1/queue/tickets', { place: PLACE, group: 'A', channel: 'qr' });
    const call = (client: number) => postAs(url, clerk, `/api/v1/queue/windows/${windows[client]}/actions/call_next`, {});
    const bare = () => fetch(`${url}/healthz`, { headers: { cookie: citizen.cookie } });
    // Warm-up: connections, caches, JIT, and the database's own work after the first writes (with
    // 200 of each, the first run's /healthz came out at a third to a half of the next two's, and the
    // baseline's median with it).
    await throughput(1000, bare);
    await throughput(1000, take);
    await throughput(1000, call);
    await throughput(1000, bare);
    const figures = { take: [] as number[], call: [] as number[], bare: [] as number[] };
    for (let run = 0; run < RUNS; run++) {
      figures.bare.push(await throughput(OPS, bare));
      figures.take.push(await throughput(OPS, take));
      figures.call.push(await throughput(OPS, call));
      process.stderr.write(
        `run ${run + 1}: healthz ${figures.bare.at(-1)!.toFixed(0)}/s, take ${figures.take.at(-1)!.toFixed(0)}/s, call_next ${figures.call.at(-1)!.toFixed(0)}/s\n`,
      );
    }
    const baseline = median(figures.bare);
    const row = (name: string, xs: number[], aim: number): BenchRow => ({
      name,
      figure: median(xs),
      figureMin: Math.min(...xs),
      unit: 'req/s',
      baselineName: '/healthz (no I/O)',
      baseline,
      baselineMin: Math.min(...figures.bare),
      baselineUnit: 'req/s',
      ratio: median(xs) / baseline,
      aim: `≥ ${aim}`,
      met: median(xs) / baseline >= aim,
    });
    return [row(`queue ticket issuance, ${CONNECTIONS} clients`, figures.take, 0.05), row(`window call_next, ${CONNECTIONS} windows`, figures.call, 0.05)];
  } finally {
    await server.close();
    await scratch.drop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`uptime: ${execFileSync('uptime', { encoding: 'utf8' }).trim()}\n`);
  printRows(await benchQueue(requireDatabaseUrl()));
}
