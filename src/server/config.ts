import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

const boolFromEnv = z.enum(['1', '0', 'true', 'false', 'yes', 'no', '']).transform((v) => v === '1' || v === 'true' || v === 'yes');

/** proxy-addr's names for address ranges, accepted in address lists. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** `10.0.0.0/8`, `::1`, `loopback`: an address, a CIDR block or a named range. */
function isAddressOrCidr(v: string): boolean {
  if (RANGE_NAMES.has(v)) return true;
  const [addr, bits, extra] = v.split('/');
  const family = isIP(addr ?? '');
  if (!family || extra !== undefined) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/** A comma list of addresses / CIDR blocks (empty list for ''). */
const addressList = (what: string) =>
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every(isAddressOrCidr), { message: `${what}: a comma list of IP addresses or CIDR blocks (e.g. 10.0.0.0/8,127.0.0.1)` });

/**
 * Which proxies may tell us the client address (X-Forwarded-For): unset trusts nobody, so a
 * client cannot pick its own address for the rate limits; a hop count (`1`) trusts that many
 * proxies in front; an address/CIDR list trusts those proxies only.
 */
const trustProxySchema = z.union([
  z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number),
  addressList('TONGBAN_TRUST_PROXY: a hop count (1) or'),
]);

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
  TONGBAN_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(480),
  TONGBAN_LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  TONGBAN_LOGIN_LOCK_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(15),
  TONGBAN_UPLOAD_MAX_MB: z.coerce.number().positive().max(1024).default(10),
  TONGBAN_TRUST_PROXY: trustProxySchema.optional(),
  TONGBAN_METRICS_ALLOW: addressList('TONGBAN_METRICS_ALLOW').default(['loopback']),
  TONGBAN_UPLOAD_DAILY_MB: z.coerce.number().positive().max(100_000).default(200),
  TONGBAN_UPLOAD_DAILY_COUNT: z.coerce.number().int().min(1).max(100_000).default(200),
  TONGBAN_CHECKPOINT_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/, 'the SM2 private key of audit checkpoints: 64 hex digits')
    .optional(),
  TONGBAN_VERIFY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(300),
  TONGBAN_SEAL_KEY: z.string().min(32, 'the key that seals e-seal private keys at rest: at least 32 characters').optional(),
  TONGBAN_JOBS: boolFromEnv.default(true),
  TONGBAN_JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  TONGBAN_DB_POOL: z.coerce.number().int().min(2).max(200).default(10),
  TONGBAN_HEAVY_CONCURRENCY: z.coerce.number().int().min(1).max(100).optional(),
  TONGBAN_HEAVY_WAIT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  TONGBAN_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  TONGBAN_RECTIFICATION_WORKDAYS: z.coerce.number().int().min(1).max(60).default(15),
  TONGBAN_RATING_DEFAULT_DAYS: z.coerce.number().int().min(0).max(60).default(0),
  TONGBAN_RATING_LINK_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TONGBAN_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'the address people open the site at, e.g. https://zwfw.baotou.gov.cn' })
    .transform((v) => v.replace(/\/+$/, ''))
    .optional(),
  TONGBAN_ORDER_ESCALATION_WORKDAYS: z.coerce.number().int().min(1).max(30).default(2),
  TONGBAN_APPOINTMENT_CUTOFF_HOURS: z.coerce.number().int().min(0).max(72).default(2),
  TONGBAN_NO_SHOW_LIMIT: z.coerce.number().int().min(1).max(20).default(3),
  TONGBAN_NO_SHOW_WINDOW_DAYS: z.coerce.number().int().min(1).max(365).default(90),
  TONGBAN_NO_SHOW_BLOCK_DAYS: z.coerce.number().int().min(0).max(365).default(30),
  TONGBAN_PAYMENT_GATEWAY: z.enum(['local', 'none']).optional(),
  TONGBAN_PAYMENT_LOCAL_SECRET: z.string().min(32, 'the local payment gateway’s notification secret: at least 32 characters').optional(),
  TONGBAN_PAYMENT_DUE_WORKDAYS: z.coerce.number().int().min(1).max(60).default(10),
  TONGBAN_PAYMENT_CHECKOUT_MINUTES: z.coerce.number().int().min(5).max(1440).default(30),
  TONGBAN_PAYMENT_NOTIFY_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(600),
  TONGBAN_QUEUE_TAKE_LIMIT: z.coerce.number().int().min(1).max(1_000_000).default(120),
  TONGBAN_QUEUE_SERVICE_MINUTES: z.coerce.number().int().min(1).max(120).default(8),
  TONGBAN_QUEUE_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(15),
  TONGBAN_KIOSK_CARD_READER: z.enum(['local', 'none']).optional(),
  TONGBAN_PRINT_SPOOL: z.string().min(1).optional(),
  /** A training or demonstration clock: "now" starts at this instant and runs on (docs/decisions.md D31). Never in production. */
  TONGBAN_CLOCK_START: z
    .string()
    .refine((v) => v === '' || (!Number.isNaN(Date.parse(v)) && /T\d{2}:\d{2}/.test(v)), 'an ISO 8601 instant, e.g. 2026-12-07T17:40:00+08:00')
    .optional()
    .transform((v) => (v ? new Date(v) : undefined)),
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
  /** Fastify's trustProxy: false (nobody), a hop count, or the trusted proxies' addresses/CIDRs. */
  trustProxy: false | number | readonly string[];
  /** Addresses / CIDR blocks that may read /metrics without an admin session (default loopback). */
  metricsAllow: readonly string[];
  /** What one user may upload in 24 hours: megabytes and files. */
  uploadDailyMb: number;
  uploadDailyCount: number;
  /** SM2 private key (hex) that signs audit checkpoints; unset: a key file under the data dir. */
  checkpointKey: string | undefined;
  /** Seals e-seal private keys at rest; unset: a key file under the data dir (docs/decisions.md D17). */
  sealKey: string | undefined;
  /** E-licence verifications one address may ask for in ten minutes. */
  verifyLimit: number;
  jobs: boolean;
  jobPollMs: number;
  /** Connections in the PostgreSQL pool. */
  dbPoolSize: number;
  /** Heavy reads (lists, reports, exports) one node runs at once; undefined: 2 on PGlite, a third of the pool on PostgreSQL. */
  heavyConcurrency: number | undefined;
  /** How long a heavy read waits for its turn before 503 BUSY. */
  heavyWaitMs: number;
  /** PostgreSQL cancels a statement running longer than this (0 = never); see docs/architecture.md, "Isolation". */
  statementTimeoutMs: number;
  /** Working days a department has for the return visit and rectification of a 差评 (docs/domain.md S9). */
  rectificationWorkdays: number;
  /** Days after which an unrated finished case is rated 满意 by the system, marked as defaulted; 0 (the default): never. */
  ratingDefaultDays: number;
  /** Days a rating link sent by SMS stays usable (docs/domain.md §10, 12345 tickets). */
  ratingLinkDays: number;
  /** The site's public address, without a trailing slash, for links in SMS; default http://localhost:PORT. */
  publicUrl: string;
  /** Working days after a supervision order's escalation to the department head before it goes to the city leadership (docs/domain.md S25). */
  orderEscalationWorkdays: number;
  /** Hours before an appointment after which it can no longer be cancelled or rescheduled (docs/decisions.md D28). */
  appointmentCutoffHours: number;
  /** No-shows within `noShowWindowDays` that suspend booking for `noShowBlockDays` (0 days: never suspended). */
  noShowLimit: number;
  noShowWindowDays: number;
  noShowBlockDays: number;
  /** Queue tickets one address (a hall's kiosk) may take in ten minutes (docs/decisions.md D29). */
  queueTakeLimit: number;
  /** The service time a queue's wait estimate assumes before a group has finished any ticket today. */
  queueServiceMinutes: number;
  /** Seconds between the hall screen stream's heartbeats. */
  queueHeartbeatSeconds: number;
  /** Where a training or demonstration clock starts; undefined: the system's time. */
  clockStart: Date | undefined;
  /** The kiosks' card reader (docs/decisions.md D32): `local`, the demo reader of the demo residents' cards, or none (the vendor's reader in the kiosk's page). */
  kioskCardReader: 'local' | 'none';
  /** The hot folder printed documents go to, one folder per printer (docs/decisions.md D34). */
  printSpoolDir: string;
  /** The gateway new payments start at (docs/decisions.md D30): the local one, or none (pay at a window only); a deployment's own gateway by its code. */
  paymentGateway: string | null;
  /** The secret the local gateway signs its notifications with; unset: a key file in the data directory. */
  paymentLocalSecret: string | undefined;
  /** Working days a payment order gives the payer (缴款期限). */
  paymentDueWorkdays: number;
  /** Minutes a started payment stays open at the gateway's cashier. */
  paymentCheckoutMinutes: number;
  /** Gateway notifications one address may post per minute (the endpoint needs no session). */
  paymentNotifyLimit: number;
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
    trustProxy: trustProxyOf(e.TONGBAN_TRUST_PROXY),
    metricsAllow: Object.freeze(e.TONGBAN_METRICS_ALLOW),
    uploadDailyMb: e.TONGBAN_UPLOAD_DAILY_MB,
    uploadDailyCount: e.TONGBAN_UPLOAD_DAILY_COUNT,
    checkpointKey: e.TONGBAN_CHECKPOINT_KEY?.toLowerCase(),
    sealKey: e.TONGBAN_SEAL_KEY,
    verifyLimit: e.TONGBAN_VERIFY_LIMIT,
    jobs: e.TONGBAN_JOBS,
    jobPollMs: e.TONGBAN_JOB_POLL_MS,
    dbPoolSize: e.TONGBAN_DB_POOL,
    heavyConcurrency: e.TONGBAN_HEAVY_CONCURRENCY,
    heavyWaitMs: e.TONGBAN_HEAVY_WAIT_MS,
    statementTimeoutMs: e.TONGBAN_STATEMENT_TIMEOUT_MS,
    rectificationWorkdays: e.TONGBAN_RECTIFICATION_WORKDAYS,
    ratingDefaultDays: e.TONGBAN_RATING_DEFAULT_DAYS,
    ratingLinkDays: e.TONGBAN_RATING_LINK_DAYS,
    publicUrl: e.TONGBAN_PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    orderEscalationWorkdays: e.TONGBAN_ORDER_ESCALATION_WORKDAYS,
    appointmentCutoffHours: e.TONGBAN_APPOINTMENT_CUTOFF_HOURS,
    noShowLimit: e.TONGBAN_NO_SHOW_LIMIT,
    noShowWindowDays: e.TONGBAN_NO_SHOW_WINDOW_DAYS,
    noShowBlockDays: e.TONGBAN_NO_SHOW_BLOCK_DAYS,
    paymentGateway: (e.TONGBAN_PAYMENT_GATEWAY ?? (e.NODE_ENV === 'production' ? 'none' : 'local')) === 'none' ? null : (e.TONGBAN_PAYMENT_GATEWAY ?? 'local'),
    paymentLocalSecret: e.TONGBAN_PAYMENT_LOCAL_SECRET,
    paymentDueWorkdays: e.TONGBAN_PAYMENT_DUE_WORKDAYS,
    paymentCheckoutMinutes: e.TONGBAN_PAYMENT_CHECKOUT_MINUTES,
    paymentNotifyLimit: e.TONGBAN_PAYMENT_NOTIFY_LIMIT,
    queueTakeLimit: e.TONGBAN_QUEUE_TAKE_LIMIT,
    queueServiceMinutes: e.TONGBAN_QUEUE_SERVICE_MINUTES,
    queueHeartbeatSeconds: e.TONGBAN_QUEUE_HEARTBEAT_SECONDS,
    clockStart: e.TONGBAN_CLOCK_START,
    kioskCardReader: e.TONGBAN_KIOSK_CARD_READER ?? (e.DATABASE_URL || e.NODE_ENV === 'production' ? 'none' : 'local'),
    printSpoolDir: path.resolve(e.TONGBAN_PRINT_SPOOL ?? path.join(e.TONGBAN_DATA_DIR, 'print-spool')),
    logLevel: e.LOG_LEVEL,
  });
}

function trustProxyOf(v: number | string[] | undefined): Config['trustProxy'] {
  if (v === undefined || v === 0) return false;
  if (typeof v === 'number') return v;
  return v.length ? Object.freeze(v) : false;
}
