/** AWS wiring of the alert function: DynamoDB store (claims, window sums) and the SNS notifier. */
import { createDynamoDbStore } from '../adapters/dynamodb-store.js';
import { createSnsNotifier } from '../adapters/sns-notifier.js';
import type { AlertHandlerDependencies } from '../handlers/alert.js';
import { systemClock } from '../ports/clock.js';
import { createAwsDynamoClient, createAwsSnsClient } from './aws-clients.js';
import { configFromEnv, type Env, required } from './aws-env.js';
import { lambdaLogger } from './lambda-logger.js';

/** Dependencies of the alert function, from its environment (`TABLE_NAME`, `TOPIC_ARN`, `BORDERWATCH_CONFIG`). */
export async function alertDependencies(env: Env): Promise<AlertHandlerDependencies> {
  return {
    config: await configFromEnv(env),
    clock: systemClock,
    logger: lambdaLogger(),
    store: createDynamoDbStore(createAwsDynamoClient(env.AWS_REGION), required(env, 'TABLE_NAME')),
    notifier: createSnsNotifier(createAwsSnsClient(env.AWS_REGION), required(env, 'TOPIC_ARN')),
  };
}
