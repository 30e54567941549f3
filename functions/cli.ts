/**
 * `borderwatch`: the local driver (contract: see the README, "CLI"). Runs the same handlers as the Lambdas
 * with local wiring. Exit codes: 0 success, 1 handled error (message on stderr), 2 bad usage.
 *
 *   npm run --silent cli -- <command> [options]
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { createOutboxNotifier } from '../shared/adapters/outbox-notifier.js';
import { parseConfig } from '../shared/config.js';
import { assessFeedHealth } from '../shared/domain/feed-health.js';
import { BorderwatchError, ConfigError, formatProblems, UsageError } from '../shared/errors.js';
import {
  classifyDocument,
  classifyJsonLines,
  decodeArticle,
  decodeJsonLines,
  deriveCandidates,
  formatFeedHealth,
  formatIncidents,
  formatSummary,
  readFeedsOption,
  recordFixtures,
  timestampProblem,
} from '../shared/local/commands.js';
import { loadFixtures, startReplayServer } from '../shared/local/fixtures.js';
import { runLocalCycle } from '../shared/local/run-cycle.js';
import { fixedClock, systemClock } from '../shared/ports/clock.js';
import { createConfiguredFetcher } from '../shared/wiring/fetcher.js';
import {
  createStderrLogger,
  DEFAULT_CONFIG_FILE,
  DEFAULT_LOCAL_TABLE,
  loadConfigFile,
  openStore,
  readConfigJson,
} from '../shared/wiring/local.js';

// The AWS SDK warns on every start that its releases from 2027 will need Node 22; the CLI supports Node 20
// (the Lambdas run on 22+), so that one warning is noise on stderr. Every other warning is still printed.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!`${warning.name} ${warning.message}`.includes('NodeVersionSupportWarning'))
    process.stderr.write(`${warning.name}: ${warning.message}\n`);
});

/** The recording `npm start` replays. */
const DEFAULT_FIXTURES = 'test/fixtures/recorded/default';
const DEFAULT_OUTBOX = 'outbox/alerts.jsonl';

/** A date flag's value as an ISO timestamp; an impossible date (`2026-02-30`) is bad usage naming the flag. */
function isoOption(value: string, name: string): string {
  const problem = timestampProblem(value);
  if (problem) throw new UsageError(`${name}: ${problem}`);
  return new Date(value).toISOString();
}

