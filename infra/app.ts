/**
 * `npx cdk synth|deploy` runs this file (see cdk.json). Configuration: README.md, "Deploying to your AWS account".
 */
import { ConfigError } from '../shared/errors.js';
import { createBorderwatchApp } from './borderwatch-app.js';

try {
  createBorderwatchApp().app.synth();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  // A bad setting is the user's to fix: say which, without a stack trace.
  console.error(`Invalid Borderwatch configuration: ${error.message}`);
  process.exit(1);
}
