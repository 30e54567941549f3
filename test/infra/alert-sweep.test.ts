/**
 * The alert sweep behind the incident stream: a schedule that invokes the alert function with the sweep
 * event, with bounded retries, a dead-letter queue and an invoke permission scoped to the rule.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { Match } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALERT_SWEEP_EVENT } from '../../infra/constructs/alert-sweep-schedule.js';
import { isSweepEvent, SWEEP_EVENT } from '../../shared/handlers/alert.js';
import { EXAMPLE_CONTEXT, type Synthesised, synthesise } from './synth.js';

let synthesised: Synthesised;
const logicalId = (construct: IConstruct): string =>
  synthesised.stack.getLogicalId(construct.node.defaultChild as CfnElement);
const arnOf = (construct: IConstruct) => ({ 'Fn::GetAtt': [logicalId(construct), 'Arn'] });

beforeAll(() => {
  synthesised = synthesise({ ...EXAMPLE_CONTEXT });
});

describe('alert sweep schedule', () => {
  it('invokes the alert function with the sweep event every 15 minutes, retried twice, then dead-lettered', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(15 minutes)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          Arn: arnOf(stack.alertFunction),
          Input: JSON.stringify(ALERT_SWEEP_EVENT),
          DeadLetterConfig: {
            Arn: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('AlertFailures'), 'Arn'] }),
          },
          RetryPolicy: { MaximumRetryAttempts: 2, MaximumEventAgeInSeconds: 900 },
        }),
      ],
    });
  });

  it('lets only that rule invoke the alert function', () => {
    const { template, stack } = synthesised;
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 'events.amazonaws.com',
      FunctionName: arnOf(stack.alertFunction),
      SourceArn: arnOf(stack.alertSweep.rule),
    });
    const permissions = template.findResources('AWS::Lambda::Permission', {
      Properties: { FunctionName: arnOf(stack.alertFunction) },
    });
    expect(Object.keys(permissions)).toHaveLength(1);
  });

  it('sends the event the alert handler reads as a sweep', () => {
    expect(ALERT_SWEEP_EVENT).toEqual(SWEEP_EVENT);
    expect(isSweepEvent(JSON.parse(JSON.stringify(ALERT_SWEEP_EVENT)))).toBe(true);
    expect(isSweepEvent({ Records: [] })).toBe(false);
  });
});