/** The raw bytes of FILE or stdin: decoding is the caller's, since articles and JSON lines differ. */
async function readInput(file: string | undefined): Promise<Buffer> {
  if (file && file !== '-') return readFile(file);
  if (process.stdin.isTTY) throw new UsageError('classify: give a FILE or pipe an article on stdin');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function warn(message: string): void {
  process.stderr.write(`borderwatch: warning: ${message}\n`);
}

/** DynamoDB's rule for table names. */
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

function tableName(option: string | undefined): string {
  const name = option ?? process.env.BORDERWATCH_TABLE ?? DEFAULT_LOCAL_TABLE;
  if (!TABLE_NAME.test(name)) {
    const from = option !== undefined ? '--table' : 'BORDERWATCH_TABLE';
    throw new UsageError(`${from}: "${name}" is no DynamoDB table name (3 to 255 of A-Z a-z 0-9 _ . -)`);
  }
  return name;
}

const program = new Command()
  .name('borderwatch')
  .description(
    "Watches news feeds for incidents on Tajikistan's borders; the local driver of the Lambda handlers.",
  )
  .showHelpAfterError()
  .exitOverride();

program
  .command('classify')
  .description('Assess one article (HTML or plain text) from FILE or stdin')
  .argument('[file]', 'the article; stdin when omitted or "-"')
  .option('--published <iso>', 'publication date, the reference for relative dates ("on Sunday")')
  .option('--url <url>', 'the article URL')
  .option('--json', 'print the Assessment as one JSON object')
  .option(
    '--jsonl',
    'read JSON lines {"id","html"|"text","published","url"}; print one Assessment a line with its id',
  )
  .action(
    async (
      file: string | undefined,
      options: { published?: string; url?: string; json?: boolean; jsonl?: boolean },
    ) => {
      const published = options.published ? isoOption(options.published, '--published') : null;
      const input = await readInput(file);
      const source = file && file !== '-' ? file : 'stdin';
      if (options.jsonl) {
        const result = classifyJsonLines(decodeJsonLines(input), (message) => warn(`${source} ${message}`));
        process.stdout.write(result.output);
        if (result.failures.length) {
          const which = result.failures
            .map((f) => `line ${f.line}${f.field ? ` (${f.field})` : ''}`)
            .join(', ');
          process.stderr.write(
            `borderwatch: classify --jsonl: ${result.failures.length} of ${result.lines} lines failed: ${which}; ` +
              'their output lines carry "error" and the others were classified\n',
          );
          process.exitCode = 1;
        }
        return;
      }
      const assessment = classifyDocument(
        decodeArticle(input),
        { published, url: options.url ?? null },
        (message) => warn(`${source} ${message}`),
      );
      process.stdout.write(
        options.json
          ? `${JSON.stringify(assessment)}\n`
          : `${assessment.relevant ? 'RELEVANT' : 'not relevant'} (score ${assessment.score.toFixed(2)})\n` +
              `border ${assessment.border ?? '-'} · type ${assessment.type ?? '-'} · place ${assessment.place ?? '-'} · ` +
              `date ${assessment.eventDate ?? '-'} · killed ${assessment.killed ?? '-'} · wounded ${assessment.wounded ?? '-'}\n` +
              assessment.evidence.reasons.map((r) => `  - ${r}\n`).join(''),
      );
    },
  );

program
  .command('run')
  .description('Run one full poll cycle: dispatch -> poll -> store -> alert')
  .option('--feeds <feeds...>', 'feed URLs, or a JSON file with an array of URLs or {url, name?, lang?}')
  .option('--fixtures [dir]', `replay a recording from a local HTTP server (default ${DEFAULT_FIXTURES})`)
  .option(
    '--db <db>',
    'dynalite data directory, http(s):// endpoint of a DynamoDB-compatible server, or "aws"; default: in memory',
  )
  .option('--table <name>', `table name (default $BORDERWATCH_TABLE or ${DEFAULT_LOCAL_TABLE})`)
  .option('--outbox <file>', 'append alerts to this JSON-lines file', DEFAULT_OUTBOX)
  .option('--now <iso>', "the cycle's clock (default: now, or the recording's time with --fixtures)")
  .option('--offline', 'open no connection outside loopback; links to other hosts are skipped and counted')
  .option('--config <file>', 'configuration JSON (default ./borderwatch.config.json when present)')
  .option('--json', 'print one summary object')
  .addOption(
    new Option('--log-level <level>', 'stderr log level')
      .choices(['debug', 'info', 'warn', 'error', 'silent'])
      .default('warn'),
  )
  .action(
    async (options: {
      feeds?: string[];
      fixtures?: string | boolean;
      db?: string;
      table?: string;
      outbox: string;
      now?: string;
      offline?: boolean;
      config?: string;
      json?: boolean;
      logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
    }) => {
      const logger = createStderrLogger(options.logLevel);
      const config = await loadConfigFile(options.config);
      const explicitFeeds = options.feeds ? await readFeedsOption(options.feeds) : undefined;
      const useFixtures = options.fixtures !== undefined || (!explicitFeeds && config.feeds.length === 0);
      const fixtureDir = typeof options.fixtures === 'string' ? options.fixtures : DEFAULT_FIXTURES;
      const fixtures = useFixtures ? await loadFixtures(fixtureDir) : undefined;
      const feeds =
        explicitFeeds ??
        (config.feeds.length > 0 && !options.fixtures ? config.feeds : (fixtures?.manifest.feeds ?? []));
      if (feeds.length === 0)
        throw new UsageError('run: no feeds (give --feeds, configure feeds, or use --fixtures)');
      const clock = options.now
        ? fixedClock(isoOption(options.now, '--now'))
        : fixtures
          ? fixedClock(fixtures.manifest.recordedAt)
          : systemClock;

      const table = tableName(options.table);
      const replay = fixtures ? await startReplayServer(fixtures) : undefined;
      // Whatever fails after the replay server and the store are up, both are closed: a server left
      // listening would keep the process alive after the error is reported.
      try {
        const opened = await openStore(options.db, table, {
          offline: options.offline === true,
          create: true,
        });
        try {
          const outbox = resolve(options.outbox);
          const summary = await runLocalCycle(feeds, {
            config,
            store: opened.store,
            fetcher: createConfiguredFetcher(config, {
              offline: options.offline === true,
              ...(replay ? { connectTo: replay.connectTo } : {}),
            }),
            notifier: createOutboxNotifier(outbox, () => clock.now()),
            clock,
            logger,
          });
          process.stdout.write(
            options.json
              ? `${JSON.stringify({ ...summary, outbox, database: opened.description })}\n`
              : formatSummary(summary, {
                  outbox,
                  database: opened.description,
                  offline: options.offline === true,
                  fixtures: fixtures?.dir ?? null,
                }),
          );
          // Failed feeds are reported and the cycle still counts as run; an alert that did not go out is
          // not: exit 1 so a scheduler notices. It stays behind in the database and the next run sends it.
          if (summary.alertsFailed > 0) {
            process.stderr.write(
              `borderwatch: run: ${summary.alertsFailed} alert(s) could not be sent (see the log); ` +
                'they are kept and the next run sends them\n',
            );
            process.exitCode = 1;
          }
        } finally {
          await opened.close();
        }
      } finally {
        await replay?.close();
      }
    },
  );

program
  .command('incidents')
  .description('List stored incidents')
  .option('--db <db>', 'as for run (default: in memory, which is empty)')
  .option('--table <name>', `table name (default $BORDERWATCH_TABLE or ${DEFAULT_LOCAL_TABLE})`)
  .option('--json', 'print an array of Incident objects')
  .action(async (options: { db?: string; table?: string; json?: boolean }) => {
    const opened = await openStore(options.db, tableName(options.table), { offline: false, create: false });
    try {
      const incidents = await opened.store.listIncidents();
      process.stdout.write(
        options.json ? `${JSON.stringify(incidents, null, 2)}\n` : formatIncidents(incidents),
      );
    } finally {
      await opened.close();
    }
  });

program
  .command('feeds')
  .description("Show each polled feed's health: last success, consecutive failures, last error, cadence")
  .option('--db <db>', 'as for run')
  .option('--table <name>', `table name (default $BORDERWATCH_TABLE or ${DEFAULT_LOCAL_TABLE})`)
  .option('--config <file>', 'configuration JSON (health thresholds)')
  .option('--now <iso>', 'judge silence as of this time (default: now)')
  .option('--json', 'print an array of {url, health}')
  .action(async (options: { db?: string; table?: string; config?: string; now?: string; json?: boolean }) => {
    const config = await loadConfigFile(options.config);
    const now = options.now ? new Date(isoOption(options.now, '--now')) : new Date();
    const opened = await openStore(options.db, tableName(options.table), { offline: false, create: false });
    try {
      const states = await opened.store.listFeedStates();
      const report = states.map((state) => ({
        url: state.url,
        health: assessFeedHealth(state, now, config.health),
      }));
      process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatFeedHealth(report));
    } finally {
      await opened.close();
    }
  });

