import fs from 'node:fs';
import path from 'node:path';

/**
 * PGlite is a database inside one process: two processes opening the same data directory would
 * corrupt it. A pid file next to the directory keeps a second process (a CLI command while the
 * server runs) out; a stale file from a crashed process is taken over.
 */
export class PgliteBusyError extends Error {}

export function acquirePgliteLock(dataDir: string): () => void {
  const file = path.join(path.dirname(dataDir), `${path.basename(dataDir)}.lock`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) {
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new PgliteBusyError(
        `the embedded database ${dataDir} is in use by process ${pid} (stop the server first) / 内嵌数据库正被进程 ${pid} 使用，请先停止服务`,
      );
    }
  }
  fs.writeFileSync(file, String(process.pid));
  return () => {
    try {
      if (fs.readFileSync(file, 'utf8').trim() === String(process.pid)) fs.unlinkSync(file);
    } catch {
      // already gone
    }
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
