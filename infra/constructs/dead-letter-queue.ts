import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledgeFinding } from './acknowledge.js';

export interface DeadLetterQueueProps {
  /** What lands here, for the acknowledgements and the alarm description, e.g. "feed messages that failed 3 polls". */
  readonly holds: string;
  /**
   * Whether another SQS queue's redrive policy points here. cdk-nag recognises that case as a DLQ by
   * itself; every other source (Lambda destinations, EventBridge targets, SNS subscriptions) needs saying.
   * @default false
   */
  readonly isRedriveTarget?: boolean;
}

/**
 * The end of a retry chain: an encrypted, TLS-only queue that keeps what failed for the longest time SQS
 * allows, so an operator alerted by its depth alarm has two weeks to look and redrive.
 */
export class DeadLetterQueue extends Construct {
  readonly queue: sqs.Queue;
  readonly holds: string;

  constructor(scope: Construct, id: string, props: DeadLetterQueueProps) {
    super(scope, id);
    this.holds = props.holds;
    this.queue = new sqs.Queue(this, 'Queue', {
      retentionPeriod: Duration.days(14),
      enforceSSL: true,
      // SQS-managed keys: Lambda, EventBridge and SNS can all deliver here without key-policy grants
      // (the AWS-managed alias/aws/sqs key would refuse EventBridge and SNS).
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    const endOfLine = `This queue is itself the dead-letter queue for ${props.holds}; it is the end of the retry chain and its depth alarm tells the operator.`;
    acknowledgeFinding(this.queue, 'Serverless-SQSRedrivePolicy', endOfLine);
    if (!props.isRedriveTarget) acknowledgeFinding(this.queue, 'AwsSolutions-SQS3', endOfLine);
  }
}
