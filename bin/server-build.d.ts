export const REPO_ROOT: string;
export const SERVER_DIST: string;
export const CLI_ENTRY: string;
export function serverBuildIsStale(): boolean;
export function ensureServerBuilt(log?: (msg: string) => void): Promise<boolean>;
