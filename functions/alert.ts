/**
 * Lambda entry point: turns incident changes from the DynamoDB stream into SNS alerts, each once; and, on
 * the schedule's sweep event, sends whatever the stream left behind (records that exhausted its retries).
 */
import type { DynamoDBStreamEvent } from 'aws-lambda';
import { createAlertHandler, createSweepHandler, isSweepEvent } from '../shared/handlers/alert.js';
import { alertDependencies } from '../shared/wiring/aws-alert.js';

// Top-level await: an invalid configuration fails the start, before any event is handled.
const deps = await alertDependencies(process.env);
const stream = createAlertHandler(deps);
const sweep = createSweepHandler(deps);

export const handler = async (event: DynamoDBStreamEvent | unknown) =>
  isSweepEvent(event) ? sweep() : stream(event as DynamoDBStreamEvent);
