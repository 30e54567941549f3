import type { CfnElement } from 'aws-cdk-lib';
import { Capture, Match } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { POLL_TIMEOUT } from '../../infra/borderwatch-stack.js';
import { parseConfig } from '../../shared/config.js';
import { CONFIG_SEAL_VARIABLE, configSeal } from '../../shared/config-seal.js';
import { INCIDENT_ENTITY, TABLE_KEYS } from '../../shared/table-schema.js';
import { EXAMPLE_CONTEXT, type Synthesised, synthesise } from './synth.js';

let synthesised: Synthesised;
const logicalId = (construct: IConstruct): string =>
  synthesised.stack.getLogicalId(construct.node.defaultChild as CfnElement);
const ref = (construct: IConstruct) => ({ Ref: logicalId(construct) });
const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalId(construct), 'Arn'] });
/** How many resource policies of `type` deny every request not made over TLS. */
const policiesDenyingPlainHttp = (type: string): number =>
  Object.keys(
    synthesised.template.findResources(type, {
      Properties: {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      },
    }),
  ).length;

beforeAll(() => {
  // The example config (5 feeds, 3 subscribers with filters), one operator, a phone so SMS alarms exist.
  synthesised = synthesise({ ...EXAMPLE_CONTEXT });
});

describe('schedule and dispatch', () => {
  it('starts a poll cycle every configured rate, with bounded retries and a dead-letter queue on the target', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(10 minutes)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: arnOf(stack.dispatchFunction),
          DeadLetterConfig: {
            Arn: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('DispatchFailures'), 'Arn'] }),
          },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 600 },
        }),
      ],
    });
  });

  it('limits the dispatch function’s async retries and event age, and sends what fails to a queue', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: ref(stack.dispatchFunction),
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 600,
      DestinationConfig: {
        OnFailure: {
          Destination: Match.objectLike({
            'Fn::GetAtt': [Match.stringLikeRegexp('DispatchFailures'), 'Arn'],
          }),
        },
      },
    });
    // Only dispatch is invoked asynchronously.
    template.resourceCountIs('AWS::Lambda::EventInvokeConfig', 1);
  });
});

describe('feed queue and poll', () => {
  it('keeps a message invisible six times the poll timeout, longer than any poll can run', () => {
    const { template, stack } = synthesised;
    const visibility = new Capture();
    template.hasResourceProperties('AWS::SQS::Queue', {
      VisibilityTimeout: visibility,
      RedrivePolicy: { deadLetterTargetArn: arnOf(stack.feedQueue.deadLetters.queue), maxReceiveCount: 3 },
    });
    template.hasResourceProperties('AWS::Lambda::Function', {
      FunctionName: Match.absent(),
      Description: Match.stringLikeRegexp('polls one feed'),
      Timeout: POLL_TIMEOUT.toSeconds(),
    });
    expect(visibility.asNumber()).toBe(POLL_TIMEOUT.toSeconds() * 6);
    expect(visibility.asNumber()).toBeGreaterThan(POLL_TIMEOUT.toSeconds());
  });

  it('feeds poll one feed per invocation, with partial batch failures and bounded concurrency', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: ref(stack.pollFunction),
      EventSourceArn: arnOf(stack.feedQueue.queue),
      BatchSize: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 8 },
    });
  });

  it('encrypts every queue and refuses requests without TLS', () => {
    const { template } = synthesised;
    const queues = template.findResources('AWS::SQS::Queue');
    expect(Object.keys(queues)).toHaveLength(5);
    for (const queue of Object.values(queues)) {
      expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    }
    expect(policiesDenyingPlainHttp('AWS::SQS::QueuePolicy')).toBe(5);
  });
});

