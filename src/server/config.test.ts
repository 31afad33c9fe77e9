import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error(`no ConfigError for ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  // toMatchObject: modules add variables of their own (each with its own test); these are the platform's.
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      env: 'development',
      databaseUrl: undefined,
      dataDir: path.resolve('./data'),
      demo: true,
      cookieSecure: false,
      sessionIdleMinutes: 480,
      loginMaxFailures: 5,
      loginLockMinutes: 15,
      uploadMaxMb: 10,
      jobs: true,
      jobPollMs: 1000,
      logLevel: 'info',
    });
    expect(Object.isFrozen(c)).toBe(true);
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      DATABASE_URL: 'postgresql://u:p@db:5432/tongban',
      TONGBAN_DATA_DIR: '/var/lib/tongban',
      TONGBAN_DEMO: '0',
      TONGBAN_COOKIE_SECURE: 'true',
      TONGBAN_SESSION_IDLE_MINUTES: '30',
      TONGBAN_LOGIN_MAX_FAILURES: '3',
      TONGBAN_LOGIN_LOCK_MINUTES: '60',
      TONGBAN_JOBS: 'no',
      TONGBAN_JOB_POLL_MS: '250',
      TONGBAN_TRUST_PROXY: '10.0.0.1',
      TONGBAN_METRICS_ALLOW: '10.0.0.2',
      TONGBAN_UPLOAD_DAILY_MB: '20',
      TONGBAN_UPLOAD_DAILY_COUNT: '30',
      TONGBAN_CHECKPOINT_KEY: 'a'.repeat(64),
      LOG_LEVEL: 'warn',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      env: 'test',
      databaseUrl: 'postgresql://u:p@db:5432/tongban',
      dataDir: '/var/lib/tongban',
      demo: false,
      cookieSecure: true,
      sessionIdleMinutes: 30,
      loginMaxFailures: 3,
      loginLockMinutes: 60,
      jobs: false,
      jobPollMs: 250,
      trustProxy: ['10.0.0.1'],
      metricsAllow: ['10.0.0.2'],
      uploadDailyMb: 20,
      uploadDailyCount: 30,
      checkpointKey: 'a'.repeat(64),
      logLevel: 'warn',
    });
  });

  it('resolves a relative data dir to an absolute path', () => {
    expect(loadConfig({ TONGBAN_DATA_DIR: 'some/dir' }).dataDir).toBe(path.resolve('some/dir'));
  });

  it('treats an empty variable as unset', () => {
    const c = loadConfig({ PORT: '', DATABASE_URL: '', HOST: '', TONGBAN_DEMO: '', LOG_LEVEL: '' });
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.demo).toBe(true);
    expect(c.logLevel).toBe('info');
  });

  it.each(['abc', '70000', '-1', '3.5', '80 80'])('refuses PORT=%s with a ConfigError naming PORT', (value) => {
    const e = configError({ PORT: value });
    expect(e.message).toMatch(/^\s+PORT: /m);
    expect(e.message).not.toMatch(/DATABASE_URL/);
  });

  it.each(['mysql://db/tongban', 'localhost:5432', 'postgres:/x', 'file:///data'])('refuses DATABASE_URL=%s with a ConfigError naming it', (value) => {
    const e = configError({ DATABASE_URL: value });
    expect(e.message).toMatch(/^\s+DATABASE_URL: must start with postgres:\/\/ or postgresql:\/\//m);
  });

  it('names every bad variable at once', () => {
    const e = configError({ PORT: 'x', DATABASE_URL: 'mysql://x', NODE_ENV: 'staging', TONGBAN_DEMO: 'maybe', TONGBAN_SESSION_IDLE_MINUTES: '1' });
    for (const name of ['PORT', 'DATABASE_URL', 'NODE_ENV', 'TONGBAN_DEMO', 'TONGBAN_SESSION_IDLE_MINUTES'])
      expect(e.message).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
    expect(e.message).toMatch(/^Invalid configuration \/ 配置有误/);
  });

  it('reads a training clock’s start as an instant, and refuses a date alone or nonsense', () => {
    expect(loadConfig({}).clockStart).toBeUndefined();
    expect(loadConfig({ TONGBAN_CLOCK_START: '' }).clockStart).toBeUndefined();
    expect(loadConfig({ TONGBAN_CLOCK_START: '2026-12-07T17:40:00+08:00' }).clockStart?.toISOString()).toBe('2026-12-07T09:40:00.000Z');
    for (const bad of ['2026-12-07', 'tomorrow evening', '2026-13-40T25:00:00Z'])
      expect(configError({ TONGBAN_CLOCK_START: bad }).message).toMatch(/^\s+TONGBAN_CLOCK_START: an ISO 8601 instant/m);
  });

  it('accepts PORT=0 (any free port) and the largest port', () => {
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({ PORT: '65535' }).port).toBe(65535);
  });

  describe('TONGBAN_TRUST_PROXY', () => {
    it('trusts nobody when unset or empty', () => {
      expect(loadConfig({}).trustProxy).toBe(false);
      expect(loadConfig({ TONGBAN_TRUST_PROXY: '' }).trustProxy).toBe(false);
      expect(loadConfig({ TONGBAN_TRUST_PROXY: '0' }).trustProxy).toBe(false);
    });
    it('reads a hop count or a list of addresses and CIDR blocks', () => {
      expect(loadConfig({ TONGBAN_TRUST_PROXY: '2' }).trustProxy).toBe(2);
      expect(loadConfig({ TONGBAN_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,fd00::/8,loopback' }).trustProxy).toEqual([
        '10.0.0.0/8',
        '127.0.0.1',
        '::1',
        'fd00::/8',
        'loopback',
      ]);
    });
    it.each(['true', 'everyone', '10.0.0.0/33', '300.1.1.1', '10.0.0.1/8/1', '*'])('refuses %s naming the variable', (value) => {
      expect(configError({ TONGBAN_TRUST_PROXY: value }).message).toMatch(/^\s+TONGBAN_TRUST_PROXY: /m);
    });
  });

  it('reads the metrics allow-list and the daily upload quota', () => {
    expect(loadConfig({})).toMatchObject({ metricsAllow: ['loopback'], uploadDailyMb: 200, uploadDailyCount: 200 });
    expect(loadConfig({ TONGBAN_METRICS_ALLOW: '10.1.0.0/16,::1', TONGBAN_UPLOAD_DAILY_MB: '50', TONGBAN_UPLOAD_DAILY_COUNT: '20' })).toMatchObject({
      metricsAllow: ['10.1.0.0/16', '::1'],
      uploadDailyMb: 50,
      uploadDailyCount: 20,
    });
    expect(configError({ TONGBAN_METRICS_ALLOW: 'everyone' }).message).toMatch(/^\s+TONGBAN_METRICS_ALLOW: /m);
    expect(configError({ TONGBAN_UPLOAD_DAILY_COUNT: '0' }).message).toMatch(/^\s+TONGBAN_UPLOAD_DAILY_COUNT: /m);
  });

  it('reads TONGBAN_CHECKPOINT_KEY (64 hex digits) and refuses anything else', () => {
    expect(loadConfig({}).checkpointKey).toBeUndefined();
    expect(loadConfig({ TONGBAN_CHECKPOINT_KEY: 'AB'.repeat(32) }).checkpointKey).toBe('ab'.repeat(32));
    expect(configError({ TONGBAN_CHECKPOINT_KEY: 'abc' }).message).toMatch(/^\s+TONGBAN_CHECKPOINT_KEY: /m);
  });

  describe('demo data', () => {
    it.each([
      [{}, true],
      [{ NODE_ENV: 'development' }, true],
      [{ NODE_ENV: 'test' }, true],
      [{ NODE_ENV: 'production' }, false],
      [{ NODE_ENV: 'production', TONGBAN_DEMO: '1' }, true],
      [{ NODE_ENV: 'production', TONGBAN_DEMO: 'yes' }, true],
      [{ NODE_ENV: 'production', TONGBAN_DEMO: '0' }, false],
      [{ NODE_ENV: 'development', TONGBAN_DEMO: '0' }, false],
      [{ NODE_ENV: 'development', TONGBAN_DEMO: 'false' }, false],
    ] as Array<[Record<string, string>, boolean]>)('%j → demo %s', (env, demo) => {
      expect(loadConfig(env).demo).toBe(demo);
    });
  });
});
