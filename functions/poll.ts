/** Lambda entry point: polls the feeds of an SQS batch; reports partial batch failures. */
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { createPollHandler } from '../shared/handlers/poll.js';
import { pollDependencies } from '../shared/wiring/aws-poll.js';

// Top-level await: an invalid configuration fails the start, before any feed is polled.
const deps = await pollDependencies(process.env);
const poll = createPollHandler(deps);

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  try {
    return await poll(event);
  } finally {
    // The logger loads on its first line; every line is written before the invocation ends.
    await deps.logger.settled();
  }
};
