import { describe, expect, it } from 'vitest';
import type { ClassificationResult } from '../../scripts/bench-classification.js';
import {
  type BenchResult,
  type BundleResult,
  type CycleResult,
  checkTargets,
  formatBenchReport,
} from '../../scripts/bench-report.js';

const bundle = (name: string, kb: number, initMs: number): BundleResult => ({
  function: name,
  files: 12,
  minifiedBytes: kb * 1024,
  gzipBytes: Math.round(kb * 1024 * 0.36),
  loadedAtStartBytes: Math.round(kb * 1024 * 0.6),
  initMsMedian: initMs,
  contentPathLoadMsMedian: name === 'poll' ? 44 : null,
});

const classification: ClassificationResult = {
  articles: 5_000,
  averageArticleBytes: 3_150,
  megabytes: 15.75,
  articlesPerSecond: 5_560,
  mbPerSecond: 17.5,
  referenceScanMbPerSecond: 43,
  slowdownVsReference: 2.4,
  relevantShare: 0.79,
  referenceHits: 120_000,
};

const cycle = (overrides: Partial<CycleResult>): CycleResult => ({
  wallMs: 4_500,
  pollerCpuMs: 4_600,
  httpRequests: 1_020,
  dynamoReads: 800,
  dynamoWrites: 1_300,
  readCapacityUnits: 9_950,
  writeCapacityUnits: 3_550,
  sweepReads: 6,
  sweepWrites: 0,
  newArticles: 1_000,
  relevantArticles: 444,
  incidentsCreated: 287,
  incidentsUpdated: 157,
  alertsSent: 120,
  notModified: 0,
  requestsByCommand: {},
  ...overrides,
});

/** A run at the README's figures: every target met. */
const atReadmeFigures: BenchResult = {
  machine: { node: 'v20.19.0', cpus: 2 },
  bundles: [bundle('dispatch', 390, 53), bundle('poll', 757, 59), bundle('alert', 454, 58)],
  classification,
  poll: {
    feeds: 20,
    itemsPerFeed: 50,
    first: cycle({}),
    steady: cycle({
      wallMs: 22,
      httpRequests: 20,
      dynamoReads: 20,
      dynamoWrites: 0,
      newArticles: 0,
      relevantArticles: 0,
      incidentsCreated: 0,
      incidentsUpdated: 0,
      notModified: 20,
    }),
  },
  peakRssMb: 180,
};

const withPoll = (part: 'first' | 'steady', overrides: Partial<CycleResult>): BenchResult => {
  const poll = atReadmeFigures.poll;
  if (!poll) throw new Error('no poll');
  return { ...atReadmeFigures, poll: { ...poll, [part]: { ...poll[part], ...overrides } } };
};

