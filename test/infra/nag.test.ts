import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type App, CfnResource, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import cdkNag from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_ENTRIES } from '../../infra/borderwatch-stack.js';
import { CHUNK_DIR, CREATE_REQUIRE_BANNER, ENTRY_FILE } from '../../infra/bundling/esbuild-code.js';
import { EXAMPLE_CONTEXT, type Synthesised, synthesise } from './synth.js';

interface Violation {
  readonly ruleName: string;
  readonly severity: string;
  readonly violatingResources: ReadonlyArray<{ readonly constructPath: string }>;
}

/** Runs both packs the app registers over the whole construct tree, as synth does. */
function nagViolations(root: IConstruct): Violation[] {
  const packs = [new cdkNag.AwsSolutionsChecks(undefined, {}), new cdkNag.ServerlessChecks(undefined, {})];
  return packs.flatMap((pack) => pack.validateScope(root).violations as Violation[]);
}

/** Every acknowledgement in the tree: where it sits, which rule, and why. */
function acknowledgements(root: IConstruct) {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          construct,
          rule: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions and Serverless packs', () => {
  let synthesised: Synthesised;
  beforeAll(() => {
    synthesised = synthesise({ ...EXAMPLE_CONTEXT });
  });

  it('report no error and no warning on the stack', () => {
    const violations = nagViolations(synthesised.stack.node.root).map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(violations).toEqual([]);
  });

  it('still catch a finding nobody acknowledged (the check is live)', () => {
    const unacknowledged = new sqs.CfnQueue(synthesised.stack, 'UnencryptedQueue', {
      sqsManagedSseEnabled: false,
    });
    try {
      const rules = nagViolations(synthesised.stack.node.root).map((v) => v.ruleName);
      expect(rules).toEqual(
        expect.arrayContaining(['AwsSolutions-SQS2', 'AwsSolutions-SQS3', 'AwsSolutions-SQS4']),
      );
    } finally {
      synthesised.stack.node.tryRemoveChild(unacknowledged.node.id);
    }
  });

  it('acknowledge each finding on one CloudFormation resource, with a reason', () => {
    const found = acknowledgements(synthesised.stack.node.root);
    expect(found.length).toBeGreaterThan(0);
    for (const { construct, rule, reason } of found) {
      expect(CfnResource.isCfnResource(construct), `${rule} on ${construct.node.path}`).toBe(true);
      expect(rule).toMatch(/^(AwsSolutions|Serverless)-[A-Za-z0-9]+$/);
      expect(reason.length, `${rule} on ${construct.node.path}`).toBeGreaterThan(60);
    }
  });

  it('acknowledge only the findings that the design explains', () => {
    const rules = new Set(acknowledgements(synthesised.stack.node.root).map((a) => a.rule));
    expect([...rules].sort()).toEqual([
      'AwsSolutions-SQS3',
      'Serverless-LambdaDLQ',
      'Serverless-LambdaEventSourceMappingDestination',
      'Serverless-LambdaTracing',
      'Serverless-SNSRedrivePolicy',
      'Serverless-SQSRedrivePolicy',
    ]);
  });

  it('keep each acknowledgement and its reason in the template for audit', () => {
    const resources = synthesised.template.toJSON().Resources as Record<
      string,
      { Metadata?: { cdk_nag?: { rules_to_suppress: { id: string; reason: string }[] } } }
    >;
    for (const { construct, rule, reason } of acknowledgements(synthesised.stack.node.root)) {
      const logicalId = synthesised.stack.getLogicalId(construct as CfnResource);
      expect(resources[logicalId]?.Metadata?.cdk_nag?.rules_to_suppress).toContainEqual({ id: rule, reason });
    }
  });
});

describe('a clean clone', () => {
  it('synthesises with no configuration at all, warning that there are no feeds and no operator', () => {
    const { stack } = synthesise({});
    const annotations = Annotations.fromStack(stack);
    annotations.hasWarning('/Borderwatch', Match.stringLikeRegexp('^No feeds configured'));
    annotations.hasWarning('/Borderwatch', Match.stringLikeRegexp('^No operator emails'));
    expect(nagViolations(stack.node.root)).toEqual([]);
  });
});

