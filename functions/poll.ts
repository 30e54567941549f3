/** Lambda entry point: polls the feeds of an SQS batch; reports partial batch failures. */
import { createPollHandler } from '../shared/handlers/poll.js';
import { pollDependencies } from '../shared/wiring/aws-poll.js';

export const handler = createPollHandler(pollDependencies(process.env));
