import type { AppContext } from '../../context';
import type { Actor } from '../auth/roles';

/**
 * Who besides its owner may read a file is decided by the modules that use files (a case's staff
 * may read its materials). Each module registers one rule under its own name; the file route asks
 * them in turn. Keyed by name, so registering again (a second app in one process) replaces.
 */
export type FileAccessRule = (ctx: AppContext, actor: Actor, fileId: string) => Promise<boolean>;

const rules = new Map<string, FileAccessRule>();

/** Registers (or replaces) a module's rule. */
export function registerFileAccessRule(name: string, rule: FileAccessRule): void {
  rules.set(name, rule);
}

/** Whether any module's rule lets the actor read the file. */
export async function mayReadFile(ctx: AppContext, actor: Actor, fileId: string): Promise<boolean> {
  for (const rule of rules.values()) if (await rule(ctx, actor, fileId)) return true;
  return false;
}
