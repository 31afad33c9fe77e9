import path from 'node:path';
import { z } from 'zod';

const boolFromEnv = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

/**
 * Every environment variable the server reads, in one schema. Each is documented in the README
 * ("Configuration"); add new ones there too.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  TONGBAN_DATA_DIR: z.string().min(1).default('./data'),
  TONGBAN_DEMO: boolFromEnv.optional(),
  TONGBAN_COOKIE_SECURE: boolFromEnv.default(false),
  TONGBAN_SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(7 * 24 * 60).default(480),
  TONGBAN_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TONGBAN_LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  TONGBAN_UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(10),
  TONGBAN_JOBS: boolFromEnv.default(true),
  TONGBAN_JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = Readonly<{
  port: number;
  host: string;
  env: 'development' | 'production' | 'test';
  databaseUrl: string | undefined;
  dataDir: string;
  /** Load demo accounts and data. Default: on, except in production. */
  demo: boolean;
  cookieSecure: boolean;
  sessionIdleMinutes: number;
  loginMaxFailures: number;
  loginLockMinutes: number;
  /** Largest uploaded material, in MB. */
  uploadMaxMb: number;
  jobs: boolean;
  jobPollMs: number;
  logLevel: string;
}>;

/** A bad environment variable: the message names every variable that is wrong and why. */
export class ConfigError extends Error {}

/** Parses the environment once into a frozen Config, or throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`PORT=` in a .env or compose file) means unset: PORT='' would otherwise
  // coerce to 0 and the server would listen on a random port.
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration / 配置有误:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    env: e.NODE_ENV,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.TONGBAN_DATA_DIR),
    demo: e.TONGBAN_DEMO ?? e.NODE_ENV !== 'production',
    cookieSecure: e.TONGBAN_COOKIE_SECURE,
    sessionIdleMinutes: e.TONGBAN_SESSION_IDLE_MINUTES,
    loginMaxFailures: e.TONGBAN_LOGIN_MAX_FAILURES,
    loginLockMinutes: e.TONGBAN_LOGIN_LOCK_MINUTES,
    uploadMaxMb: e.TONGBAN_UPLOAD_MAX_MB,
    jobs: e.TONGBAN_JOBS,
    jobPollMs: e.TONGBAN_JOB_POLL_MS,
    logLevel: e.LOG_LEVEL,
  });
}
