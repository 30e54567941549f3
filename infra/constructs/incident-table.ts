import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { INCIDENT_ENTITY, TABLE_KEYS } from '../../shared/table-schema.js';

export interface IncidentTableProps {
  /**
   * Keep the table when the stack is deleted or the table replaced, and refuse deletion outright.
   * Only development stacks should turn this off.
   * @default true
   */
  readonly retain?: boolean;
}

export interface IncidentStreamOptions {
  /** Where the mapping reports records it gave up on (DynamoDB streams send the shard position, not the record). */
  readonly failureQueue: sqs.IQueue;
  /** @default 10 */
  readonly batchSize?: number;
  /** @default 8 */
  readonly retryAttempts?: number;
  /** @default Duration.hours(6) */
  readonly maxRecordAge?: Duration;
}

/**
 * The data actions the store adapter uses (Get/Put/Update/Delete, their batch forms, Query). No Scan, no
 * table management: the stack owns the table's shape. Transactions, if ever used, are authorised by these.
 */
const ITEM_READ_WRITE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/**
 * The single table: on-demand, point-in-time recovery, deletion protection and RETAIN by default, TTL on
 * seen-article markers, and a stream of new and old images from which only incident items reach the
 * alert function. Key names come from `shared/table-schema.ts`, as the adapter's do.
 */
export class IncidentTable extends Construct {
  readonly table: dynamodb.TableV2;

  constructor(scope: Construct, id: string, props: IncidentTableProps = {}) {
    super(scope, id);
    const retain = props.retain ?? true;
    const stringKey = (name: string): dynamodb.Attribute => ({ name, type: dynamodb.AttributeType.STRING });
    this.table = new dynamodb.TableV2(this, 'Table', {
      partitionKey: stringKey(TABLE_KEYS.partitionKey),
      sortKey: stringKey(TABLE_KEYS.sortKey),
      billing: dynamodb.Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: retain,
      removalPolicy: retain ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
      timeToLiveAttribute: TABLE_KEYS.ttlAttribute,
      dynamoStream: dynamodb.StreamViewType.NEW_AND_OLD_IMAGES,
      globalSecondaryIndexes: [
        {
          indexName: TABLE_KEYS.byBorderIndex,
          partitionKey: stringKey(TABLE_KEYS.byBorderPartitionKey),
          sortKey: stringKey(TABLE_KEYS.byBorderSortKey),
          projectionType: dynamodb.ProjectionType.ALL,
        },
      ],
    });
  }

  /** Item reads and writes on the table and its `byBorder` index, nothing else. */
  grantItemReadWrite(grantee: iam.IGrantable): void {
    iam.Grant.addToPrincipal({
      grantee,
      actions: [...ITEM_READ_WRITE_ACTIONS],
      resourceArns: [this.table.tableArn, `${this.table.tableArn}/index/${TABLE_KEYS.byBorderIndex}`],
    });
  }

  /**
   * Feeds incident changes to `consumer`: a stream mapping filtered to items whose new image has
   * `entity = incident`, with bisect on error, partial batch responses, bounded retries and record age,
   * and an on-failure queue.
   */
  streamIncidentsTo(consumer: lambda.IFunction, options: IncidentStreamOptions): lambda.EventSourceMapping {
    const tableStreamArn = this.table.tableStreamArn;
    if (tableStreamArn === undefined) throw new Error(`${this.node.path}: the table has no stream`);
    this.table.grantStreamRead(consumer);
    return new lambda.EventSourceMapping(this, 'AlertMapping', {
      target: consumer,
      eventSourceArn: tableStreamArn,
      // From the oldest record still in the stream: an incident written while the mapping was being
      // created or was disabled still gets its alert.
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      batchSize: options.batchSize ?? 10,
      bisectBatchOnError: true,
      reportBatchItemFailures: true,
      retryAttempts: options.retryAttempts ?? 8,
      maxRecordAge: options.maxRecordAge ?? Duration.hours(6),
      // One batch per shard at a time, so the changes of one incident are seen in order.
      parallelizationFactor: 1,
      onFailure: new SqsDlq(options.failureQueue),
      filters: [
        lambda.FilterCriteria.filter({
          dynamodb: {
            NewImage: { [TABLE_KEYS.entityAttribute]: { S: lambda.FilterRule.isEqual(INCIDENT_ENTITY) } },
          },
        }),
      ],
    });
  }
}