describe('checkTargets', () => {
  it('marks every figure of a run at the README figures met', () => {
    const checks = checkTargets(atReadmeFigures);

    expect(checks.map((c) => c.measure)).toEqual([
      'dispatch bundle, minified in all',
      'poll bundle, minified in all',
      'poll bundle, module init',
      'alert bundle, minified in all',
      'classification throughput',
      'classification vs one RegExp scan',
      'first poll cycle, wall time',
      'first poll cycle, DynamoDB writes (sweeps included)',
      'steady-state cycle, DynamoDB writes',
      'steady-state cycle, DynamoDB reads of the poll',
    ]);
    expect(checks.filter((c) => !c.met)).toEqual([]);
  });

  it.each([
    {
      missed: 'poll bundle, minified in all',
      result: { ...atReadmeFigures, bundles: [bundle('dispatch', 390, 53), bundle('poll', 801, 59)] },
    },
    {
      missed: 'dispatch bundle, minified in all',
      result: { ...atReadmeFigures, bundles: [bundle('dispatch', 500.5, 53)] },
    },
    {
      missed: 'poll bundle, module init',
      result: { ...atReadmeFigures, bundles: [bundle('poll', 757, 81)] },
    },
    {
      missed: 'classification throughput',
      result: { ...atReadmeFigures, classification: { ...classification, articlesPerSecond: 1_999 } },
    },
    {
      missed: 'classification vs one RegExp scan',
      result: { ...atReadmeFigures, classification: { ...classification, slowdownVsReference: 10.2 } },
    },
    { missed: 'first poll cycle, wall time', result: withPoll('first', { wallMs: 5_001 }) },
    // 1,000 new articles + 287 created + 157 merged = 1,444 writes allowed.
    {
      missed: 'first poll cycle, DynamoDB writes (sweeps included)',
      result: withPoll('first', { dynamoWrites: 1_445 }),
    },
    // The sweeps' writes count with the poll's.
    {
      missed: 'first poll cycle, DynamoDB writes (sweeps included)',
      result: withPoll('first', { dynamoWrites: 1_440, sweepWrites: 5 }),
    },
    { missed: 'steady-state cycle, DynamoDB writes', result: withPoll('steady', { dynamoWrites: 1 }) },
    {
      missed: 'steady-state cycle, DynamoDB reads of the poll',
      result: withPoll('steady', { dynamoReads: 21 }),
    },
  ])('marks "$missed" missed, and only it', ({ missed, result }) => {
    const checks = checkTargets(result as BenchResult);

    expect(checks.filter((c) => !c.met).map((c) => c.measure)).toEqual([missed]);
  });

  it("counts the sweeps' reads apart from the poll's, and says how many they were", () => {
    const checks = checkTargets(withPoll('steady', { dynamoReads: 20, sweepReads: 12 }));

    const reads = checks.find((c) => c.measure === 'steady-state cycle, DynamoDB reads of the poll');
    expect(reads).toMatchObject({ figure: '20', met: true });
    expect(reads?.target).toBe("≤ 20 (one per feed; the two sweeps' 12 apart)");
  });

  it('holds a figure exactly at its target as met', () => {
    const checks = checkTargets({
      ...withPoll('first', { wallMs: 5_000, dynamoWrites: 1_444 }),
      bundles: [bundle('poll', 800, 80)],
      classification: { ...classification, articlesPerSecond: 2_000, slowdownVsReference: 10 },
    });

    expect(checks.filter((c) => !c.met)).toEqual([]);
  });

  it('checks only the parts that ran (--only)', () => {
    const checks = checkTargets({
      ...atReadmeFigures,
      bundles: undefined,
      poll: undefined,
      peakRssMb: undefined,
    });

    expect(checks.map((c) => c.measure)).toEqual([
      'classification throughput',
      'classification vs one RegExp scan',
    ]);
  });
});

describe('formatBenchReport', () => {
  it('prints each figure marked met against its target', () => {
    const report = formatBenchReport(atReadmeFigures, '.bench/result.json');

    expect(report).toMatch(/Targets \(the README's "Performance" table\): 10 of 10 met/);
    expect(report).toMatch(/met\s+poll bundle, minified in all\s+757 KB\s+target ≤ 800 KB/);
    expect(report).toMatch(
      /met\s+first poll cycle, DynamoDB writes \(sweeps included\)\s+1,300\s+target ≤ 1,444/,
    );
    expect(report).toMatch(/Every target met\./);
    expect(report).not.toMatch(/MISSED/);
  });

  it('marks a missed target MISSED, beside its figure and in a closing line', () => {
    const report = formatBenchReport(
      {
        ...withPoll('first', { wallMs: 5_400 }),
        classification: { ...classification, articlesPerSecond: 1_800 },
      },
      '.bench/result.json',
    );

    expect(report).toMatch(/: 8 of 10 met/);
    expect(report).toMatch(/MISSED\s+first poll cycle, wall time\s+5\.4 s\s+target ≤ 5 s/);
    expect(report).toMatch(
      /MISSED\s+classification throughput\s+1,800 articles\/s\s+target ≥ 2,000 articles\/s/,
    );
    expect(report).toMatch(/^MISSED 2 target\(s\): classification throughput; first poll cycle, wall time$/m);
  });
});