describe('table', () => {
  it('is one on-demand table with the adapter’s keys, the byBorder index and TTL on expiresAt', () => {
    synthesised.template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        Match.objectLike({
          IndexName: TABLE_KEYS.byBorderIndex,
          KeySchema: [
            { AttributeName: TABLE_KEYS.byBorderPartitionKey, KeyType: 'HASH' },
            { AttributeName: TABLE_KEYS.byBorderSortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        }),
      ],
      TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttlAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    synthesised.template.resourceCountIs('AWS::DynamoDB::GlobalTable', 1);
  });

  it('has point-in-time recovery and deletion protection, and is retained when the stack goes', () => {
    synthesised.template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });
});

describe('incident stream and alert', () => {
  it('passes only incident items to the alert function', () => {
    const { template, stack } = synthesised;
    const pattern = new Capture();
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: ref(stack.alertFunction),
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.table.table), 'StreamArn'] },
      FilterCriteria: { Filters: [{ Pattern: pattern }] },
    });
    expect(JSON.parse(pattern.asString())).toEqual({
      dynamodb: { NewImage: { [TABLE_KEYS.entityAttribute]: { S: [INCIDENT_ENTITY] } } },
    });
  });

  it('bisects failing batches, reports item failures, bounds retries and age, and keeps what it gives up on', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: ref(stack.alertFunction),
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      MaximumRetryAttempts: 8,
      MaximumRecordAgeInSeconds: 6 * 3600,
      ParallelizationFactor: 1,
      DestinationConfig: {
        OnFailure: {
          Destination: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('AlertFailures'), 'Arn'] }),
        },
      },
    });
  });
});

describe('topics and subscriptions', () => {
  it('encrypts both topics with a rotating customer key and refuses publishing without TLS', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    const topics = template.findResources('AWS::SNS::Topic', {
      Properties: { KmsMasterKeyId: arnOf(stack.topics.key) },
    });
    expect(Object.keys(topics)).toHaveLength(2);
    expect(policiesDenyingPlainHttp('AWS::SNS::TopicPolicy')).toBe(2);
  });

  it('subscribes each configured recipient with its own filter policy on the alert attributes', () => {
    const { template, stack } = synthesised;
    const alertTopic = ref(stack.topics.alertTopic);
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: alertTopic,
      Protocol: 'email',
      Endpoint: 'desk@example.org',
      FilterPolicy: Match.absent(),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: alertTopic,
      Protocol: 'email',
      Endpoint: 'afghan-border@example.org',
      FilterPolicy: { border: ['tajik-afghan'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: alertTopic,
      Protocol: 'sms',
      Endpoint: '+992900000000',
      FilterPolicy: { killed: [{ numeric: ['>=', 3] }], rule: ['new-incident', 'toll-threshold'] },
    });
  });

  it('gives email subscriptions a dead-letter queue for deliveries that fail', () => {
    const { template, stack } = synthesised;
    const withRedrive = template.findResources('AWS::SNS::Subscription', {
      Properties: {
        Protocol: 'email',
        RedrivePolicy: { deadLetterTargetArn: arnOf(stack.topics.deliveryFailures.queue) },
      },
    });
    // Two alert recipients and the operator.
    expect(Object.keys(withRedrive)).toHaveLength(3);
  });

  it('sends operator alarms to a separate topic that CloudWatch may publish to and decrypt for', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::SNS::Subscription', {
      TopicArn: ref(stack.topics.operatorTopic),
      Protocol: 'email',
      Endpoint: 'ops@example.org',
    });
    const actions = new Capture();
    template.hasResourceProperties('AWS::KMS::Key', {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: actions,
            Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
          }),
        ]),
      },
    });
    expect([actions.asArray()].flat().sort()).toEqual(['kms:Decrypt', 'kms:GenerateDataKey']);
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [ref(stack.topics.operatorTopic)],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Action: 'sns:Publish',
          }),
        ]),
      },
    });
  });
});

