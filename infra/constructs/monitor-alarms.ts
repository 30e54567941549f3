import { Duration, Stack } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { DeadLetterQueue } from './dead-letter-queue.js';

/** The CloudWatch namespace of the metrics the poll function emits in Embedded Metric Format. */
export const METRICS_NAMESPACE = 'Borderwatch';
/** 1 for a feed that failed `health.failureCycles` polls in a row, else 0; one value per feed per poll. */
export const FEED_UNHEALTHY_METRIC = 'FeedUnhealthy';
/** 1 for a feed silent for `health.silenceFactor` times its usual cadence, else 0. */
export const FEED_SILENT_METRIC = 'FeedSilent';

/** Alert delivery later than this is worth waking someone for. */
export const ITERATOR_AGE_ALARM = Duration.minutes(15);

export interface MonitorAlarmsProps {
  readonly operatorTopic: sns.ITopic;
  /** The topic subscribers receive alerts from; failed deliveries to them are alarmed. */
  readonly alertTopic: sns.ITopic;
  readonly rateMinutes: number;
  /** The three functions, by the name the alarm carries; Alert's iterator age tells how late alerts are. */
  readonly functions: Readonly<Record<'Dispatch' | 'Poll' | 'Alert', lambda.IFunction>>;
  readonly deadLetterQueues: Readonly<Record<string, DeadLetterQueue>>;
  /** Whether feeds are configured, so that polls are expected every cycle. */
  readonly expectPolls: boolean;
  /** Alarm when SMS spend this month reaches this many US dollars; undefined when nobody gets SMS. */
  readonly smsSpendThresholdUsd: number | undefined;
}

/** CloudWatch keeps at most a day of evaluation for a standard alarm. */
const MAX_EVALUATION_MINUTES = 24 * 60;

/**
 * Every condition an operator must hear about, each an alarm that notifies the operator topic when it
 * fires and when it clears: function errors in two cycles running, anything in a dead-letter queue, late
 * alerts, unhealthy or silent feeds, polls that stopped, and SMS spend approaching its limit.
 */
export class MonitorAlarms extends Construct {
  readonly alarms: cloudwatch.Alarm[] = [];
  private readonly notify: actions.SnsAction;
  private readonly prefix: string;

  constructor(scope: Construct, id: string, props: MonitorAlarmsProps) {
    super(scope, id);
    this.notify = new actions.SnsAction(props.operatorTopic);
    this.prefix = Stack.of(this).stackName;
    const cycle = Duration.minutes(Math.min(props.rateMinutes, MAX_EVALUATION_MINUTES / 2));

    for (const [name, fn] of Object.entries(props.functions)) {
      // Retries absorb a transient error; errors in two cycles running are a fault that needs a person.
      this.add(`${name}Errors`, {
        alarmDescription: `The ${name.toLowerCase()} function failed in two poll cycles running. Its log group has the errors.`,
        metric: fn.metricErrors({ period: cycle, statistic: cloudwatch.Stats.SUM }),
        threshold: 1,
        evaluationPeriods: 2,
        datapointsToAlarm: 2,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    for (const [name, deadLetters] of Object.entries(props.deadLetterQueues)) {
      this.add(`${name}NotEmpty`, {
        alarmDescription: `Something was given up on and kept for 14 days: ${deadLetters.holds}.`,
        metric: deadLetters.queue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }

    this.add('NotificationsFailed', {
      alarmDescription:
        'SNS could not deliver an alert to a subscriber (a bounced email, an SMS the carrier refused, or SMS spend at its limit). Email failures are kept in the delivery dead-letter queue.',
      metric: props.alertTopic.metricNumberOfNotificationsFailed({
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.SUM,
      }),
      threshold: 1,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.add('AlertsLate', {
      alarmDescription: `Incident changes wait more than ${ITERATOR_AGE_ALARM.toMinutes()} minutes in the stream before the alert function handles them.`,
      metric: props.functions.Alert.metric('IteratorAge', {
        period: Duration.minutes(5),
        statistic: cloudwatch.Stats.MAXIMUM,
      }),
      threshold: ITERATOR_AGE_ALARM.toMilliseconds(),
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    const feedPeriod = Duration.minutes(Math.min(props.rateMinutes, MAX_EVALUATION_MINUTES));
    const feedHealth: ReadonlyArray<readonly [string, string, string]> = [
      [FEED_UNHEALTHY_METRIC, 'FeedsUnhealthy', 'A feed failed several poll cycles in a row'],
      [FEED_SILENT_METRIC, 'FeedsSilent', 'A feed has published nothing for far longer than it usually does'],
    ];
    for (const [metricName, alarmId, what] of feedHealth) {
      this.add(alarmId, {
        alarmDescription: `${what}. \`npm run --silent cli -- incidents --db aws\` and the poll function's logs name it; the alarm clears when the feed recovers.`,
        metric: new cloudwatch.Metric({
          namespace: METRICS_NAMESPACE,
          metricName,
          period: feedPeriod,
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: 1,
        evaluationPeriods: 1,
        // A cycle that reports late must not flip the alarm to OK and back, mailing the operator twice.
        treatMissingData: cloudwatch.TreatMissingData.IGNORE,
      });
    }

    if (props.expectPolls) {
      const window = Math.min(props.rateMinutes * 3, MAX_EVALUATION_MINUTES);
      this.add('PollsStopped', {
        alarmDescription: `No feed was polled for ${window} minutes: the schedule is disabled, dispatch fails or the feed queue is stuck.`,
        metric: props.functions.Poll.metricInvocations({
          period: Duration.minutes(window),
          statistic: cloudwatch.Stats.SUM,
        }),
        threshold: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.BREACHING,
      });
    }

    if (props.smsSpendThresholdUsd !== undefined) {
      this.add('SmsSpend', {
        alarmDescription: `SMS spend this month reached $${props.smsSpendThresholdUsd}. SNS stops sending SMS at the account's monthly spend limit ($1 until raised).`,
        metric: new cloudwatch.Metric({
          namespace: 'AWS/SNS',
          metricName: 'SMSMonthToDateSpentUSD',
          period: Duration.hours(1),
          statistic: cloudwatch.Stats.MAXIMUM,
        }),
        threshold: props.smsSpendThresholdUsd,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
  }

  private add(id: string, props: cloudwatch.AlarmProps): void {
    const alarm = new cloudwatch.Alarm(this, id, {
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      ...props,
      alarmName: `${this.prefix}-${id}`,
    });
    alarm.addAlarmAction(this.notify);
    alarm.addOkAction(this.notify);
    this.alarms.push(alarm);
  }
}
