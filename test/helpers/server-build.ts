import { ensureServerBuilt } from '../../bin/server-build.js';

/** Tests that run `bin/tongban.js` as a person would find the compiled server built once, here, not by each process at once. */
export default async function setup(): Promise<void> {
  await ensureServerBuilt((msg) => console.log(`[tests] ${msg}`));
}
