/** Lambda entry point: the scheduled dispatcher (one SQS message per configured feed). */
import { createDispatchHandler } from '../shared/handlers/dispatch.js';
import { dispatchDependencies } from '../shared/wiring/aws-dispatch.js';

// Top-level await: an invalid configuration fails the start, before any feed is dispatched.
export const handler = createDispatchHandler(await dispatchDependencies(process.env));
