import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import type { SubscriberConfig } from '../../shared/config.js';
import { acknowledgeFinding } from './acknowledge.js';
import { DeadLetterQueue } from './dead-letter-queue.js';

export interface AlertTopicsProps {
  /** Alert recipients from the validated config, each with its optional filter. */
  readonly subscribers: readonly SubscriberConfig[];
  /** Email addresses that receive operator alarms. */
  readonly operatorEmails: readonly string[];
}

/**
 * The SNS message attributes the notifier sets on every alert (`shared/adapters/sns-notifier.ts`), which
 * subscription filter policies match on.
 */
export const ALERT_ATTRIBUTES = {
  border: 'border',
  rule: 'rule',
  severity: 'severity',
  killed: 'killed',
  wounded: 'wounded',
} as const;

/** Only the two calls SNS needs from a publisher to an encrypted topic, without `kms:GenerateDataKey*`. */
const TOPIC_KEY_ACTIONS = ['kms:GenerateDataKey', 'kms:Decrypt'];

/**
 * The filter policy for one subscriber, or undefined when it wants every alert. Each configured
 * condition must hold (SNS ANDs the attributes of a policy).
 */
export function subscriberFilterPolicy(
  subscriber: SubscriberConfig,
): Record<string, sns.SubscriptionFilter> | undefined {
  const policy: Record<string, sns.SubscriptionFilter> = {};
  if (subscriber.borders) {
    policy[ALERT_ATTRIBUTES.border] = sns.SubscriptionFilter.stringFilter({
      allowlist: [...subscriber.borders],
    });
  }
  if (subscriber.rules) {
    policy[ALERT_ATTRIBUTES.rule] = sns.SubscriptionFilter.stringFilter({ allowlist: [...subscriber.rules] });
  }
  if (subscriber.minKilled !== undefined) {
    policy[ALERT_ATTRIBUTES.killed] = sns.SubscriptionFilter.numericFilter({
      greaterThanOrEqualTo: subscriber.minKilled,
    });
  }
  return Object.keys(policy).length > 0 ? policy : undefined;
}

/**
 * Two KMS-encrypted, TLS-only topics: alerts for the people who asked for them (email and SMS, each
 * with its own filter policy), and operator alarms. Failed deliveries of either land in one
 * dead-letter queue.
 */
export class AlertTopics extends Construct {
  readonly key: kms.Key;
  readonly alertTopic: sns.Topic;
  readonly operatorTopic: sns.Topic;
  readonly deliveryFailures: DeadLetterQueue;

  constructor(scope: Construct, id: string, props: AlertTopicsProps) {
    super(scope, id);
    const account = Stack.of(this).account;

    this.key = new kms.Key(this, 'TopicKey', {
      description: 'Encrypts Borderwatch alert and operator topics',
      enableKeyRotation: true,
      // Only the topics use this key and they go with the stack; a retained key would cost $1 a month forever.
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // CloudWatch alarms publish to the operator topic, so CloudWatch must be able to use its key.
    // https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html#compatibility-with-aws-services
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublishToEncryptedTopic',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: TOPIC_KEY_ACTIONS,
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );

    this.deliveryFailures = new DeadLetterQueue(this, 'DeliveryFailures', {
      holds: 'alert and alarm notifications SNS could not deliver to an email address or phone',
    });

    this.alertTopic = new sns.Topic(this, 'AlertTopic', {
      displayName: 'Borderwatch',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.operatorTopic = new sns.Topic(this, 'OperatorTopic', {
      displayName: 'Borderwatch operator',
      masterKey: this.key,
      enforceSSL: true,
    });
    this.operatorTopic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarmsPublish',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.operatorTopic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );

    const deadLetterQueue = this.deliveryFailures.queue;
    for (const subscriber of props.subscribers) {
      const options = { filterPolicy: subscriberFilterPolicy(subscriber), deadLetterQueue };
      if (subscriber.email !== undefined) {
        this.alertTopic.addSubscription(new subscriptions.EmailSubscription(subscriber.email, options));
      } else if (subscriber.phone !== undefined) {
        const sms = this.alertTopic.addSubscription(
          new subscriptions.SmsSubscription(subscriber.phone, options),
        );
        acknowledgeFinding(
          sms,
          'Serverless-SNSRedrivePolicy',
          'aws-cdk-lib SmsSubscription accepts no dead-letter queue. A failed SMS is a final carrier result, ' +
            'not a message to replay; it counts in the alert topic NumberOfNotificationsFailed metric, which ' +
            'the NotificationsFailed alarm watches.',
        );
      }
    }
    for (const email of props.operatorEmails) {
      this.operatorTopic.addSubscription(new subscriptions.EmailSubscription(email, { deadLetterQueue }));
    }
  }

  /** Lets `grantee` publish alerts: sns:Publish on the alert topic and the two key actions it needs. */
  grantPublishAlerts(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({ grantee, actions: ['sns:Publish'], resourceArns: [this.alertTopic.topicArn] });
    iam.Grant.addToPrincipal({ grantee, actions: TOPIC_KEY_ACTIONS, resourceArns: [this.key.keyArn] });
  }
}
