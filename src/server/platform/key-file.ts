import fs from 'node:fs';
import path from 'node:path';

/**
 * A secret kept in `<data dir>/keys/<name>` (mode 0600), made by `make` the first time. Two
 * nodes starting at once cannot both write it: the loser reads the winner's. A cluster sets the
 * secret in its configuration instead, so every node holds the same one.
 */
export function readOrCreateKeyFile(dataDir: string, name: string, make: () => string): string {
  const file = path.join(dataDir, 'keys', name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
    try {
      fs.writeFileSync(file, `${make()}\n`, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return fs.readFileSync(file, 'utf8').trim();
}
