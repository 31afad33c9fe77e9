import type { SimulateProgress } from './simulate';

/**
 * The progress of `tongban simulate` on stderr: on a terminal one line rewritten in place (cases
 * done of the total, share, rate, time left), at most five times a second; otherwise (a log file, CI)
 * one line at every tenth of the way.
 */
export function progressBar(out: { isTTY?: boolean; write(s: string): unknown }, total: number): { update(p: SimulateProgress): void; end(): void } {
  const tty = !!out.isTTY;
  let shownTenth = 0;
  let lastDraw = 0;
  let drawn = false;
  return {
    update(p) {
      const line = describe(p);
      if (tty) {
        const t = Date.now();
        if (t - lastDraw < 200 && p.done < p.total) return;
        lastDraw = t;
        const width = 24;
        const filled = Math.round((p.done / p.total) * width);
        out.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line}`);
        drawn = true;
        return;
      }
      const tenth = Math.floor((p.done / p.total) * 10);
      if (tenth > shownTenth) {
        shownTenth = tenth;
        out.write(`${line}\n`);
      }
    },
    end() {
      if (tty && drawn) out.write('\n');
    },
  };

  function describe(p: SimulateProgress): string {
    const rate = p.elapsedMs > 0 ? (p.done * 1000) / p.elapsedMs : 0;
    const left = rate > 0 ? (p.total - p.done) / rate : 0;
    return `${p.done.toLocaleString('en')} / ${total.toLocaleString('en')} cases  ${((p.done / p.total) * 100).toFixed(1)} %  ${Math.round(rate).toLocaleString('en')} cases/s  ETA ${clock(left)}`;
  }
}

/** Seconds as 1h02m03s, 4m05s or 6s. */
function clock(seconds: number): string {
  const s = Math.round(seconds);
  const [h, m, r] = [Math.floor(s / 3600), Math.floor((s % 3600) / 60), s % 60];
  return h ? `${h}h${String(m).padStart(2, '0')}m${String(r).padStart(2, '0')}s` : m ? `${m}m${String(r).padStart(2, '0')}s` : `${r}s`;
}
