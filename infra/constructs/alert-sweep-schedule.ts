import { Duration } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/**
 * The event the alert function reads as "sweep" (see `isSweepEvent` in `shared/handlers/alert.ts`; a plain
 * constant here, since infra imports no runtime code).
 */
export const ALERT_SWEEP_EVENT = { borderwatch: 'alert-sweep' } as const;

export interface AlertSweepScheduleProps {
  /** The alert function, invoked asynchronously with {@link ALERT_SWEEP_EVENT}. */
  readonly alertFunction: lambda.IFunction;
  /** Where EventBridge puts a sweep it could not deliver. */
  readonly failureQueue: sqs.IQueue;
  /**
   * Minutes between sweeps.
   * @default 15
   */
  readonly rateMinutes?: number;
}

/**
 * The safety net behind the incident stream: an EventBridge rule that has the alert function send every
 * alert still behind the stored incidents (a stream record that exhausted its retries, a publish that kept
 * failing). Claims keep the sweep and the stream from sending anything twice.
 */
export class AlertSweepSchedule extends Construct {
  readonly rule: events.Rule;

  constructor(scope: Construct, id: string, props: AlertSweepScheduleProps) {
    super(scope, id);
    const rateMinutes = props.rateMinutes ?? 15;
    if (!Number.isInteger(rateMinutes) || rateMinutes < 1 || rateMinutes > 1440) {
      throw new Error(`${this.node.path}: rateMinutes must be an integer from 1 to 1440, got ${rateMinutes}`);
    }
    this.rule = new events.Rule(this, 'Rule', {
      description: `Sends Borderwatch alerts the incident stream left behind, every ${rateMinutes} minute(s)`,
      schedule: events.Schedule.rate(Duration.minutes(rateMinutes)),
    });
    // The target's permission is scoped to this rule (lambda:InvokeFunction, SourceArn = the rule).
    this.rule.addTarget(
      new targets.LambdaFunction(props.alertFunction, {
        event: events.RuleTargetInput.fromObject(ALERT_SWEEP_EVENT),
        deadLetterQueue: props.failureQueue,
        retryAttempts: 2,
        // A sweep is only worth delivering until the next one, which does the same work.
        maxEventAge: Duration.minutes(Math.max(rateMinutes, 1)),
      }),
    );
  }
}
