/**
 * The `Store` port on one DynamoDB table (single-table design, keys in `shared/table-schema.ts`).
 *
 * | item            | pk                  | sk               | notes                                   |
 * |-----------------|---------------------|------------------|-----------------------------------------|
 * | feed state      | `FEED#<url>`        | `STATE`          | ETag, Last-Modified, health             |
 * | seen article    | `ARTICLE#<id>`      | `SEEN`           | TTL `expiresAt`                         |
 * | seen fingerprint| `FP#<fingerprint>`  | `SEEN`           | TTL `expiresAt`; syndicated copies      |
 * | incident        | `INCIDENT#<id>`     | `INCIDENT`       | GSI byBorder: `BORDER#<b>` / `<date>#<id>`; streamed to alerts; `alertedVersion` when written with its alerted state |
 * | alerted state   | `INCIDENT#<id>`     | `ALERTED`        | last version alerted, and that incident |
 * | alert claim     | `ALERT#<incidentId>`| `<rule>#<level>` | `pending` (with lease) or `sent`        |
 * | lock            | `LOCK#<name>`       | `LOCK`           | owner and lease expiry (TTL cleans up)  |
 *
 * Every write that must not happen twice is conditional (see DESIGN.md, "Core rules").
 */
import {
  type AttributeValue,
  BatchGetItemCommand,
  type BatchGetItemCommandOutput,
  BatchWriteItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  paginateQuery,
  paginateScan,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import type { Border, Incident } from '../domain/types.js';
import { ConflictError } from '../errors.js';
import type {
  AlertedState,
  AlertKey,
  FeedState,
  IncidentVersion,
  SaveIncidentOptions,
  Store,
} from '../ports/store.js';
import { INCIDENT_ENTITY, TABLE_KEYS } from '../table-schema.js';

const { partitionKey: PK, sortKey: SK, byBorderPartitionKey: GSI_PK, byBorderSortKey: GSI_SK } = TABLE_KEYS;

/** BatchGetItem takes at most 100 keys, BatchWriteItem at most 25 requests. */
const BATCH_GET_LIMIT = 100;
const BATCH_WRITE_LIMIT = 25;
/** Unprocessed keys/items are retried this many times with backoff before giving up. */
const UNPROCESSED_RETRIES = 8;

type Item = Record<string, unknown>;
type Wire = Record<string, AttributeValue>;

/**
 * Plain values to DynamoDB attribute values (undefined fields dropped) and back. The store marshals itself
 * rather than through lib-dynamodb's document client, which costs CPU on every request and cannot share
 * the client's cached middleware stack (`cacheMiddleware`, see `shared/wiring/aws-clients.ts`).
 */
function toWire(item: Item): Wire {
  return marshall(item, { removeUndefinedValues: true });
}

function fromWire(wire: Wire): Item {
  return unmarshall(wire);
}

/**
 * On an incident item written with its alerted state (`SaveIncidentOptions.alerted`): the version written,
 * so the item is its own alerted state while it stays at that version.
 */
const ALERTED_VERSION = 'alertedVersion';

const KEY_ATTRIBUTES = [PK, SK, GSI_PK, GSI_SK, TABLE_KEYS.entityAttribute, ALERTED_VERSION] as const;

/**
 * An incident as the table stores it, in DynamoDB's attribute values: the item `saveIncident` writes, and so
 * the image a stream record carries (the local stream emulation builds its records with it).
 */
export function incidentImage(incident: Incident, options: SaveIncidentOptions = {}): Wire {
  return toWire(incidentToItem(incident, options));
}

/** The table item for an incident: its fields plus keys, and its alerted state if written with it. */
function incidentToItem(incident: Incident, options: SaveIncidentOptions): Item {
  return {
    [PK]: `INCIDENT#${incident.id}`,
    [SK]: 'INCIDENT',
    [TABLE_KEYS.entityAttribute]: INCIDENT_ENTITY,
    [GSI_PK]: `BORDER#${incident.border}`,
    [GSI_SK]: `${incident.eventDate}#${incident.id}`,
    ...incident,
    ...(options.alerted ? { [ALERTED_VERSION]: incident.version } : {}),
  };
}

/**
 * True when a table item (or an unmarshalled stream image) is an incident written with its alerted state
 * at the version it holds: nothing about it is left to alert.
 */
export function itemRecordsAlerted(item: Item): boolean {
  return item[ALERTED_VERSION] !== undefined && item[ALERTED_VERSION] === item.version;
}

/** The incident held by a table item (or an unmarshalled stream image). */
export function itemToIncident(item: Item): Incident {
  const copy: Item = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as unknown as Incident;
}

/** The byBorder index query for one border and an inclusive event-date range. */
function byBorderQuery(tableName: string, border: Border, from: string, to: string) {
  return {
    TableName: tableName,
    IndexName: TABLE_KEYS.byBorderIndex,
    KeyConditionExpression: '#gpk = :gpk AND #gsk BETWEEN :from AND :to',
    ExpressionAttributeNames: { '#gpk': GSI_PK, '#gsk': GSI_SK } as Record<string, string>,
    // '~' sorts after every id character, so the whole `to` day is included.
    ExpressionAttributeValues: toWire({ ':gpk': `BORDER#${border}`, ':from': from, ':to': `${to}#~` }),
  };
}

function itemToFeedState(item: Item): FeedState {
  const { [PK]: _pk, [SK]: _sk, [TABLE_KEYS.entityAttribute]: _entity, ...state } = item;
  return state as unknown as FeedState;
}

function feedKey(url: string): Item {
  return { [PK]: `FEED#${url}`, [SK]: 'STATE' };
}

function alertKey(key: AlertKey): Item {
  return { [PK]: `ALERT#${key.incidentId}`, [SK]: `${key.rule}#${key.level}` };
}

function alertedKey(incidentId: string): Item {
  return { [PK]: `INCIDENT#${incidentId}`, [SK]: 'ALERTED' };
}

/** The `entity` of alerted-state items (not `incident`, so they never reach the alert stream). */
const ALERTED_ENTITY = 'alerted';

function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the DynamoDB store.
 * @param client a DynamoDB client (configured by the caller: region, endpoint, retries).
 * @param tableName the single table's name.
 */
export function createDynamoDbStore(client: DynamoDBClient, tableName: string): Store {
  async function batchGet(keys: Item[], projectKeyOnly = true): Promise<Item[]> {
    const found: Item[] = [];
    for (const part of chunk(keys, BATCH_GET_LIMIT)) {
      let pending: Wire[] | undefined = part.map(toWire);
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > UNPROCESSED_RETRIES)
          throw new Error(`BatchGetItem left ${pending.length} key(s) unprocessed`);
        if (attempt > 0) await sleep(Math.min(1000, 25 * 2 ** attempt));
        const Keys: Wire[] = pending;
        const result: BatchGetItemCommandOutput = await client.send(
          new BatchGetItemCommand({
            RequestItems: {
              [tableName]: projectKeyOnly
                ? { Keys, ProjectionExpression: '#pk', ExpressionAttributeNames: { '#pk': PK } }
                : { Keys, ConsistentRead: true },
            },
          }),
        );
        found.push(...(result.Responses?.[tableName] ?? []).map(fromWire));
        pending = result.UnprocessedKeys?.[tableName]?.Keys;
      }
    }
    return found;
  }

  async function batchPut(items: Item[]): Promise<void> {
    for (const part of chunk(items, BATCH_WRITE_LIMIT)) {
      let pending = part.map((item) => ({ PutRequest: { Item: toWire(item) } }));
      for (let attempt = 0; pending.length > 0; attempt++) {
        if (attempt > UNPROCESSED_RETRIES)
          throw new Error(`BatchWriteItem left ${pending.length} item(s) unprocessed`);
        if (attempt > 0) await sleep(Math.min(1000, 25 * 2 ** attempt));
        const result = await client.send(
          new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }),
        );
        pending = (result.UnprocessedItems?.[tableName] ?? []) as typeof pending;
      }
    }
  }

  return {
    async getFeedState(url) {
      const result = await client.send(
        new GetItemCommand({ TableName: tableName, Key: toWire(feedKey(url)) }),
      );
      return result.Item ? itemToFeedState(fromWire(result.Item)) : null;
    },

    async putFeedState(state) {
      await client.send(
        new PutItemCommand({
          TableName: tableName,
          Item: toWire({ ...feedKey(state.url), [TABLE_KEYS.entityAttribute]: 'feed', ...state }),
        }),
      );
    },

    async listFeedStates() {
      const states: FeedState[] = [];
      const pages = paginateScan(
        { client },
        {
          TableName: tableName,
          FilterExpression: '#entity = :feed',
          ExpressionAttributeNames: { '#entity': TABLE_KEYS.entityAttribute },
          ExpressionAttributeValues: toWire({ ':feed': 'feed' }),
        },
      );
      for await (const page of pages) {
        states.push(...(page.Items ?? []).map((item) => itemToFeedState(fromWire(item))));
      }
      return states.sort((a, b) => a.url.localeCompare(b.url));
    },

    async findSeen(ids, fingerprints) {
      const keys = [
        ...new Set([...ids.map((id) => `ARTICLE#${id}`), ...fingerprints.map((fp) => `FP#${fp}`)]),
      ].map((pk) => ({ [PK]: pk, [SK]: 'SEEN' }));
      if (keys.length === 0) return new Set();
      const found = await batchGet(keys);
      return new Set(found.map((item) => String(item[PK]).replace(/^(ARTICLE|FP)#/, '')));
    },

    async markSeen(articles, expiresAt) {
      const items: Item[] = [];
      for (const article of articles) {
        const common = {
          [SK]: 'SEEN',
          [TABLE_KEYS.entityAttribute]: 'article',
          [TABLE_KEYS.ttlAttribute]: expiresAt,
          articleId: article.id,
          feedUrl: article.feedUrl,
          url: article.url,
          incidentId: article.incidentId,
          seenAt: article.seenAt,
        };
        items.push({ [PK]: `ARTICLE#${article.id}`, ...common, fingerprint: article.fingerprint });
        if (article.fingerprint) items.push({ [PK]: `FP#${article.fingerprint}`, ...common });
      }
      await batchPut(items);
    },

    async getIncident(id) {
      const result = await client.send(
        new GetItemCommand({
          TableName: tableName,
          Key: toWire({ [PK]: `INCIDENT#${id}`, [SK]: 'INCIDENT' }),
          ConsistentRead: true,
        }),
      );
      return result.Item ? itemToIncident(fromWire(result.Item)) : null;
    },

    async getIncidents(ids) {
      if (ids.length === 0) return [];
      const keys = [...new Set(ids)].map((id) => ({ [PK]: `INCIDENT#${id}`, [SK]: 'INCIDENT' }));
      return (await batchGet(keys, false)).map(itemToIncident);
    },

    async queryIncidents(border: Border, from: string, to: string) {
      const incidents: Incident[] = [];
      for await (const page of paginateQuery({ client }, byBorderQuery(tableName, border, from, to))) {
        incidents.push(...(page.Items ?? []).map((item) => itemToIncident(fromWire(item))));
      }
      return incidents;
    },

    async queryIncidentTolls(border: Border, from: string, to: string) {
      const tolls: { id: string; killed: number | null }[] = [];
      const base = byBorderQuery(tableName, border, from, to);
      const query = {
        ...base,
        ProjectionExpression: '#id, #killed, #status',
        ExpressionAttributeNames: {
          ...base.ExpressionAttributeNames,
          '#id': 'id',
          '#killed': 'killed',
          '#status': 'status',
        },
      };
      for await (const page of paginateQuery({ client }, query)) {
        for (const item of (page.Items ?? []).map(fromWire)) {
          // A merged incident's reports are counted in the incident that absorbed it.
          if (item.status === 'merged') continue;
          tolls.push({ id: String(item.id), killed: typeof item.killed === 'number' ? item.killed : null });
        }
      }
      return tolls;
    },

    async listIncidents() {
      const all: Incident[] = [];
      for (const border of ['tajik-afghan', 'tajik-kyrgyz', 'tajik-uzbek'] as const) {
        all.push(...(await this.queryIncidents(border, '0000-00-00', '9999-12-31')));
      }
      return all.sort((a, b) => b.eventDate.localeCompare(a.eventDate) || a.id.localeCompare(b.id));
    },

    async listIncidentVersions() {
      const versions: IncidentVersion[] = [];
      for (const border of ['tajik-afghan', 'tajik-kyrgyz', 'tajik-uzbek'] as const) {
        const base = byBorderQuery(tableName, border, '0000-00-00', '9999-12-31');
        const query = {
          ...base,
          ProjectionExpression: '#id, #version, #alerted, #status, #mergedInto, #absorbed',
          ExpressionAttributeNames: {
            ...base.ExpressionAttributeNames,
            '#id': 'id',
            '#version': 'version',
            '#alerted': ALERTED_VERSION,
            '#status': 'status',
            '#mergedInto': 'mergedInto',
            '#absorbed': 'absorbed',
          },
        };
        for await (const page of paginateQuery({ client }, query)) {
          for (const item of (page.Items ?? []).map(fromWire)) {
            const absorbed = (item.absorbed ?? []) as { id: string }[];
            versions.push({
              id: String(item.id),
              version: Number(item.version),
              alerted: itemRecordsAlerted(item),
              mergedInto: item.status === 'merged' ? String(item.mergedInto) : null,
              absorbed: absorbed.map((a) => a.id),
            });
          }
        }
      }
      return versions;
    },

    async saveIncident(incident, expectedVersion, options = {}) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: incidentImage(incident, options),
            ...(expectedVersion === null
              ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }
              : {
                  ConditionExpression: '#version = :expected',
                  ExpressionAttributeNames: { '#version': 'version' },
                  ExpressionAttributeValues: toWire({ ':expected': expectedVersion }),
                }),
          }),
        );
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) {
          throw new ConflictError(
            `incident ${incident.id} changed since version ${expectedVersion ?? '(new)'} was read`,
            { cause: error },
          );
        }
        throw error;
      }
    },

    async acquireLock(name, owner, now, leaseSeconds) {
      const nowSeconds = Math.floor(now.getTime() / 1000);
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toWire({
              [PK]: `LOCK#${name}`,
              [SK]: 'LOCK',
              [TABLE_KEYS.entityAttribute]: 'lock',
              owner,
              [TABLE_KEYS.ttlAttribute]: nowSeconds + leaseSeconds,
            }),
            ConditionExpression: 'attribute_not_exists(#pk) OR #expires < :now OR #owner = :owner',
            ExpressionAttributeNames: { '#pk': PK, '#expires': TABLE_KEYS.ttlAttribute, '#owner': 'owner' },
            ExpressionAttributeValues: toWire({ ':now': nowSeconds, ':owner': owner }),
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    async releaseLock(name, owner) {
      try {
        await client.send(
          new DeleteItemCommand({
            TableName: tableName,
            Key: toWire({ [PK]: `LOCK#${name}`, [SK]: 'LOCK' }),
            ConditionExpression: '#owner = :owner',
            ExpressionAttributeNames: { '#owner': 'owner' },
            ExpressionAttributeValues: toWire({ ':owner': owner }),
          }),
        );
      } catch (error) {
        // The lease expired and someone else holds it now: theirs to release.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },

    async getAlertedStates(incidentIds) {
      const states = new Map<string, AlertedState>();
      if (incidentIds.length === 0) return states;
      // Both records of each incident: its alerted-state item, and the incident item, which is its own
      // alerted state when written with it.
      const ids = [...new Set(incidentIds)];
      const keys = ids.flatMap((id) => [alertedKey(id), { [PK]: `INCIDENT#${id}`, [SK]: 'INCIDENT' }]);
      for (const item of await batchGet(keys, false)) {
        let state: AlertedState;
        if (item[SK] === 'ALERTED') {
          state = {
            incidentId: String(item.incidentId),
            version: Number(item.version),
            incident: item.incident as Incident,
          };
        } else if (itemRecordsAlerted(item)) {
          const incident = itemToIncident(item);
          state = { incidentId: incident.id, version: incident.version, incident };
        } else continue;
        const other = states.get(state.incidentId);
        if (!other || other.version < state.version) states.set(state.incidentId, state);
      }
      return states;
    },

    async markAlerted(incident, now) {
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toWire({
              ...alertedKey(incident.id),
              [TABLE_KEYS.entityAttribute]: ALERTED_ENTITY,
              incidentId: incident.id,
              version: incident.version,
              incident,
              alertedAt: now.toISOString(),
            }),
            ConditionExpression: 'attribute_not_exists(#pk) OR #version < :version',
            ExpressionAttributeNames: { '#pk': PK, '#version': 'version' },
            ExpressionAttributeValues: toWire({ ':version': incident.version }),
          }),
        );
      } catch (error) {
        // Someone recorded this version or a later one: the state only moves forward.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },

    async pendingAlerts(keys) {
      if (keys.length === 0) return [];
      const pending = new Set<string>();
      for (const part of chunk(keys, BATCH_GET_LIMIT)) {
        const items = await batchGet(part.map(alertKey), false);
        for (const item of items) {
          if (item.status !== 'sent') pending.add(`${String(item[PK])}\u0000${String(item[SK])}`);
        }
      }
      return keys.filter((key) => {
        const k = alertKey(key);
        return pending.has(`${String(k[PK])}\u0000${String(k[SK])}`);
      });
    },

    async claimAlert(key, now, leaseSeconds) {
      const leaseCutoff = new Date(now.getTime() - leaseSeconds * 1000).toISOString();
      // The lease also runs on the wall clock: a replay's cycle clock stands still (`--now`, fixtures), so a
      // claim left by a run that died would otherwise never expire there, and its alert never go out.
      const wallNow = Date.now();
      try {
        await client.send(
          new PutItemCommand({
            TableName: tableName,
            Item: toWire({
              ...alertKey(key),
              [TABLE_KEYS.entityAttribute]: 'alert',
              incidentId: key.incidentId,
              rule: key.rule,
              level: key.level,
              status: 'pending',
              claimedAt: now.toISOString(),
              leaseExpiresAtMs: wallNow + leaseSeconds * 1000,
            }),
            // Free, or claimed by a publisher whose lease ran out (it crashed before completing or releasing).
            ConditionExpression:
              'attribute_not_exists(#pk) OR (#status = :pending AND (#claimedAt < :cutoff OR #leaseEnd < :wallNow))',
            ExpressionAttributeNames: {
              '#pk': PK,
              '#status': 'status',
              '#claimedAt': 'claimedAt',
              '#leaseEnd': 'leaseExpiresAtMs',
            },
            ExpressionAttributeValues: toWire({
              ':pending': 'pending',
              ':cutoff': leaseCutoff,
              ':wallNow': wallNow,
            }),
          }),
        );
        return true;
      } catch (error) {
        if (error instanceof ConditionalCheckFailedException) return false;
        throw error;
      }
    },

    async completeAlert(key, now) {
      await client.send(
        new UpdateItemCommand({
          TableName: tableName,
          Key: toWire(alertKey(key)),
          UpdateExpression: 'SET #status = :sent, sentAt = :now',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: toWire({ ':sent': 'sent', ':now': now.toISOString() }),
        }),
      );
    },

    async releaseAlert(key) {
      try {
        await client.send(
          new DeleteItemCommand({
            TableName: tableName,
            Key: toWire(alertKey(key)),
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: toWire({ ':pending': 'pending' }),
          }),
        );
      } catch (error) {
        // Already sent (or already released): nothing to give up.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    },
  };
}
