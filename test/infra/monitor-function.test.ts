import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CREATE_REQUIRE_BANNER, ENTRY_FILE } from '../../infra/bundling/esbuild-code.js';
import { LAMBDA_ENVIRONMENT_LIMIT_BYTES, MonitorFunction } from '../../infra/constructs/monitor-function.js';
import { bundleFunction, FIXTURE_HANDLER, synthesise } from './synth.js';

const RSS_HANDLER = new URL('./fixtures/rss-handler.ts', import.meta.url).pathname;

describe('MonitorFunction bundle', () => {
  let assetDir: string;

  beforeAll(() => {
    assetDir = bundleFunction(RSS_HANDLER);
  });

  it('is one minified ES module without a source map when the handler imports nothing dynamically', () => {
    expect(readdirSync(assetDir)).toEqual([ENTRY_FILE]);
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    // Minified: rss-parser, xml2js and sax bundled (not external) on a few dozen lines (template literals
    // keep theirs); xml2js's unused XML builder is replaced by a stub that says so.
    expect(code.length).toBeGreaterThan(50_000);
    expect(code).toContain('xmlbuilder is not bundled');
    expect(code.split('\n').length).toBeLessThan(100);
    expect(code.startsWith(CREATE_REQUIRE_BANNER)).toBe(true);
  });

  it('keeps non-ASCII text as UTF-8 instead of escapes', () => {
    const code = readFileSync(join(assetDir, 'index.mjs'), 'utf8');
    expect(code).toContain('Пограничники');
  });

  it('runs CommonJS dependencies such as rss-parser from the ESM bundle', () => {
    const url = pathToFileURL(join(assetDir, 'index.mjs')).href;
    const result = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(url)}); console.log(JSON.stringify(await m.handler()));`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      title: 'Пограничники Таджикистана задержали нарушителей',
      items: 1,
    });
  });
});

describe('MonitorFunction environment', () => {
  const build = (environment: Record<string, string>) => {
    const stack = new Stack(new App(), 'EnvTest');
    return new MonitorFunction(stack, 'Dispatch', {
      entry: FIXTURE_HANDLER,
      description: 'env test',
      invocation: {
        kind: 'async',
        failureQueue: new sqs.Queue(stack, 'Failures'),
        maxEventAge: Duration.minutes(10),
      },
      environment,
    });
  };

  it('accepts an environment just under Lambda’s 4 KB', () => {
    const name = 'BORDERWATCH_CONFIG';
    const serviceName = 'POWERTOOLS_SERVICE_NAME'.length + 'borderwatch'.length;
    const fits = 'x'.repeat(LAMBDA_ENVIRONMENT_LIMIT_BYTES - serviceName - name.length);
    expect(() => build({ [name]: fits })).not.toThrow();
  });

  it('fails synth, naming the function and the limit, when one byte more would not fit', () => {
    const name = 'BORDERWATCH_CONFIG';
    const serviceName = 'POWERTOOLS_SERVICE_NAME'.length + 'borderwatch'.length;
    const tooBig = 'x'.repeat(LAMBDA_ENVIRONMENT_LIMIT_BYTES - serviceName - name.length + 1);
    expect(() => build({ [name]: tooBig })).toThrow(
      /EnvTest\/Dispatch: .*4096-byte limit.*BORDERWATCH_CONFIG/,
    );
  });

  it('counts later additions too', () => {
    const fn = build({ BORDERWATCH_CONFIG: 'x'.repeat(3000) });
    expect(() => fn.addEnvironment('EXTRA', 'y'.repeat(1100))).toThrow(/4096-byte limit/);
  });

  it('fails the whole synth with a clear message when the configured feeds outgrow the limit', () => {
    const feeds = Array.from(
      { length: 60 },
      (_, i) => `https://news-outlet-${i}.example/rss/border-incidents.xml`,
    );
    expect(() => synthesise({ feeds: feeds.join(','), operatorEmails: 'ops@example.org' })).toThrow(
      /Borderwatch\/Dispatch: the environment would be about \d+ bytes, over Lambda's 4096-byte limit/,
    );
  });

  it('gives a scheduled function bounded retries, an event-age limit and a failure destination', () => {
    const fn = build({});
    const template = Template.fromStack(Stack.of(fn));
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 600,
      DestinationConfig: {
        OnFailure: { Destination: { 'Fn::GetAtt': [Match.stringLikeRegexp('^Failures'), 'Arn'] } },
      },
    });
  });
});
