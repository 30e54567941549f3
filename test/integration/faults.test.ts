import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { type HttpRequest, HttpResponse } from '@smithy/protocol-http';
import type { SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDynamoDbStore } from '../../shared/adapters/dynamodb-store.js';
import { createSnsNotifier } from '../../shared/adapters/sns-notifier.js';
import type { FeedConfig } from '../../shared/config.js';
import { createAlertHandler } from '../../shared/handlers/alert.js';
import { createPollHandler } from '../../shared/handlers/poll.js';
import { toStreamRecord } from '../../shared/local/run-cycle.js';
import { fixedClock } from '../../shared/ports/clock.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { Store } from '../../shared/ports/store.js';
import { createLocalDynamoClient, SDK_MAX_ATTEMPTS } from '../../shared/wiring/aws-clients.js';
import { createConfiguredFetcher } from '../../shared/wiring/fetcher.js';
import { anIncident } from '../support/builders.js';
import { type LocalSite, newsPage, rss, startLocalSite } from '../support/local-site.js';
import { type Rig, startRig } from '../support/rig.js';

const NOW = '2026-01-05T18:00:00Z';
const CLASH = {
  title: 'Four gunmen killed after crossing into Tajikistan from Afghanistan',
  paragraphs: [
    'Tajik border guards killed four armed men who crossed into the Khatlon region from Afghanistan overnight, the State Committee for National Security said on Monday.',
    'The men refused to lay down their weapons and opened fire on a border patrol near the village of Panji Poyon, the committee said in a statement.',
    'At least 16 people have been killed in cross-border attacks since November, according to official figures.',
  ],
  published: '2026-01-05T08:00:00Z',
};

let site: LocalSite;
let rig: Rig;
let feed: FeedConfig;

beforeEach(async () => {
  site = await startLocalSite();
  rig = await startRig({}, NOW);
  site.routes.set('/rss.xml', {
    body: rss('Dushanbe Daily', [
      { ...CLASH, link: `${site.origin}/news/clash`, description: CLASH.paragraphs[0] as string },
    ]),
    headers: { 'content-type': 'application/rss+xml' },
  });
  site.routes.set('/news/clash', {
    body: newsPage(CLASH.title, CLASH.paragraphs),
    headers: { 'content-type': 'text/html' },
  });
  feed = { url: `${site.origin}/rss.xml`, name: 'Dushanbe Daily' };
});
afterEach(async () => {
  await rig.close();
  await site.close();
});

function sqsEvent(feeds: readonly FeedConfig[]): SQSEvent {
  return {
    Records: feeds.map((f, i) => ({ messageId: `m-${i}`, body: JSON.stringify(f) })),
  } as unknown as SQSEvent;
}

describe('replays and concurrency', () => {
  it('creates nothing twice when the same SQS message is delivered again', async () => {
    const poll = createPollHandler({
      config: rig.config,
      store: rig.store,
      fetcher: createConfiguredFetcher(rig.config, { offline: true }),
      clock: fixedClock(NOW),
      logger: silentLogger,
    });

    await poll(sqsEvent([feed]));
    const replay = await poll(sqsEvent([feed]));

    expect(replay.batchItemFailures).toEqual([]);
    const incidents = await rig.store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.sources).toHaveLength(1);
    expect(incidents[0]?.version).toBe(1);
  });

  it('records one incident and sends one alert when two polls of the same feed run at once', async () => {
    const [a, b] = await Promise.all([rig.run([feed]), rig.run([feed])]);

    expect(a.incidentsCreated + b.incidentsCreated).toBe(1);
    const incidents = await rig.store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.sources).toHaveLength(1);
    const alerts = await rig.outboxEntries();
    expect(alerts.filter((x) => x.rule === 'new-incident')).toHaveLength(1);
  });

  it('completes an interrupted poll in the next cycle without a duplicate source or alert', async () => {
    // The process dies after the incident write, before the article is remembered.
    let crash = true;
    const crashing: Store = {
      ...rig.store,
      async markSeen(articles, expiresAt) {
        if (crash) {
          crash = false;
          throw new Error('process killed');
        }
        return rig.store.markSeen(articles, expiresAt);
      },
    };

    const interrupted = await rig.run([feed], { store: crashing });
    const next = await rig.run([feed], { store: crashing });
    const after = await rig.run([feed], { store: crashing });

    expect(interrupted.feeds[0]?.status).toBe('error');
    expect(next.feeds[0]?.status).toBe('ok');
    expect(after.newArticles).toBe(0);
    const incidents = await rig.store.listIncidents();
    expect(incidents).toHaveLength(1);
    expect(incidents[0]?.sources).toHaveLength(1);
    expect((await rig.outboxEntries()).filter((x) => x.rule === 'new-incident')).toHaveLength(1);
  });
});

