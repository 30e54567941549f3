/**
 * The `Notifier` port on an SNS topic. One publish per alert message (one per incident change) with
 * `MessageStructure: 'json'`, so email subscribers get the full text and SMS subscribers the short one, and
 * message attributes that subscription filter policies select on: `rule` is a `String.Array` of every rule
 * the message reports, so a policy `rule: ["toll-threshold"]` still selects a message that is also a new
 * incident; `killed` and `wounded` are left out when no report gave the figure (unknown is not 0).
 * @see https://docs.aws.amazon.com/sns/latest/dg/sns-send-custom-platform-specific-payloads-mobile-devices.html
 * @see https://docs.aws.amazon.com/sns/latest/dg/string-value-matching.html
 */
import { type MessageAttributeValue, PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { AlertMessage } from '../domain/types.js';
import type { Notifier } from '../ports/notifier.js';

/** SNS subjects must be ASCII, without line breaks, and shorter than 100 characters. */
export function toSnsSubject(subject: string): string {
  const ascii = subject
    .normalize('NFKD')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const text = /^[A-Za-z0-9\p{P}]/u.test(ascii) ? ascii : `Borderwatch: ${ascii}`;
  return text.length < 100 ? text : `${text.slice(0, 96).replace(/\s+\S*$/, '')}...`;
}

/** The SNS message attributes of an alert, as `PublishCommand` takes them. */
export function toSnsMessageAttributes(
  attributes: AlertMessage['attributes'],
): Record<string, MessageAttributeValue> {
  const out: Record<string, MessageAttributeValue> = {
    border: { DataType: 'String', StringValue: attributes.border },
    rule: { DataType: 'String.Array', StringValue: JSON.stringify(attributes.rule) },
    severity: { DataType: 'String', StringValue: attributes.severity },
  };
  if (attributes.killed !== undefined)
    out.killed = { DataType: 'Number', StringValue: String(attributes.killed) };
  if (attributes.wounded !== undefined) {
    out.wounded = { DataType: 'Number', StringValue: String(attributes.wounded) };
  }
  return out;
}

/** Creates the SNS notifier for one topic. */
export function createSnsNotifier(client: SNSClient, topicArn: string): Notifier {
  return {
    async publish(message: AlertMessage) {
      await client.send(
        new PublishCommand({
          TopicArn: topicArn,
          Subject: toSnsSubject(message.subject),
          MessageStructure: 'json',
          Message: JSON.stringify(message.messages),
          MessageAttributes: toSnsMessageAttributes(message.attributes),
        }),
      );
    },
  };
}
