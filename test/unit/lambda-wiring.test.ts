import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../shared/config.js';
import { CONFIG_SEAL_VARIABLE, configSeal } from '../../shared/config-seal.js';
import { ConfigError } from '../../shared/errors.js';
import { parseFeedMessage } from '../../shared/handlers/poll.js';
import type { Logger } from '../../shared/ports/logger.js';
import { configFromEnv } from '../../shared/wiring/aws-env.js';
import { lazyLogger } from '../../shared/wiring/lazy-logger.js';

const FEED = { url: 'https://example.org/rss.xml', name: 'Example' };

describe('configFromEnv', () => {
  it('takes a sealed configuration as the stack validated it', async () => {
    const json = JSON.stringify(parseConfig({ feeds: [FEED] }));
    const config = await configFromEnv({
      BORDERWATCH_CONFIG: json,
      [CONFIG_SEAL_VARIABLE]: configSeal(json),
    });
    expect(config).toEqual(JSON.parse(json));
  });

  it('validates a configuration edited after its seal, naming the bad field', async () => {
    const sealed = JSON.stringify(parseConfig({ feeds: [FEED] }));
    const edited = sealed.replace('https://example.org/rss.xml', 'ftp://example.org/rss.xml');
    await expect(
      configFromEnv({ BORDERWATCH_CONFIG: edited, [CONFIG_SEAL_VARIABLE]: configSeal(sealed) }),
    ).rejects.toThrow(/feeds\[0\]\.url/);
  });

  it('validates and completes an unsealed configuration', async () => {
    const config = await configFromEnv({ BORDERWATCH_CONFIG: JSON.stringify({ feeds: [FEED] }) });
    expect(config).toEqual(parseConfig({ feeds: [FEED] }));
    await expect(configFromEnv({ BORDERWATCH_CONFIG: '{"feed": []}' })).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('parseFeedMessage', () => {
  it('answers a message the dispatcher wrote from the configuration with that configured feed', async () => {
    const configured = new Map([[JSON.stringify(FEED), FEED]]);
    await expect(parseFeedMessage(JSON.stringify(FEED), configured)).resolves.toBe(FEED);
  });

  it('validates any other message', async () => {
    await expect(parseFeedMessage(JSON.stringify({ url: 'https://other.example/feed' }))).resolves.toEqual({
      url: 'https://other.example/feed',
    });
    await expect(parseFeedMessage(JSON.stringify({ url: 'file:///etc/passwd' }))).rejects.toThrow(
      /not a feed/,
    );
  });
});

describe('lazyLogger', () => {
  it('loads the logger on the first line and writes every line, in order, once loaded', async () => {
    const lines: string[] = [];
    let loads = 0;
    const recording: Logger = {
      debug: (m) => lines.push(`debug ${m}`),
      info: (m, extra) => lines.push(`info ${m} ${JSON.stringify(extra)}`),
      warn: (m) => lines.push(`warn ${m}`),
      error: (m) => lines.push(`error ${m}`),
    };
    const logger = lazyLogger(async () => {
      loads++;
      return recording;
    });
    expect(loads).toBe(0);

    logger.info('first', { n: 1 });
    logger.warn('second');
    await logger.settled();
    logger.error('third');

    expect(loads).toBe(1);
    expect(lines).toEqual(['info first {"n":1}', 'warn second', 'error third']);
  });
});
