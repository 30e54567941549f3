/** Lambda entry point: the scheduled dispatcher (one SQS message per configured feed). */
import { createDispatchHandler } from '../shared/handlers/dispatch.js';
import { dispatchDependencies } from '../shared/wiring/aws-dispatch.js';

export const handler = createDispatchHandler(dispatchDependencies(process.env));
