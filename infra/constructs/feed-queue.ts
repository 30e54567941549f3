import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeFinding } from './acknowledge.js';
import { DeadLetterQueue } from './dead-letter-queue.js';

export interface FeedQueueProps {
  /** The consumer's timeout; the visibility timeout is set to six times it. */
  readonly consumerTimeout: Duration;
  /** Receives before a message moves to the dead-letter queue. @default 3 */
  readonly maxReceiveCount?: number;
}

export interface FeedConsumerOptions {
  /** Feeds polled at once: the mapping's maximum concurrency (Lambda requires at least 2). */
  readonly maxConcurrency: number;
  /** @default 1 (one feed per invocation, see below) */
  readonly batchSize?: number;
}

/** Lambda's lower bound for an SQS event source mapping's maximum concurrency. */
export const MIN_SQS_MAX_CONCURRENCY = 2;

/**
 * The fan-out queue between dispatch and poll: one message per feed per cycle, a dead-letter queue for
 * poison feeds, and the event source mapping that feeds the poll function.
 */
export class FeedQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly deadLetters: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: FeedQueueProps) {
    super(scope, id);
    const maxReceiveCount = props.maxReceiveCount ?? 3;
    this.deadLetters = new DeadLetterQueue(this, 'DeadLetters', {
      holds: `feed messages that failed ${maxReceiveCount} polls`,
      isRedriveTarget: true,
    });
    this.queue = new sqs.Queue(this, 'Queue', {
      // Six times the consumer's timeout, as Lambda advises, so a throttled or retried batch is not handed
      // to a second poller while the first still works on it.
      // https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html
      visibilityTimeout: Duration.seconds(props.consumerTimeout.toSeconds() * 6),
      // A poll request is worth nothing after a day: later cycles have asked for the same feed again.
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.deadLetters.queue, maxReceiveCount },
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
  }

  /** Lets `grantee` send poll requests (SendMessageBatch is authorised by sqs:SendMessage). */
  grantSend(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({ grantee, actions: ['sqs:SendMessage'], resourceArns: [this.queue.queueArn] });
  }

  /** Connects `consumer` to the queue with partial batch responses and bounded concurrency. */
  feed(consumer: lambda.IFunction, options: FeedConsumerOptions): lambda.EventSourceMapping {
    if (options.maxConcurrency < MIN_SQS_MAX_CONCURRENCY) {
      throw new Error(
        `${this.node.path}: maxConcurrency must be at least ${MIN_SQS_MAX_CONCURRENCY} (got ${options.maxConcurrency}).`,
      );
    }
    iam.Grant.addToPrincipal({
      grantee: consumer,
      actions: [
        'sqs:ReceiveMessage',
        'sqs:DeleteMessage',
        'sqs:ChangeMessageVisibility',
        'sqs:GetQueueAttributes',
      ],
      resourceArns: [this.queue.queueArn],
    });
    const mapping = new lambda.EventSourceMapping(this, 'PollMapping', {
      target: consumer,
      eventSourceArn: this.queue.queueArn,
      // One feed per invocation: a slow feed cannot time out its neighbours, and each feed's receive count
      // (and so its way to the dead-letter queue) is its own. Partial batch responses stay on so a larger
      // batch size remains correct.
      batchSize: options.batchSize ?? 1,
      reportBatchItemFailures: true,
      maxConcurrency: options.maxConcurrency,
    });
    acknowledgeFinding(
      mapping,
      'Serverless-LambdaEventSourceMappingDestination',
      'SQS event source mappings take no on-failure destination; the feed queue redrive policy moves a ' +
        'message that fails maxReceiveCount polls to the feed dead-letter queue, which is alarmed.',
    );
    return mapping;
  }
}