describe('functions', () => {
  const functions = () =>
    [
      synthesised.stack.dispatchFunction,
      synthesised.stack.pollFunction,
      synthesised.stack.alertFunction,
    ] as const;

  it('run on the newest Node.js runtime on arm64 with an explicit memory size and timeout', () => {
    for (const fn of functions()) {
      const { Properties } = synthesised.template.findResources('AWS::Lambda::Function')[logicalId(fn)] ?? {};
      expect(Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(Properties.MemorySize).toBeGreaterThanOrEqual(256);
      expect(Properties.Timeout).toBeGreaterThan(3);
      expect(Properties.TracingConfig).toBeUndefined();
    }
  });

  it('log as JSON to their own log group with a retention period', () => {
    const { template } = synthesised;
    for (const fn of functions()) {
      const logGroup = new Capture();
      template.hasResourceProperties('AWS::Lambda::Function', {
        Description:
          fn === synthesised.stack.pollFunction ? Match.stringLikeRegexp('polls') : Match.anyValue(),
        LoggingConfig: { LogGroup: logGroup, LogFormat: 'JSON', ApplicationLogLevel: 'INFO' },
        Role: arnOf(fn.role as IConstruct),
      });
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
      expect(logGroup.asObject()).toHaveProperty('Ref');
    }
    template.resourceCountIs('AWS::Logs::LogGroup', 3);
  });

  it('receive the table, topic and validated config, and only dispatch gets the feed queue URL', () => {
    const { template, stack } = synthesised;
    const all = template.findResources('AWS::Lambda::Function');
    for (const fn of functions()) {
      const variables = all[logicalId(fn)]?.Properties.Environment.Variables;
      expect(variables.TABLE_NAME).toEqual(ref(stack.table.table));
      expect(variables.TOPIC_ARN).toEqual(ref(stack.topics.alertTopic));
      expect(variables.POWERTOOLS_SERVICE_NAME).toBe('borderwatch');
      // No source maps, so no --enable-source-maps.
      expect(variables.NODE_OPTIONS).toBeUndefined();
      const runtimeConfig = parseConfig(JSON.parse(variables.BORDERWATCH_CONFIG));
      expect(runtimeConfig.feeds).toHaveLength(5);
      expect(runtimeConfig.schedule.rateMinutes).toBe(10);
      // Subscribers are SNS's business; their addresses stay out of the functions' environment.
      expect(runtimeConfig.subscribers).toEqual([]);
      // Sealed as parseConfig's own output, so the functions take it without building the schema.
      expect(runtimeConfig).toEqual(JSON.parse(variables.BORDERWATCH_CONFIG));
      expect(variables[CONFIG_SEAL_VARIABLE]).toBe(configSeal(variables.BORDERWATCH_CONFIG));
      expect(variables.FEED_QUEUE_URL).toEqual(
        fn === stack.dispatchFunction ? ref(stack.feedQueue.queue) : undefined,
      );
    }
  });

  it('grant no wildcard action and no wildcard resource, and use no managed policy', () => {
    const { template } = synthesised;
    const policies = template.findResources('AWS::IAM::Policy');
    expect(Object.keys(policies)).toHaveLength(3);
    for (const policy of Object.values(policies)) {
      for (const statement of policy.Properties.PolicyDocument.Statement) {
        const actions: string[] = [statement.Action].flat();
        for (const action of actions) expect(action).not.toContain('*');
        expect([statement.Resource].flat()).not.toContain('*');
      }
    }
    for (const role of Object.values(template.findResources('AWS::IAM::Role'))) {
      expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('grant each function only the services it calls', () => {
    const { template, stack } = synthesised;
    const actionsOf = (fn: IConstruct & { role?: IConstruct }): string[] => {
      const roleId = logicalId(fn.role as IConstruct);
      const [policy] = Object.values(
        template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
      );
      return policy?.Properties.PolicyDocument.Statement.flatMap((s: { Action: string | string[] }) =>
        [s.Action].flat(),
      );
    };
    const dispatch = actionsOf(stack.dispatchFunction);
    const poll = actionsOf(stack.pollFunction);
    const alert = actionsOf(stack.alertFunction);
    expect(dispatch).toContain('sqs:SendMessage');
    expect(dispatch.filter((a) => a.startsWith('dynamodb:') || a.startsWith('sns:'))).toEqual([]);
    expect(poll).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:Query', 'sqs:ReceiveMessage']),
    );
    expect(poll.filter((a) => a.startsWith('sns:') || a.startsWith('kms:'))).toEqual([]);
    expect(alert).toEqual(
      expect.arrayContaining(['sns:Publish', 'kms:GenerateDataKey', 'dynamodb:GetRecords']),
    );
    expect(alert.filter((a) => a.startsWith('sqs:Receive'))).toEqual([]);
  });
});

describe('alarms', () => {
  const alarmNamed = (name: string) => {
    const alarms = synthesised.template.findResources('AWS::CloudWatch::Alarm', {
      Properties: { AlarmName: `Borderwatch-${name}` },
    });
    const [alarm] = Object.values(alarms);
    if (!alarm) throw new Error(`no alarm Borderwatch-${name}`);
    return alarm.Properties;
  };

  it('notify the operator topic when they fire and when they clear', () => {
    const { template, stack } = synthesised;
    const operator = ref(stack.topics.operatorTopic);
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.length).toBeGreaterThanOrEqual(12);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([operator]);
      expect(alarm.Properties.OKActions).toEqual([operator]);
    }
  });

  it('fire on function errors in two cycles running', () => {
    for (const name of ['Dispatch', 'Poll', 'Alert']) {
      expect(alarmNamed(`${name}Errors`)).toMatchObject({
        Namespace: 'AWS/Lambda',
        MetricName: 'Errors',
        Statistic: 'Sum',
        Period: 600,
        EvaluationPeriods: 2,
        DatapointsToAlarm: 2,
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('fire as soon as any dead-letter queue holds a message', () => {
    const { stack } = synthesised;
    const queues = {
      FeedDeadLettersNotEmpty: stack.feedQueue.deadLetters.queue,
      DispatchFailuresNotEmpty: undefined,
      AlertFailuresNotEmpty: undefined,
      DeliveryFailuresNotEmpty: stack.topics.deliveryFailures.queue,
    };
    for (const [name, queue] of Object.entries(queues)) {
      const alarm = alarmNamed(name);
      expect(alarm).toMatchObject({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
      if (queue) {
        expect(alarm.Dimensions).toEqual([
          { Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(queue), 'QueueName'] } },
        ]);
      }
    }
  });

  it('fire when alerts wait in the stream longer than 15 minutes', () => {
    expect(alarmNamed('AlertsLate')).toMatchObject({
      MetricName: 'IteratorAge',
      Statistic: 'Maximum',
      Threshold: 15 * 60 * 1000,
      Dimensions: [{ Name: 'FunctionName', Value: ref(synthesised.stack.alertFunction) }],
    });
  });

  it('fire on the feed-health metrics the poll function emits, without dimensions', () => {
    for (const [name, metric] of [
      ['FeedsUnhealthy', 'FeedUnhealthy'],
      ['FeedsSilent', 'FeedSilent'],
    ] as const) {
      const alarm = alarmNamed(name);
      expect(alarm).toMatchObject({
        Namespace: 'Borderwatch',
        MetricName: metric,
        Statistic: 'Maximum',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'ignore',
      });
      expect(alarm.Dimensions).toBeUndefined();
    }
  });

  it('fire when no poll ran for three cycles', () => {
    expect(alarmNamed('PollsStopped')).toMatchObject({
      MetricName: 'Invocations',
      Period: 30 * 60,
      ComparisonOperator: 'LessThanThreshold',
      Threshold: 1,
      TreatMissingData: 'breaching',
    });
  });

  it('fire on SMS month-to-date spend and on failed alert deliveries', () => {
    expect(alarmNamed('SmsSpend')).toMatchObject({
      Namespace: 'AWS/SNS',
      MetricName: 'SMSMonthToDateSpentUSD',
      Threshold: 0.8,
    });
    expect(alarmNamed('NotificationsFailed')).toMatchObject({
      Namespace: 'AWS/SNS',
      MetricName: 'NumberOfNotificationsFailed',
      Dimensions: [
        {
          Name: 'TopicName',
          Value: { 'Fn::GetAtt': [logicalId(synthesised.stack.topics.alertTopic), 'TopicName'] },
        },
      ],
    });
  });
});

describe('outputs', () => {
  it('name the table for the CLI and the operator topic', () => {
    const { template, stack } = synthesised;
    template.hasOutput('TableName', { Value: ref(stack.table.table) });
    template.hasOutput('OperatorTopicArn', { Value: ref(stack.topics.operatorTopic) });
  });
});
