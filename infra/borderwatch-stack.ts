import { fileURLToPath } from 'node:url';
import { Annotations, CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { Config } from '../shared/config.js';
import { CONFIG_SEAL_VARIABLE, configSeal } from '../shared/config-seal.js';
import { AlertSweepSchedule } from './constructs/alert-sweep-schedule.js';
import { AlertTopics } from './constructs/alert-topics.js';
import { DeadLetterQueue } from './constructs/dead-letter-queue.js';
import { FeedQueue, MIN_SQS_MAX_CONCURRENCY } from './constructs/feed-queue.js';
import { IncidentTable } from './constructs/incident-table.js';
import { MonitorAlarms } from './constructs/monitor-alarms.js';
import { MonitorFunction } from './constructs/monitor-function.js';
import { PollSchedule, tickLifetime } from './constructs/poll-schedule.js';
import { type DeploySettings, runtimeConfigJson } from './deploy-config.js';

/** The Lambda entry files, each exporting `handler`. */
export interface HandlerEntries {
  readonly dispatch: string;
  readonly poll: string;
  readonly alert: string;
}

/** The entry points in `functions/`. */
export const DEFAULT_ENTRIES: HandlerEntries = {
  dispatch: fileURLToPath(new URL('../functions/dispatch.ts', import.meta.url)),
  poll: fileURLToPath(new URL('../functions/poll.ts', import.meta.url)),
  alert: fileURLToPath(new URL('../functions/alert.ts', import.meta.url)),
};

export interface BorderwatchStackProps extends StackProps {
  /** The validated runtime configuration. */
  readonly config: Config;
  readonly settings: DeploySettings;
  /** @default DEFAULT_ENTRIES */
  readonly entries?: HandlerEntries;
}

/**
 * Longest a poll may run: a steady-state poll takes a second or two; a first poll of a busy feed fetches
 * up to `limits.maxItemsPerFeed` pages, and if cut short, what it stored stays stored and the retry goes on.
 */
export const POLL_TIMEOUT = Duration.minutes(2);

/**
 * Borderwatch: schedule -> dispatch -> feed queue -> poll -> table -> stream (incidents only) -> alert ->
 * SNS, with a dead-letter queue at the end of every retry chain and alarms to the operator topic.
 */
export class BorderwatchStack extends Stack {
  readonly table: IncidentTable;
  readonly topics: AlertTopics;
  readonly feedQueue: FeedQueue;
  readonly dispatchFunction: MonitorFunction;
  readonly pollFunction: MonitorFunction;
  readonly alertFunction: MonitorFunction;
  readonly alarms: MonitorAlarms;
  readonly alertSweep: AlertSweepSchedule;

  constructor(scope: Construct, id: string, props: BorderwatchStackProps) {
    super(scope, id, props);
    const { config, settings } = props;
    const entries = props.entries ?? DEFAULT_ENTRIES;
    const logRetention = settings.logRetentionDays as logs.RetentionDays;

    this.table = new IncidentTable(this, 'Incidents', { retain: settings.retain });
    this.topics = new AlertTopics(this, 'Topics', {
      subscribers: config.subscribers,
      operatorEmails: settings.operatorEmails,
    });
    this.feedQueue = new FeedQueue(this, 'FeedQueue', { consumerTimeout: POLL_TIMEOUT });
    const dispatchFailures = new DeadLetterQueue(this, 'DispatchFailures', {
      holds:
        'poll cycles the schedule could not start (EventBridge delivery or the dispatch function failed)',
    });
    const alertFailures = new DeadLetterQueue(this, 'AlertFailures', {
      holds:
        'incident-stream batches the alert function gave up on (shard and sequence numbers to replay), ' +
        'and alert sweeps EventBridge could not deliver',
    });

    const runtimeConfig = runtimeConfigJson(config);
    const environment = {
      BORDERWATCH_CONFIG: runtimeConfig,
      // The functions take the config this stack validated as it stands, without building its schema.
      [CONFIG_SEAL_VARIABLE]: configSeal(runtimeConfig),
      TABLE_NAME: this.table.table.tableName,
      TOPIC_ARN: this.topics.alertTopic.topicArn,
    };

    this.dispatchFunction = new MonitorFunction(this, 'Dispatch', {
      entry: entries.dispatch,
      description: 'Borderwatch: sends one poll request per configured feed to the feed queue',
      invocation: {
        kind: 'async',
        failureQueue: dispatchFailures.queue,
        maxEventAge: tickLifetime(config.schedule.rateMinutes),
      },
      logRetention,
      environment: { ...environment, FEED_QUEUE_URL: this.feedQueue.queue.queueUrl },
    });
    this.pollFunction = new MonitorFunction(this, 'Poll', {
      entry: entries.poll,
      description: 'Borderwatch: polls one feed, classifies new articles, stores incidents',
      invocation: {
        kind: 'event-source-mapping',
        failureRoute:
          'a message that fails its polls moves to the feed dead-letter queue by the queue redrive policy',
      },
      // Parsing pages with cheerio is CPU-bound; Lambda gives CPU in proportion to memory.
      memorySize: 512,
      timeout: POLL_TIMEOUT,
      logRetention,
      environment,
    });
    this.alertFunction = new MonitorFunction(this, 'Alert', {
      entry: entries.alert,
      description: 'Borderwatch: applies the alert rules to incident changes and publishes alerts',
      invocation: {
        kind: 'event-source-mapping',
        failureRoute: 'batches it gives up on go to the stream mapping on-failure queue',
      },
      logRetention,
      environment,
    });

    this.feedQueue.grantSend(this.dispatchFunction);
    this.table.grantItemReadWrite(this.pollFunction);
    this.table.grantItemReadWrite(this.alertFunction);
    this.topics.grantPublishAlerts(this.alertFunction);

    new PollSchedule(this, 'Schedule', {
      rateMinutes: config.schedule.rateMinutes,
      dispatcher: this.dispatchFunction,
      failureQueue: dispatchFailures.queue,
    });
    this.feedQueue.feed(this.pollFunction, {
      maxConcurrency: Math.max(config.limits.feedConcurrency, MIN_SQS_MAX_CONCURRENCY),
    });
    this.table.streamIncidentsTo(this.alertFunction, { failureQueue: alertFailures.queue });
    // Behind the stream: a sweep sends what its records could not (e.g. after exhausting their retries).
    this.alertSweep = new AlertSweepSchedule(this, 'AlertSweep', {
      alertFunction: this.alertFunction,
      failureQueue: alertFailures.queue,
    });

    this.alarms = new MonitorAlarms(this, 'Alarms', {
      operatorTopic: this.topics.operatorTopic,
      alertTopic: this.topics.alertTopic,
      rateMinutes: config.schedule.rateMinutes,
      functions: { Dispatch: this.dispatchFunction, Poll: this.pollFunction, Alert: this.alertFunction },
      deadLetterQueues: {
        FeedDeadLetters: this.feedQueue.deadLetters,
        DispatchFailures: dispatchFailures,
        AlertFailures: alertFailures,
        DeliveryFailures: this.topics.deliveryFailures,
      },
      expectPolls: config.feeds.length > 0,
      smsSpendThresholdUsd: config.subscribers.some((s) => s.phone !== undefined)
        ? settings.smsSpendAlarmUsd
        : undefined,
    });

    if (config.feeds.length === 0) {
      Annotations.of(this).addWarningV2(
        'borderwatch:no-feeds',
        'No feeds configured: every cycle will dispatch nothing. Pass -c config=FILE or -c feeds=URL,URL.',
      );
    }
    if (settings.operatorEmails.length === 0) {
      Annotations.of(this).addWarningV2(
        'borderwatch:no-operator',
        'No operator emails: alarms go to the operator topic with nobody subscribed. Pass -c operatorEmails=ADDRESS.',
      );
    }

    new CfnOutput(this, 'TableName', {
      value: this.table.table.tableName,
      description:
        'DynamoDB table; set BORDERWATCH_TABLE to it for `npm run --silent cli -- incidents --db aws`',
    });
    new CfnOutput(this, 'AlertTopicArn', { value: this.topics.alertTopic.topicArn });
    new CfnOutput(this, 'OperatorTopicArn', { value: this.topics.operatorTopic.topicArn });
    new CfnOutput(this, 'FeedDeadLetterQueueUrl', { value: this.feedQueue.deadLetters.queue.queueUrl });
  }
}
