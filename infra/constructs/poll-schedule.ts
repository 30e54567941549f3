import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface PollScheduleProps {
  /** Minutes between poll cycles. */
  readonly rateMinutes: number;
  /** The dispatch function, invoked asynchronously once per cycle. */
  readonly dispatcher: lambda.IFunction;
  /** Where EventBridge puts a tick it could not deliver. */
  readonly failureQueue: sqs.IQueue;
}

/** Longest event age EventBridge and Lambda accept for retries. */
const MAX_EVENT_AGE = Duration.hours(6);
/** Shortest event age Lambda accepts. */
const MIN_EVENT_AGE = Duration.minutes(1);

/**
 * A tick is only worth delivering until the next one: later than that the next cycle does the same work.
 * Clamped to the range EventBridge and Lambda accept.
 */
export function tickLifetime(rateMinutes: number): Duration {
  const seconds = Math.min(Math.max(rateMinutes * 60, MIN_EVENT_AGE.toSeconds()), MAX_EVENT_AGE.toSeconds());
  return Duration.seconds(seconds);
}

/** The EventBridge rule that starts each poll cycle by invoking the dispatch function. */
export class PollSchedule extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: PollScheduleProps) {
    super(scope, id);
    this.rule = new events.Rule(this, 'Rule', {
      description: `Starts a Borderwatch poll cycle every ${props.rateMinutes} minute(s)`,
      schedule: events.Schedule.rate(Duration.minutes(props.rateMinutes)),
    });
    this.rule.addTarget(
      new targets.LambdaFunction(props.dispatcher, {
        deadLetterQueue: props.failureQueue,
        retryAttempts: 2,
        maxEventAge: tickLifetime(props.rateMinutes),
      }),
    );
  }
}