const realEntriesExist = Object.values(DEFAULT_ENTRIES).every((entry) => existsSync(entry));

/** What the stack sets (deploy-time values stand in as examples), and what the Lambda runtime sets. */
const LAMBDA_ENVIRONMENT = {
  TABLE_NAME: 'borderwatch-incidents',
  TOPIC_ARN: 'arn:aws:sns:eu-central-1:111122223333:borderwatch-alerts',
  FEED_QUEUE_URL: 'https://sqs.eu-central-1.amazonaws.com/111122223333/borderwatch-feeds',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'example',
  AWS_SECRET_ACCESS_KEY: 'example',
};

describe('the real app', () => {
  it.skipIf(!realEntriesExist)(
    'synthesises offline with the real handlers into three bundles told apart by Dispatch, Poll and Alert',
    () => {
      const { stack, template } = synthesise({ ...EXAMPLE_CONTEXT }, DEFAULT_ENTRIES);
      const { outdir } = stack.node.root as App;
      const functions = template.findResources('AWS::Lambda::Function');
      const bundles = new Map<string, string>();
      for (const [id, fn] of Object.entries(functions)) {
        const name = ['Dispatch', 'Poll', 'Alert'].find((n) => id.startsWith(n));
        const assetPath = fn.Metadata?.['aws:asset:path'] as string | undefined;
        expect(name, id).toBeDefined();
        expect(assetPath, id).toBeDefined();
        bundles.set(name as string, join(outdir, assetPath as string));
      }
      expect(new Set(bundles.values()).size).toBe(3);
      for (const [name, dir] of bundles) {
        // The entry file, and chunks that load on demand (the SDK's unused credential providers, at least).
        expect(readdirSync(dir).sort(), name).toEqual([CHUNK_DIR, ENTRY_FILE]);
        const code = readFileSync(join(dir, ENTRY_FILE), 'utf8');
        expect(code.startsWith(CREATE_REQUIRE_BANNER), name).toBe(true);
        expect(statSync(join(dir, ENTRY_FILE)).size, name).toBeGreaterThan(10_000);
        // Loads as Lambda loads it (a fresh node, the stack's environment) and exports the handler.
        const loaded = spawnSync(
          process.execPath,
          [
            '--no-warnings',
            '--input-type=module',
            '-e',
            `const m = await import(${JSON.stringify(pathToFileURL(join(dir, ENTRY_FILE)).href)}); process.stdout.write(typeof m.handler);`,
          ],
          { encoding: 'utf8', env: { PATH: process.env.PATH, ...LAMBDA_ENVIRONMENT } },
        );
        expect(loaded.stderr, name).toBe('');
        expect(loaded.stdout, name).toBe('function');
        // The SDK's browser user-agent parser (bowser) is a stub: no browser table in any chunk.
        for (const chunk of readdirSync(join(dir, CHUNK_DIR))) {
          expect(readFileSync(join(dir, CHUNK_DIR, chunk), 'utf8'), `${name} ${chunk}`).not.toContain(
            'Samsung Internet',
          );
        }
      }
      // The poll function starts without its content path: the feed parser, the page extractor and the
      // classifier are in a chunk of their own, loaded on the first feed that has new content.
      const poll = bundles.get('Poll') as string;
      const contentChunks = readdirSync(join(poll, CHUNK_DIR)).filter((f) =>
        f.startsWith('content-analysis-'),
      );
      expect(contentChunks).toHaveLength(1);
      const contentChunk = readFileSync(join(poll, CHUNK_DIR, contentChunks[0] as string), 'utf8');
      const pollEntry = readFileSync(join(poll, ENTRY_FILE), 'utf8');
      for (const marker of ['xmlbuilder is not bundled', 'перешли']) {
        expect(contentChunk, marker).toContain(marker);
        expect(pollEntry, marker).not.toContain(marker);
      }
      expect(nagViolations(stack.node.root)).toEqual([]);
    },
  );
});