program
  .command('record')
  .description(
    'Fetch live feeds and their article pages into a fixture directory that run --fixtures replays',
  )
  .requiredOption('--out <dir>', 'the fixture directory to write (manifest.json and one file per URL)')
  .option('--feeds <feeds...>', 'feed URLs or a JSON file (default: the configured feeds)')
  .option('--config <file>', 'configuration JSON (default ./borderwatch.config.json when present)')
  .option('--offline', 'refuse every host outside loopback (for recording local servers)')
  .action(async (options: { out: string; feeds?: string[]; config?: string; offline?: boolean }) => {
    const config = await loadConfigFile(options.config);
    const feeds = options.feeds ? await readFeedsOption(options.feeds) : config.feeds;
    if (feeds.length === 0) throw new UsageError('record: no feeds (give --feeds or configure feeds)');
    const report = await recordFixtures(feeds, options.out, {
      fetcher: createConfiguredFetcher(config, { offline: options.offline === true }),
      now: new Date(),
      maxItemsPerFeed: config.limits.maxItemsPerFeed,
    });
    process.stdout.write(
      `Recorded ${report.feeds} feed(s) and ${report.pages} page(s) into ${resolve(options.out)}` +
        (report.failures.length
          ? `; ${report.failures.length} failed:\n${report.failures.map((f) => `  ${f}\n`).join('')}`
          : '\n'),
    );
  });

program
  .command('baseline')
  .description('Derive candidate baseline terms (entities, incident vocabulary) from a folder of documents')
  .argument('<dir>', 'folder of .txt/.html/.md documents')
  .action(async (dir: string) => {
    process.stdout.write(`${JSON.stringify(await deriveCandidates(dir), null, 2)}\n`);
  });

program
  .command('config')
  .description('Validate a configuration file and print it with defaults filled in')
  .argument('[file]', `configuration JSON (default ./${DEFAULT_CONFIG_FILE})`)
  .action(async (file: string | undefined) => {
    if (file && !existsSync(file)) throw new UsageError(`config: no such file ${file}`);
    const path = file ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
    if (path === undefined) {
      // Said on stderr, so stdout stays the configuration a script can read.
      process.stderr.write(
        `borderwatch: no ${DEFAULT_CONFIG_FILE} in ${process.cwd()}, so these are the defaults ` +
          '(give a FILE to validate one)\n',
      );
      process.stdout.write(`${JSON.stringify(parseConfig({}), null, 2)}\n`);
      return;
    }
    const raw = await readConfigJson(path, 'config');
    let config: ReturnType<typeof parseConfig>;
    try {
      config = parseConfig(raw);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      throw new BorderwatchError('config', formatProblems(path, error.problems), { cause: error });
    }
    process.stdout.write(`${JSON.stringify(config, null, 2)}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help and --version exit 0; anything else commander rejects is bad usage.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else if (error instanceof UsageError) {
    process.stderr.write(`borderwatch: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    const message =
      error instanceof ConfigError && error.problems.length > 1
        ? formatProblems('configuration', error.problems)
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`borderwatch: ${message}\n`);
    process.exitCode = 1;
  }
}
