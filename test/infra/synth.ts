/**
 * Shared set-up for infra tests: the real app path (context -> config -> stack -> cdk-nag plugins) with a
 * fixture handler that bundles in milliseconds, cdk.json's feature flags, and Docker made unusable so a
 * bundling fallback to Docker fails loudly instead of passing on a machine that has it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { createBorderwatchApp } from '../../infra/borderwatch-app.js';
import type { BorderwatchStack, HandlerEntries } from '../../infra/borderwatch-stack.js';
import { MonitorFunction } from '../../infra/constructs/monitor-function.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE_HANDLER = fileURLToPath(new URL('./fixtures/handler.ts', import.meta.url));
export const FIXTURE_ENTRIES: HandlerEntries = {
  dispatch: FIXTURE_HANDLER,
  poll: FIXTURE_HANDLER,
  alert: FIXTURE_HANDLER,
};

/** The feature flags `npx cdk` passes from cdk.json, so tests see the template users deploy. */
export function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(`${ROOT}cdk.json`, 'utf8')) as { context: Record<string, unknown> };
  return cdkJson.context;
}

/** Synth never uses Docker: functions bundle in-process with esbuild (infra/bundling/esbuild-code.ts). */
process.env.CDK_DOCKER = '/nonexistent/docker-must-not-be-used';

export interface Synthesised {
  readonly stack: BorderwatchStack;
  readonly template: Template;
}

/** Builds the app as `npx cdk synth` would, with `context` as given by `-c` (strings) or cdk.json. */
export function synthesise(
  context: Record<string, unknown>,
  entries: HandlerEntries = FIXTURE_ENTRIES,
): Synthesised {
  const { stack } = createBorderwatchApp({
    // As the CDK CLI does: record each function's asset folder in the template.
    context: { ...cdkJsonContext(), 'aws:cdk:enable-asset-metadata': true, ...context },
    entries,
    cwd: ROOT,
  });
  return { stack, template: Template.fromStack(stack) };
}

/** A deployment as the docs describe it: the example config file, an operator, and command-line additions. */
export const EXAMPLE_CONTEXT = {
  config: 'borderwatch.config.example.json',
  operatorEmails: 'ops@example.org',
} as const;

/**
 * Synthesises one function of the entry `entry` (bundled as in the stack) and returns its asset folder in
 * the cloud assembly.
 */
export function bundleFunction(entry: string): string {
  // As the CDK CLI does: record each function's asset folder in the template.
  const app = new App({ context: { 'aws:cdk:enable-asset-metadata': true } });
  const stack = new Stack(app, 'BundleTest');
  new MonitorFunction(stack, 'Poll', {
    entry,
    description: 'bundle test',
    invocation: { kind: 'event-source-mapping', failureRoute: 'none in this test' },
  });
  const assembly = app.synth();
  const template = assembly.getStackByName('BundleTest').template as {
    Resources: Record<string, { Type: string; Metadata?: Record<string, string> }>;
  };
  const fn = Object.values(template.Resources).find((r) => r.Type === 'AWS::Lambda::Function');
  return join(assembly.directory, fn?.Metadata?.['aws:asset:path'] ?? 'missing');
}
