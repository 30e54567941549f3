import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, Token } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { bundledCode, HANDLER } from '../bundling/esbuild-code.js';
import { acknowledgeFinding } from './acknowledge.js';

/** The newest Node.js runtime this aws-cdk-lib knows (cdk-nag AwsSolutions-L1 checks the same list). */
const RUNTIME = lambda.Runtime.NODEJS_24_X;

/** The project root: the nominal source of every function's code asset. */
const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Lambda allows 4 KB for all environment variables of a function, names and values together.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html
 */
export const LAMBDA_ENVIRONMENT_LIMIT_BYTES = 4096;

/**
 * Bytes reserved for a value that is only known at deploy time (a table name, topic ARN or queue URL).
 * CloudFormation-generated names stay well under this; it keeps the size check honest at synth time.
 */
export const UNRESOLVED_VALUE_BYTES = 256;

/** How a function is invoked, which decides where its failures go. */
export type MonitorInvocation =
  | {
      /** Invoked asynchronously (by a schedule): Lambda retries, then hands the event to `failureQueue`. */
      readonly kind: 'async';
      readonly failureQueue: sqs.IQueue;
      /** @default 2 */
      readonly retryAttempts?: number;
      /** Events older than this are dropped to `failureQueue` instead of run late. */
      readonly maxEventAge: Duration;
    }
  | {
      /** Invoked synchronously by an event source mapping, whose own settings route failed records. */
      readonly kind: 'event-source-mapping';
      /** Where the mapping sends what it gives up on; named in the nag acknowledgement. */
      readonly failureRoute: string;
    };

export interface MonitorFunctionProps {
  /** The handler's TypeScript entry file; it must export `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly invocation: MonitorInvocation;
  /** @default 256 */
  readonly memorySize?: number;
  /** @default Duration.seconds(30) */
  readonly timeout?: Duration;
  /** @default logs.RetentionDays.ONE_MONTH */
  readonly logRetention?: logs.RetentionDays;
  /** Environment variables besides the house ones (`POWERTOOLS_SERVICE_NAME`). @default {} */
  readonly environment?: Readonly<Record<string, string>>;
}

/**
 * A Lambda function with every house default: latest Node.js runtime, arm64, a minified, code-split ESM
 * bundle with the AWS SDK inside (see bundling/esbuild-code.ts), an explicit log group with retention, its own role holding only what it is granted,
 * bounded async retries with an on-failure queue, and an environment that fails synth rather than
 * deploy when it outgrows Lambda's 4 KB.
 */
export class MonitorFunction extends lambda.Function {
  /** Bytes per variable (name and value), to keep the whole environment within Lambda's limit. */
  private readonly environmentSizes: Map<string, number>;

  constructor(scope: Construct, id: string, props: MonitorFunctionProps) {
    const environment = { POWERTOOLS_SERVICE_NAME: 'borderwatch', ...props.environment };
    // Checked before bundling, so an oversized config fails at once.
    const environmentSizes = new Map(
      Object.entries(environment).map(([name, value]) => [name, environmentEntryBytes(name, value)] as const),
    );
    assertEnvironmentFits(`${scope.node.path}/${id}`, environmentSizes);
    const logGroup = new logs.LogGroup(scope, `${id}Logs`, {
      retention: props.logRetention ?? logs.RetentionDays.ONE_MONTH,
      // Logs are diagnostics, not records: tearing the stack down removes them.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An own role instead of the AWSLambdaBasicExecutionRole managed policy, which may write to any log group.
    const role = new iam.Role(scope, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${id} function`,
    });
    logGroup.grantWrite(role);

    const async = props.invocation.kind === 'async' ? props.invocation : undefined;
    super(scope, id, {
      code: bundledCode(props.entry, RUNTIME, PROJECT_ROOT),
      handler: HANDLER,
      description: props.description,
      runtime: RUNTIME,
      // Graviton: about 20% cheaper per GB-second than x86 at equal or better speed for this work.
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 256,
      timeout: props.timeout ?? Duration.seconds(30),
      role,
      logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      // Traces would show only Lambda's own segments: the handlers carry no X-Ray instrumentation, and their
      // structured logs and EMF metrics already tell what a poll did. See the acknowledgement below.
      tracing: lambda.Tracing.DISABLED,
      environment,
      retryAttempts: async ? (async.retryAttempts ?? 2) : undefined,
      maxEventAge: async?.maxEventAge,
      onFailure: async ? new SqsDestination(async.failureQueue) : undefined,
    });
    this.environmentSizes = environmentSizes;
    this.acknowledgeNagFindings(props.invocation);
  }

  /** Adds an environment variable, failing at once if the environment would exceed Lambda's 4 KB. */
  override addEnvironment(key: string, value: string, options?: lambda.EnvironmentOptions): this {
    super.addEnvironment(key, value, options);
    // The parent constructor adds its own variables before this class's fields exist.
    if (this.environmentSizes !== undefined) {
      this.environmentSizes.set(key, environmentEntryBytes(key, value));
      assertEnvironmentFits(this.node.path, this.environmentSizes);
    }
    return this;
  }

  private acknowledgeNagFindings(invocation: MonitorInvocation): void {
    acknowledgeFinding(
      this,
      'Serverless-LambdaDLQ',
      invocation.kind === 'async'
        ? 'Failed asynchronous invocations go to the on-failure destination queue, which records the error ' +
            'and request context that a DeadLetterConfig would lose; one failure queue per function keeps a ' +
            'single place to look.'
        : 'Invoked only synchronously by an event source mapping, so a DeadLetterConfig would never receive ' +
            `anything; ${invocation.failureRoute}.`,
    );
    acknowledgeFinding(
      this,
      'Serverless-LambdaTracing',
      'The handlers carry no X-Ray instrumentation, so active tracing would record only the Lambda service ' +
        'segments, while adding xray:Put* on Resource::* to the role; structured JSON logs and the EMF ' +
        'feed-health metrics are the observability path.',
    );
  }
}

/** A variable's share of the limit; a deploy-time value (a token) is counted at its reserved size. */
function environmentEntryBytes(name: string, value: string): number {
  const valueBytes = Token.isUnresolved(value) ? UNRESOLVED_VALUE_BYTES : Buffer.byteLength(value, 'utf8');
  return Buffer.byteLength(name, 'utf8') + valueBytes;
}

function assertEnvironmentFits(path: string, sizes: ReadonlyMap<string, number>): void {
  const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  if (total <= LAMBDA_ENVIRONMENT_LIMIT_BYTES) return;
  const largest = [...sizes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([key, size]) => `${key} ${size} B`)
    .join(', ');
  throw new Error(
    `${path}: the environment would be about ${total} bytes, over Lambda's ` +
      `${LAMBDA_ENVIRONMENT_LIMIT_BYTES}-byte limit for all variables together (largest: ${largest}). ` +
      'BORDERWATCH_CONFIG holds the validated configuration without subscribers: shorten or drop feed ' +
      'names, or split the feeds across two stacks.',
  );
}