describe('DynamoDB faults', () => {
  it('reports the SQS message failed when DynamoDB throttles beyond the SDK retries, and stores nothing', async () => {
    const throttled = createLocalDynamoClient(rig.table.dynamo.endpoint);
    throttled.middlewareStack.add(
      () => async () => {
        throw new ProvisionedThroughputExceededException({ message: 'Rate exceeded', $metadata: {} });
      },
      { step: 'initialize', name: 'throttleEverything' },
    );
    const alerts = { published: 0 };
    const poll = createPollHandler({
      config: rig.config,
      store: createDynamoDbStore(throttled, rig.table.tableName),
      fetcher: createConfiguredFetcher(rig.config, { offline: true }),
      clock: fixedClock(NOW),
      logger: silentLogger,
      onIncidentWritten: () => {
        alerts.published++;
      },
    });

    const response = await poll(sqsEvent([feed]));

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm-0' }]);
    expect(alerts.published).toBe(0);
    expect(await rig.store.listIncidents()).toEqual([]);
    throttled.destroy();
  });

  it('retries a throttled request with the configured SDK retry settings and then succeeds', async () => {
    const real = new NodeHttpHandler();
    let calls = 0;
    const throttleTwice = {
      async handle(request: HttpRequest) {
        calls++;
        if (calls <= 2) {
          const body = JSON.stringify({
            __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
            message: 'Rate of requests exceeds the allowed throughput.',
          });
          return {
            response: new HttpResponse({
              statusCode: 400,
              headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': `r${calls}` },
              body: Buffer.from(body),
            }),
          };
        }
        return real.handle(request);
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
    };
    const client = createLocalDynamoClient(rig.table.dynamo.endpoint, {
      requestHandler: throttleTwice as never,
    });
    const store = createDynamoDbStore(client, rig.table.tableName);

    await store.saveIncident(anIncident({ id: 'retry-1' }), null);

    expect(calls).toBe(3);
    expect(SDK_MAX_ATTEMPTS).toBeGreaterThanOrEqual(3);
    expect((await rig.store.getIncident('retry-1'))?.id).toBe('retry-1');
    client.destroy();
  });
});

describe('alert delivery', () => {
  it.each([
    ['SNS throttling', 'ThrottledException', 'Rate exceeded'],
    ['a KMS error on the encrypted topic', 'KMSThrottlingException', 'KMS key is throttled'],
    ['a KMS key disabled for a while', 'KMSDisabledException', 'The key is disabled'],
    ['a timeout', 'TimeoutError', 'socket hang up after 30000 ms'],
  ])(
    'keeps an alert pending through %s and publishes it exactly once when the record is retried',
    async (_case, name, message) => {
      const sns = mockClient(SNSClient);
      const failure = Object.assign(new Error(message), { name });
      sns.on(PublishCommand).rejectsOnce(failure).resolves({ MessageId: 'msg-1' });
      const alert = createAlertHandler({
        config: rig.config,
        store: rig.store,
        notifier: createSnsNotifier(
          new SNSClient({ region: 'eu-central-1' }),
          'arn:aws:sns:eu-central-1:111122223333:alerts',
        ),
        clock: fixedClock(NOW),
        logger: silentLogger,
      });
      const incident = anIncident({ id: 'tajik-afghan:2026-01-04:1' });
      await rig.store.saveIncident(incident, null);
      const event = { Records: [toStreamRecord(null, incident, 1)] };

      const first = await alert(event);
      const retry = await alert(event);
      const replay = await alert(event);

      expect(first.batchItemFailures).toHaveLength(1);
      expect(retry.batchItemFailures).toEqual([]);
      expect(replay.batchItemFailures).toEqual([]);
      const publishes = sns.commandCalls(PublishCommand);
      // One failed attempt plus exactly one successful publish: one message for the change, naming every
      // rule it met in the `rule` String.Array attribute (subscription filter policies match any of them).
      expect(publishes).toHaveLength(2);
      const rule = publishes[1]?.args[0].input.MessageAttributes?.rule;
      expect(rule?.DataType).toBe('String.Array');
      expect(JSON.parse(rule?.StringValue ?? '[]')).toContain('new-incident');
      const first_input = publishes[1]?.args[0].input;
      expect(first_input?.MessageStructure).toBe('json');
      expect(JSON.parse(first_input?.Message ?? '{}')).toHaveProperty('sms');
      sns.restore();
    },
  );

  it('reports only the poison record of a stream batch as failed', async () => {
    const published: string[] = [];
    const alert = createAlertHandler({
      config: rig.config,
      store: rig.store,
      notifier: { publish: async (m) => void published.push(`${m.incidentId}/${m.rule}`) },
      clock: fixedClock(NOW),
      logger: silentLogger,
    });
    const good1 = anIncident({ id: 'tajik-afghan:2026-01-04:1' });
    const good2 = anIncident({ id: 'tajik-kyrgyz:2026-01-05:1', border: 'tajik-kyrgyz', place: 'Vorukh' });
    const poison = toStreamRecord(null, anIncident({ id: 'x' }), 2);
    // A malformed image: the incident item lost its id and border.
    const image = poison.dynamodb?.NewImage as Record<string, unknown>;
    delete image.id;
    delete image.border;

    const response = await alert({
      Records: [toStreamRecord(null, good1, 1), poison, toStreamRecord(null, good2, 3)],
    });

    expect(response.batchItemFailures).toEqual([{ itemIdentifier: poison.dynamodb?.SequenceNumber }]);
    expect(published).toEqual(
      expect.arrayContaining([`${good1.id}/new-incident`, `${good2.id}/new-incident`]),
    );
  });
});
