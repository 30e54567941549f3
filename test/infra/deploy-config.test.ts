import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBorderwatchApp } from '../../infra/borderwatch-app.js';
import { type ContextSource, readDeployConfig, runtimeConfigJson } from '../../infra/deploy-config.js';
import { parseConfig } from '../../shared/config.js';
import { ConfigError } from '../../shared/errors.js';
import { ROOT } from './synth.js';

/** Context as `-c key=value` gives it (strings), plus CDK's own keys that must be left alone. */
function context(values: Record<string, unknown>): ContextSource {
  const all = { '@aws-cdk/core:checkSecretUsage': true, 'acknowledged-issue-numbers': [34892], ...values };
  return {
    tryGetContext: (key) => all[key as keyof typeof all],
    getAllContext: () => all,
  };
}

function configFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'borderwatch-config-'));
  const path = join(dir, 'borderwatch.config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readDeployConfig', () => {
  it('reads the example config file and fills in every default', () => {
    const { config, settings, configFile } = readDeployConfig(
      context({ config: 'borderwatch.config.example.json' }),
      ROOT,
    );
    expect(configFile).toBe(join(ROOT, 'borderwatch.config.example.json'));
    expect(config.feeds.length).toBeGreaterThan(0);
    expect(config.subscribers.map((s) => s.email ?? s.phone)).toEqual([
      'desk@example.org',
      'afghan-border@example.org',
      '+992900000000',
    ]);
    expect(settings).toEqual({
      stackName: 'Borderwatch',
      operatorEmails: [],
      retain: true,
      logRetentionDays: 30,
      smsSpendAlarmUsd: 0.8,
    });
  });

  it('lets command-line values override the file, converting numbers', () => {
    const path = configFile({
      feeds: [{ url: 'https://news.example/rss' }],
      alerts: { killed: 5, casualties: 12 },
    });
    const { config } = readDeployConfig(
      context({ config: path, rateMinutes: '15', killedThreshold: '3', silenceFactor: '4.5' }),
    );
    expect(config.schedule.rateMinutes).toBe(15);
    expect(config.alerts.killed).toBe(3);
    // Untouched file values stay.
    expect(config.alerts.casualties).toBe(12);
    expect(config.health.silenceFactor).toBe(4.5);
  });

  it('takes feeds, emails and phones as comma-separated lists; subscribers given so replace the file’s', () => {
    const path = configFile({ subscribers: [{ email: 'old@example.org', borders: ['tajik-uzbek'] }] });
    const { config } = readDeployConfig(
      context({
        config: path,
        feeds: 'https://a.example/rss, https://b.example/feed.xml',
        emails: 'desk@example.org,editor@example.org',
        phones: '+992900000001',
      }),
    );
    expect(config.feeds).toEqual([{ url: 'https://a.example/rss' }, { url: 'https://b.example/feed.xml' }]);
    expect(config.subscribers).toEqual([
      { email: 'desk@example.org' },
      { email: 'editor@example.org' },
      { phone: '+992900000001' },
    ]);
  });

  it('accepts lists and numbers as cdk.json holds them', () => {
    const { config, settings } = readDeployConfig(
      context({
        feeds: ['https://a.example/rss'],
        rateMinutes: 30,
        operatorEmails: ['ops@example.org'],
        retain: false,
      }),
    );
    expect(config.feeds).toEqual([{ url: 'https://a.example/rss' }]);
    expect(config.schedule.rateMinutes).toBe(30);
    expect(settings.operatorEmails).toEqual(['ops@example.org']);
    expect(settings.retain).toBe(false);
  });

  it('reads deployment settings from context', () => {
    const { settings } = readDeployConfig(
      context({
        stackName: 'BorderwatchDev',
        operatorEmails: 'ops@example.org, oncall@example.org',
        retain: 'false',
        logRetentionDays: '90',
        smsSpendAlarmUsd: '4.5',
      }),
    );
    expect(settings).toEqual({
      stackName: 'BorderwatchDev',
      operatorEmails: ['ops@example.org', 'oncall@example.org'],
      retain: false,
      logRetentionDays: 90,
      smsSpendAlarmUsd: 4.5,
    });
  });

  it.each([
    [{ rateMinutes: 'often' }, 'schedule.rateMinutes', '-c rateMinutes'],
    [{ rateMinutes: '0' }, 'schedule.rateMinutes', '-c rateMinutes'],
    [{ killedThreshold: '2.5' }, 'alerts.killed', '-c killedThreshold'],
    [{ feeds: 'https://ok.example/rss,ftp://files.example/feed' }, 'feeds[1].url', '-c feeds'],
    [{ emails: 'desk@example.org,not-an-address' }, 'subscribers[1].email', '-c emails'],
    [{ phones: '992900000000' }, 'subscribers[0].phone', '-c phones'],
    [{ logRetentionDays: '31' }, 'logRetentionDays', '-c logRetentionDays'],
    [{ operatorEmails: 'ops@' }, 'operatorEmails[0]', '-c operatorEmails'],
    [{ retain: 'maybe' }, 'retain', '-c retain'],
    [{ stackName: '1borderwatch' }, 'stackName', '-c stackName'],
  ])('rejects %o naming the field %s and where it was set', (values, field, source) => {
    const error = errorOf(() => readDeployConfig(context(values)));
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(error.message).toContain(source);
  });

  it('names the field and the file for a bad value in the config file', () => {
    const path = configFile({ feeds: [{ url: 'https://a.example/rss' }], alerts: { windowDays: 400 } });
    const error = errorOf(() => readDeployConfig(context({ config: path })));
    expect(error.field).toBe('alerts.windowDays');
    expect(error.message).toContain(path);
  });

  it('names a misspelt key in the config file', () => {
    const path = configFile({ feed: [{ url: 'https://a.example/rss' }] });
    expect(errorOf(() => readDeployConfig(context({ config: path }))).field).toBe('feed');
  });

  it('rejects a context key it does not know, so a typo is not silently ignored', () => {
    const error = errorOf(() => readDeployConfig(context({ rateMinute: '5' })));
    expect(error.field).toBe('rateMinute');
    expect(error.message).toContain('rateMinutes');
  });

  it('says when the config file is missing or is not JSON', () => {
    expect(
      errorOf(() => readDeployConfig(context({ config: '/nonexistent/borderwatch.json' }))).message,
    ).toMatch(/^config: cannot read the config file/);
    expect(errorOf(() => readDeployConfig(context({ config: configFile('{"feeds": [') }))).message).toContain(
      'is not valid JSON',
    );
    expect(errorOf(() => readDeployConfig(context({ config: configFile('[]') }))).message).toContain(
      'must hold a JSON object',
    );
  });

  it('rejects an address subscribed twice', () => {
    const error = errorOf(() => readDeployConfig(context({ emails: 'Desk@example.org,desk@example.org' })));
    expect(error.field).toBe('subscribers[1].email');
  });
});

describe('runtimeConfigJson', () => {
  it('round-trips through parseConfig without the subscribers', () => {
    const { config } = readDeployConfig(context({ config: 'borderwatch.config.example.json' }), ROOT);
    const runtime = parseConfig(JSON.parse(runtimeConfigJson(config)));
    expect(runtime).toEqual({ ...config, subscribers: [] });
  });
});

describe('synth with a bad value', () => {
  it('fails before any resource is built, naming the field', () => {
    const error = errorOf(() => createBorderwatchApp({ context: { rateMinutes: '1441' } }));
    expect(error.message).toMatch(/^schedule\.rateMinutes: .*\(set with -c rateMinutes\)$/);
  });

  it('makes the app exit 1 with one line naming the field, without a stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'infra/app.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      // How the CDK CLI hands `-c` values to the app.
      env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify({ emails: 'desk@example.org,nobody' }) },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'Invalid Borderwatch configuration: subscribers[1].email: expected an email address (set with -c emails)',
    );
  });
});
