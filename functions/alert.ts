/** Lambda entry point: turns incident changes from the DynamoDB stream into SNS alerts, each once. */
import { createAlertHandler } from '../shared/handlers/alert.js';
import { alertDependencies } from '../shared/wiring/aws-alert.js';

export const handler = createAlertHandler(alertDependencies(process.env));
