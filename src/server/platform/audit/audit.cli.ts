import type { AppContext } from '../../context';
import { findLatestCheckpoint, loadCheckpointKey, verifyCheckpoint } from './checkpoint';
import { verifyChains } from './verify';

/**
 * `tongban audit verify [--chain NAME]`: recomputes every hash chain (or one), lists each break,
 * and checks the latest signed checkpoint against the chains (docs/audit-chain.md). Progress goes
 * to `progress` (stderr), the report to the returned text; `ok` false means a break was found.
 */
export async function runAuditVerify(ctx: AppContext, opts: { chain?: string; progress: (line: string) => void }): Promise<{ ok: boolean; text: string }> {
  let shown = -1;
  const report = await verifyChains(ctx.db, {
    region: null,
    chain: opts.chain,
    onProgress: (done, total) => {
      const pct = Math.floor((done / total) * 100);
      if (pct >= shown + 10 || done === total) {
        shown = pct;
        opts.progress(`checked ${done.toLocaleString('en')} / ${total.toLocaleString('en')} chains (${pct}%) / 已校验`);
      }
    },
  });
  if (!report) return { ok: false, text: `no such chain: ${opts.chain} / 无此哈希链` };
  const lines = [`chains 链: ${report.chains.toLocaleString('en')}, events 事件: ${report.rows.toLocaleString('en')}`];
  for (const b of report.broken) {
    for (const p of b.problems) lines.push(`BROKEN 断链 ${b.chain} ${JSON.stringify(p)}`);
  }
  for (const c of report.missingChains) lines.push(`MISSING 缺失 ${c}: the record exists but its chain is gone / 记录存在但哈希链已被删除`);
  let ok = report.ok;
  const checkpoint = opts.chain ? undefined : await findLatestCheckpoint(ctx.db);
  if (checkpoint) {
    const c = await verifyCheckpoint(ctx.db, checkpoint, loadCheckpointKey(ctx.config));
    ok &&= c.ok;
    lines.push(
      `checkpoint 检查点 #${checkpoint.id} (${checkpoint.createdAt}): ${c.ok ? 'ok 一致' : 'FAILED 不一致'} — signature ${c.signatureValid ? 'valid' : 'INVALID'}, key ${c.keyMatches ? 'matches' : 'DIFFERS'}, ${c.missing.length} head(s) missing, ${c.changed.length} changed`,
    );
  }
  lines.push(ok ? 'ok: every chain verifies / 全部哈希链校验通过' : 'FAILED: the audit log has been altered / 审计日志已被篡改');
  return { ok, text: lines.join('\n') };
}
