import { App, Duration, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { subscriberFilterPolicy } from '../../infra/constructs/alert-topics.js';
import { DeadLetterQueue } from '../../infra/constructs/dead-letter-queue.js';
import { FeedQueue } from '../../infra/constructs/feed-queue.js';
import { IncidentTable } from '../../infra/constructs/incident-table.js';
import { MonitorAlarms } from '../../infra/constructs/monitor-alarms.js';
import { PollSchedule, tickLifetime } from '../../infra/constructs/poll-schedule.js';

// Constructs on their own, with inline stand-in functions: no bundling, so variants cost milliseconds.
const bareStack = () => new Stack(new App(), 'Variant');
const standIn = (stack: Stack, id: string) =>
  new lambda.Function(stack, id, {
    runtime: lambda.Runtime.NODEJS_24_X,
    handler: 'index.handler',
    code: lambda.Code.fromInline('exports.handler = async () => ({});'),
  });

describe('IncidentTable', () => {
  it('can be made disposable for a development stack', () => {
    const stack = bareStack();
    new IncidentTable(stack, 'Incidents', { retain: false });
    Template.fromStack(stack).hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({
        Replicas: [Match.objectLike({ DeletionProtectionEnabled: false })],
      }),
    });
  });
});

describe('PollSchedule', () => {
  it('follows the configured rate and drops a tick once the next one is due', () => {
    const stack = bareStack();
    new PollSchedule(stack, 'Schedule', {
      rateMinutes: 5,
      dispatcher: standIn(stack, 'Dispatch'),
      failureQueue: new sqs.Queue(stack, 'Failures'),
    });
    Template.fromStack(stack).hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      Targets: [
        Match.objectLike({ RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 300 } }),
      ],
    });
  });

  it.each([
    [1, 60],
    [10, 600],
    [360, 21_600],
    [1440, 21_600],
  ])('keeps a tick of a %i-minute schedule for %i seconds at most', (rate, seconds) => {
    expect(tickLifetime(rate).toSeconds()).toBe(seconds);
  });
});

describe('FeedQueue', () => {
  it('refuses a concurrency below what Lambda accepts', () => {
    const stack = bareStack();
    const queue = new FeedQueue(stack, 'Feeds', { consumerTimeout: Duration.minutes(2) });
    expect(() => queue.feed(standIn(stack, 'Poll'), { maxConcurrency: 1 })).toThrow(/at least 2/);
  });
});

describe('subscriberFilterPolicy', () => {
  it('matches every alert when a subscriber sets no filter', () => {
    expect(subscriberFilterPolicy({ email: 'desk@example.org' })).toBeUndefined();
  });

  it('requires all configured conditions: borders, rules and a minimum killed', () => {
    const policy = subscriberFilterPolicy({
      phone: '+992900000000',
      borders: ['tajik-kyrgyz', 'tajik-uzbek'],
      rules: ['toll-threshold'],
      minKilled: 0,
    });
    expect(Object.keys(policy ?? {}).sort()).toEqual(['border', 'killed', 'rule']);
    expect(policy?.border?.conditions).toEqual(['tajik-kyrgyz', 'tajik-uzbek']);
    expect(policy?.rule?.conditions).toEqual(['toll-threshold']);
    expect(policy?.killed?.conditions).toEqual([{ numeric: ['>=', 0] }]);
  });
});

describe('MonitorAlarms', () => {
  const build = (options: {
    expectPolls: boolean;
    smsSpendThresholdUsd: number | undefined;
    rateMinutes: number;
  }) => {
    const stack = bareStack();
    const functions = {
      Dispatch: standIn(stack, 'Dispatch'),
      Poll: standIn(stack, 'Poll'),
      Alert: standIn(stack, 'Alert'),
    };
    new MonitorAlarms(stack, 'Alarms', {
      operatorTopic: new sns.Topic(stack, 'Operator'),
      alertTopic: new sns.Topic(stack, 'Alerts'),
      functions,
      deadLetterQueues: { Failures: new DeadLetterQueue(stack, 'Failures', { holds: 'test messages' }) },
      ...options,
    });
    return Template.fromStack(stack);
  };
  const alarmNames = (template: Template) =>
    Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
      (a) => a.Properties.AlarmName as string,
    );

  it('leaves out the SMS spend alarm when nobody receives SMS, and the stalled-poll alarm without feeds', () => {
    const names = alarmNames(build({ expectPolls: false, smsSpendThresholdUsd: undefined, rateMinutes: 10 }));
    expect(names).not.toContain('Variant-SmsSpend');
    expect(names).not.toContain('Variant-PollsStopped');
    expect(names).toContain('Variant-FeedsUnhealthy');
  });

  it('keeps a daily schedule’s alarms within the day CloudWatch can evaluate', () => {
    const template = build({ expectPolls: true, smsSpendThresholdUsd: 2, rateMinutes: 1440 });
    for (const alarm of Object.values(template.findResources('AWS::CloudWatch::Alarm'))) {
      const { Period, EvaluationPeriods } = alarm.Properties;
      expect(Period * EvaluationPeriods, alarm.Properties.AlarmName).toBeLessThanOrEqual(86_400);
    }
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      AlarmName: 'Variant-SmsSpend',
      Threshold: 2,
    });
  });
});
