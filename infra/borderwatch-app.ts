import { App, type AppProps, Validations } from 'aws-cdk-lib';
import cdkNag from 'cdk-nag';
import { BorderwatchStack, type HandlerEntries } from './borderwatch-stack.js';
import { readDeployConfig } from './deploy-config.js';

export interface BorderwatchAppOptions extends AppProps {
  /** @default the files in functions/ */
  readonly entries?: HandlerEntries;
  /** Directory relative config paths resolve against. @default process.cwd() */
  readonly cwd?: string;
}

/**
 * The CDK app: validates the configuration from context, builds the stack, and runs cdk-nag's AwsSolutions
 * and Serverless packs over everything as policy-validation plugins (each acknowledgement is in code,
 * scoped to one resource).
 */
export function createBorderwatchApp(options: BorderwatchAppOptions = {}): {
  app: App;
  stack: BorderwatchStack;
} {
  const { entries, cwd, ...appProps } = options;
  const app = new App(appProps);
  const { config, settings } = readDeployConfig(app.node, cwd);
  const stack = new BorderwatchStack(app, settings.stackName, {
    config,
    settings,
    entries,
    description:
      'Borderwatch: monitors news feeds for incidents on the borders of Tajikistan and alerts by SNS',
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
  });
  // cdk-nag 3 runs as CDK policy-validation plugins: any unacknowledged finding stops synth.
  // writeSuppressionsToCloudFormation keeps each acknowledgement and its reason in the template's Metadata.
  const nagProps = { verbose: true, writeSuppressionsToCloudFormation: true };
  Validations.of(app).addPlugins(
    new cdkNag.AwsSolutionsChecks(app, nagProps),
    new cdkNag.ServerlessChecks(app, nagProps),
  );
  return { app, stack };
}
