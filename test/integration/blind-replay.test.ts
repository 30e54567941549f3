/**
 * The whole cycle over reporting the rules were not written from (issue 12, item 6): the blind set's tuning
 * part (`test/fixtures/blind/tuning.jsonl`; the articles of its first seventeen writers, see WRITERS_REPLAYED:
 * 654 articles from over 100 outlets, 93 events each reported over several days, with revisions, recaps and
 * near misses) served as a few aggregator-style feeds and the
 * articles' own pages from a local server (`test/support/blind-replay.ts`), and replayed day by day: one
 * cycle at the end of each UTC day on which something was published, through the same handlers as
 * `npm start`, into a fresh dynalite and an outbox. The sealed part is never read here.
 *
 * The issue's targets are pairwise same-incident precision ≥ 0.95 and recall ≥ 0.92, at most one
 * `new-incident` alert per event, no alert for a non-incident, and final tolls equal to the latest report's.
 * The codebook, which wins where they disagree, keeps the highest figure any report of the event gives (a
 * later partial report does not lower a toll), so both are measured.
 * They are not met yet (the classifier and matcher are still improving), so the figures are measured and
 * printed on one line, and held by floors a small margin below what was measured when this test was written;
 * what must hold regardless (nothing lost, nothing doubled, every report read, every event alerted) is
 * asserted exactly. Raise a floor when the product improves; never lower one to make a change pass.
 *
 * A cycle takes a whole day's reports at once; since polls record a feed's reports oldest first, recall here
 * matches `npm run eval`'s for the same part (which groups one article at a time in publication order). Feeds
 * are polled concurrently, so a report can still arrive before the one that would bridge it to its incident.
 *
 * A second replay, of the weeks around a seeded day, is killed at a seeded point of that day, as
 * `alerts-never-lost.test.ts` kills the default recording's cycle, and the day's next run completes it: nothing
 * is lost or doubled, and the incidents hold the same sources as an uninterrupted replay of the same weeks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/adapters/outbox-notifier.js';
import { createOutboxNotifier } from '../../shared/adapters/outbox-notifier.js';
import { articleIdFor, canonicalizeUrl } from '../../shared/domain/canonical-url.js';
import type { Incident } from '../../shared/domain/types.js';
import type { CycleSummary } from '../../shared/local/run-cycle.js';
import { selectBehind } from '../../shared/usecases/catch-up-alerts.js';
import { type DevsetArticle, pairwiseScores, readDevset } from '../eval/incident-eval.js';
import { type BlindRecording, startBlindRecording } from '../support/blind-replay.js';
import { dyingStore } from '../support/dying-store.js';
import { type Rig, startRig } from '../support/rig.js';

const TUNING = 'test/fixtures/blind/tuning.jsonl';

/**
 * Floors, a small margin below the figures measured when this test was written (see the summary line the
 * test prints). The issue's targets: precision ≥ 0.95, recall ≥ 0.92, one new-incident alert per event, no
 * alert for a non-incident, every final toll equal to the latest report's.
 */
const SELECTION_FLOORS = {
  // Measured on 7 December over the first seventeen writers' 654 tuning articles (93 events), after the fourth
  // session's rules. Invented events of different writers that share a stretch of border and a few days (two
  // writers' Vorukh events of September 2024) become one incident, which costs precision and an event its own
  // alert. The extra new-incident alerts are follow-ups whose event date was read days late (a release, a radio
  // transcript a week later), an Afghan-side report typed and counted otherwise, the
  // Kalaikhumb report that names only the district across the river, and one of the H17 writer's events joined
  // to an earlier writer's event at the same stretch, then split.
  /** Pairwise, over every article (a relevant report the classifier missed counts against recall). */
  endToEndPrecision: 0.95, // measured 0.978 (0.957 before editors' notes in brackets were left unread; target 0.95)
  endToEndRecall: 0.94, // measured 0.977 (0.969 before bulletins were read item by item; the issue's target: 0.92)
  /** Pairwise, over the labelled-relevant reports that became sources (381 of 383). */
  sourcesPrecision: 0.95, // measured 0.978
  sourcesRecall: 0.96, // measured 0.991
  /** At most this many new-incident alerts beyond the first, summed over the 93 events. */
  // measured 6 (5 from the fifth session until the sixth's gazetteer named the home districts Vose and
  // Muminobod: the 2022 war's report that named only Muminobod had left its incident a place of no known
  // district, which let the war's last report, placed at Leilek, join despite the different-districts guard;
  // 6 before a death in hospital was dated apart from its event, 8 before the second 7 December session); the
  // issue's target is 0
  extraNewIncidentAlerts: 6,
  /** At most this many alert messages for incidents whose every source is labelled not an incident. */
  nonIncidentAlerts: 0, // measured 0 since bulletins are read item by item (1 before: a weekly bulletin)
  /** At least this many events whose incident holding the latest report has that report's toll. */
  tollsAsLatest: 38, // measured 42 of 93
  /**
   * At least this many events whose incident holds the codebook's toll: for killed and for wounded, the
   * highest figure any labelled report of the event gives (unknown when none gives one).
   */
  // measured 69 of 93 (64 before the fourth session's toll rules; an event split over two incidents counts as a
  // miss)
  tollsByCodebook: 63,
  /** At least this many events with a new-incident alert of their own (an event joined to another has none). */
  eventsAlerted: 90, // measured 92 of 93
} as const;

/**
 * The same floors for `BORDERWATCH_REPLAY_ALL=1`: every tuning article (2,085 articles, 277 events, 1,648 daily
 * cycles, about ten to fifteen minutes), measured on 8 December after the tenth session's rules, on the set as
 * it stands since six more writers joined it that session. The later writers' near misses (year reviews, recaps,
 * crimes, accidents, fighting across the river, a meeting of border representatives, a stabbing in a bazaar
 * abroad, traders kidnapped inside Afghanistan) are most of the alerts for non-incidents; their multi-report
 * 1990s events most of the extra new-incident alerts.
 */
const ALL_FLOORS: { readonly [K in keyof typeof SELECTION_FLOORS]: number } = {
  endToEndPrecision: 0.92, // measured 0.945 on 2,085 articles after the tenth session (0.941 on 1,821 after the ninth)
  endToEndRecall: 0.93, // measured 0.953 (0.953 after the ninth session)
  sourcesPrecision: 0.93, // measured 0.950 (1,083 of 1,096 relevant reports became sources)
  sourcesRecall: 0.95, // measured 0.972 (0.972 after the ninth session)
  // measured 19 over 277 events (16 over 243 after the ninth session, 16 over 218 after the eighth, 17 after the
  // seventh; 18 over 202 before the fifth session's): the tenth session's writers brought three events whose later
  // report starts an incident of its own (a mine at Khum, a shooting at Hamadoni told by the Afghan side, …)
  extraNewIncidentAlerts: 19,
  // measured 23 (24 incidents from 27 near misses; 21 over 1,821 articles after the ninth session, 18 over 2,022
  // with the tenth's rules before its last two writers, whose five more pass: the Khorog fighting of 2012, a
  // rockfall on the Pamir road, a crush at a Kazakh crossing, a three-year analysis, a bus route that names a
  // killing in passing)
  nonIncidentAlerts: 23,
  tollsAsLatest: 104, // measured 110 of 277 (103 of 243 after the ninth session)
  tollsByCodebook: 167, // measured 174 of 277 (161 of 243 after the ninth session)
  eventsAlerted: 268, // measured 273 of 277
};

const FLOORS = process.env.BORDERWATCH_REPLAY_ALL === '1' ? ALL_FLOORS : SELECTION_FLOORS;

/**
 * The writers whose tuning articles are replayed: the first seventeen (654 articles, 93 events, about 450 daily
 * cycles). The later writers' events span 1992–2026 and would double the number of daily cycles and the
 * suite's time; their articles are measured by `npm run eval` (assessment and grouping) and by the blind-floors
 * test, not here. `BORDERWATCH_REPLAY_ALL=1` replays every tuning article (1,648 daily cycles, about ten to
 * fifteen minutes).
 */
const WRITERS_REPLAYED = 17;
const writerOf = (id: string) => Number(/^H(\d+)-/.exec(id)?.[1] ?? Number.POSITIVE_INFINITY);
/** The replay's time limit: every tuning article takes several times as long as the default selection. */
const REPLAY_TIMEOUT_MS = process.env.BORDERWATCH_REPLAY_ALL === '1' ? 1_800_000 : 600_000;

const articles = readDevset(TUNING).filter(
  (a) => process.env.BORDERWATCH_REPLAY_ALL === '1' || writerOf(a.id) <= WRITERS_REPLAYED,
);
const articleById = new Map(articles.map((a) => [articleIdFor(canonicalizeUrl(a.url)), a]));
const byPublication = (a: DevsetArticle, b: DevsetArticle) =>
  Date.parse(a.published) - Date.parse(b.published) || a.id.localeCompare(b.id);

interface Replay {
  readonly summaries: readonly CycleSummary[];
  /** The live incidents at the end. */
  readonly incidents: readonly Incident[];
  /** Incidents found to be the same event as another and absorbed into it. */
  readonly merged: readonly Incident[];
  readonly outbox: readonly OutboxEntry[];
  /** Store calls each day's cycle made (death points only), in day order. */
  readonly callsPerDay: readonly number[];
  /** Whether the interrupted run, if any, died (rather than finished before its death point). */
  readonly died: boolean;
}

/** Replays every day of the recording, one cycle at the end of each, into `rig`. */
async function replayDays(
  rig: Rig,
  recording: BlindRecording,
  interrupt?: { readonly day: number; readonly dieAt: number },
): Promise<Replay> {
  const summaries: CycleSummary[] = [];
  const callsPerDay: number[] = [];
  let died = false;
  for (const [i, now] of recording.days.entries()) {
    recording.at(now);
    const options = { now, connectTo: recording.connectTo };
    if (interrupt?.day === i) {
      const dying = dyingStore(rig.store, interrupt.dieAt);
      const outbox = createOutboxNotifier(rig.outbox, () => new Date(now));
      const run = rig.run(recording.feeds, {
        ...options,
        store: dying.store,
        notifier: dying.notifier(outbox),
      });
      // The dead run's promise never settles, as a killed process never finishes. The day's next run
      // (below) is the restart.
      died = await Promise.race([run.then(() => false), dying.died.then(() => true)]);
    }
    const counting = dyingStore(rig.store, Number.POSITIVE_INFINITY);
    summaries.push(await rig.run(recording.feeds, { ...options, store: counting.store }));
    callsPerDay.push(counting.steps());
  }
  return {
    summaries,
    // A merged incident's sources are counted in the incident that absorbed it.
    incidents: (await rig.store.listIncidents()).filter((i) => i.status !== 'merged'),
    merged: (await rig.store.listIncidents()).filter((i) => i.status === 'merged'),
    outbox: await rig.outboxEntries(),
    callsPerDay,
    died,
  };
}

/** The labelled article behind each source, by incident. */
function sourceArticles(incident: Incident): DevsetArticle[] {
  return incident.sources.map((s) => {
    const article = articleById.get(s.articleId);
    if (!article) throw new Error(`source ${s.url} is not an article of the recording`);
    return article;
  });
}

/** The labelled event most of an incident's sources report (null when none reports one). */
function eventOf(incident: Incident): string | null {
  const counts = new Map<string, number>();
  for (const a of sourceArticles(incident)) {
    if (a.label.event) counts.set(a.label.event, (counts.get(a.label.event) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

/** Every alert key the outbox carries, one per key a message reports. */
const alertKeys = (outbox: readonly OutboxEntry[]) =>
  outbox.flatMap((m) => m.alerts.map((k) => `${m.incidentId}|${k.rule}|${k.level}`)).sort();

const duplicates = (list: readonly string[]) => list.filter((x, i) => list.indexOf(x) !== i);

/** Feeds that failed, and alerts not sent, over every completed cycle of a replay. */
const failuresOf = (replay: Replay) => ({
  feeds: replay.summaries.flatMap((s) =>
    s.feeds.filter((f) => f.status === 'failed' || f.status === 'error').map((f) => `${s.now} ${f.url}`),
  ),
  alertsFailed: replay.summaries.reduce((sum, s) => sum + s.alertsFailed, 0),
});

/** The articles that became sources of an incident, by id. */
const sourceIds = (replay: Replay) =>
  replay.incidents.flatMap((i) => sourceArticles(i).map((a) => a.id)).sort();

/** A small deterministic generator (mulberry32), so the death point is reproducible from the seed. */
function seeded(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The figures the issue sets targets for. */
function measure(replay: Replay) {
  const incidentOf = new Map<string, string>();
  for (const incident of replay.incidents) {
    for (const a of sourceArticles(incident)) incidentOf.set(a.id, incident.id);
  }
  const endToEnd = pairwiseScores(articles, incidentOf);
  const relevantSources = articles.filter((a) => a.label.relevant && incidentOf.has(a.id));
  const amongSources = pairwiseScores(relevantSources, incidentOf);

  const incidentById = new Map([...replay.incidents, ...replay.merged].map((i) => [i.id, i]));
  const nonIncident = (incident: Incident) => sourceArticles(incident).every((a) => !a.label.relevant);
  const newIncidentAlerts = new Map<string, Set<string>>();
  let nonIncidentAlerts = 0;
  for (const message of replay.outbox) {
    const incident = incidentById.get(message.incidentId);
    if (!incident) throw new Error(`alert for an incident not stored: ${message.incidentId}`);
    if (nonIncident(incident)) nonIncidentAlerts++;
    const event = eventOf(incident);
    if (event && message.rules.includes('new-incident')) {
      const set = newIncidentAlerts.get(event) ?? new Set<string>();
      set.add(incident.id);
      newIncidentAlerts.set(event, set);
    }
  }
  const events = [...new Set(articles.map((a) => a.label.event).filter((e) => e !== null))];
  const extraNewIncidentAlerts = [...newIncidentAlerts.values()].reduce(
    (sum, set) => sum + Math.max(0, set.size - 1),
    0,
  );

  // Final tolls: the incident holding each event's latest labelled-relevant report against its labels.
  let tollsAsLatest = 0;
  for (const event of events) {
    const latest = articles
      .filter((a) => a.label.event === event && a.label.relevant)
      .sort(byPublication)
      .at(-1);
    const incident = latest ? incidentById.get(incidentOf.get(latest.id) ?? '') : undefined;
    if (incident && incident.killed === latest?.label.killed && incident.wounded === latest.label.wounded)
      tollsAsLatest++;
  }

  // The codebook's toll ("the highest figure that a report gives for this event"), field by field: a
  // partial later report (one side's dead, one funeral) lowers the latest report's figure, not the event's.
  let tollsByCodebook = 0;
  for (const event of events) {
    const reports = articles.filter((a) => a.label.event === event && a.label.relevant);
    const highest = (field: 'killed' | 'wounded') => {
      const given = reports.map((a) => a.label[field]).filter((n): n is number => n !== null);
      return given.length === 0 ? null : Math.max(...given);
    };
    const incidents = new Set(reports.map((a) => incidentOf.get(a.id)).filter((id) => id !== undefined));
    const incident = incidents.size === 1 ? incidentById.get([...incidents][0] ?? '') : undefined;
    if (incident && incident.killed === highest('killed') && incident.wounded === highest('wounded'))
      tollsByCodebook++;
  }

  return {
    endToEnd,
    amongSources,
    events: events.length,
    eventsWithNewIncidentAlert: newIncidentAlerts.size,
    eventsWithSeveralNewIncidentAlerts: [...newIncidentAlerts.values()].filter((s) => s.size > 1).length,
    /** The tuning part's event keys with more than one new-incident alert, and the near misses alerted. */
    splitEvents: [...newIncidentAlerts]
      .filter(([, s]) => s.size > 1)
      .map(
        ([event, ids]) =>
          `${event} [${[...ids]
            .map((id) => {
              const incident = incidentById.get(id);
              return incident
                ? sourceArticles(incident)
                    .map((a) => a.id)
                    .join(' ')
                : id;
            })
            .join(' | ')}]`,
      ),
    nonIncidentSources: replay.incidents
      .filter(nonIncident)
      .flatMap((i) => sourceArticles(i).map((a) => a.id)),
    maxNewIncidentAlertsPerEvent: Math.max(0, ...[...newIncidentAlerts.values()].map((s) => s.size)),
    extraNewIncidentAlerts,
    nonIncidentIncidents: replay.incidents.filter(nonIncident).length,
    nonIncidentAlerts,
    tollsAsLatest,
    tollsByCodebook,
    relevantReports: articles.filter((a) => a.label.relevant).length,
    relevantSources: relevantSources.length,
    nonRelevantSources: articles.filter((a) => !a.label.relevant && incidentOf.has(a.id)).length,
  };
}

/** Nothing lost and nothing doubled, whatever the figures. */
async function expectNothingLostOrDoubled(rig: Rig, replay: Replay): Promise<void> {
  const keys = alertKeys(replay.outbox);
  expect(duplicates(keys)).toEqual([]);
  const newIncident = replay.outbox.filter((m) => m.rules.includes('new-incident')).map((m) => m.incidentId);
  expect(duplicates(newIncident)).toEqual([]);
  // Every stored incident is alerted up to its version.
  const stored = [...replay.incidents, ...replay.merged];
  const alerted = await rig.store.getAlertedStates(stored.map((i) => i.id));
  expect(selectBehind(stored, alerted)).toEqual([]);
  // A merged incident is absorbed by a live one that lists it, and was told once as the same event.
  for (const merged of replay.merged) {
    const survivor = replay.incidents.find((i) => i.id === merged.mergedInto);
    expect(survivor?.absorbed?.map((a) => a.id)).toContain(merged.id);
  }
  const sameEvent = replay.outbox.flatMap((m) =>
    m.alerts.filter((a) => a.rule === 'same-event').map((a) => a.level),
  );
  expect([...sameEvent].sort()).toEqual(replay.merged.map((m) => `absorbed:${m.id}`).sort());
  // Each incident was news when it was created (its report published that day), so each that reaches the
  // score threshold has had its one new-incident alert.
  const threshold = rig.config.alerts.newIncidentScore;
  expect(
    replay.incidents
      .filter((i) => i.score >= threshold)
      .map((i) => i.id)
      .filter((id) => !newIncident.includes(id)),
  ).toEqual([]);
}

let recording: BlindRecording;
let rig: Rig;
let replay: Replay;
let figures: ReturnType<typeof measure>;

beforeAll(async () => {
  recording = await startBlindRecording(articles);
  rig = await startRig();
  const started = Date.now();
  replay = await replayDays(rig, recording);
  figures = measure(replay);
  const f = figures;
  const pct = (x: number) => (100 * x).toFixed(1);
  console.log(
    `blind replay (tuning, ${articles.length} articles, ${recording.feeds.length} feeds, ${recording.days.length} daily cycles, ${((Date.now() - started) / 1000).toFixed(1)} s): ` +
      `pairwise end to end P ${pct(f.endToEnd.precision)} % R ${pct(f.endToEnd.recall)} %; ` +
      `among ${f.relevantSources}/${f.relevantReports} relevant sources P ${pct(f.amongSources.precision)} % R ${pct(f.amongSources.recall)} %; ` +
      `${replay.incidents.length} incidents (${replay.merged.length} more merged into them); new-incident alerts: ${f.eventsWithNewIncidentAlert}/${f.events} events alerted, ` +
      `${f.eventsWithSeveralNewIncidentAlerts} with several (max ${f.maxNewIncidentAlertsPerEvent}, ${f.extraNewIncidentAlerts} extra${f.splitEvents.length ? `: ${f.splitEvents.join(', ')}` : ''}); ` +
      `non-incidents: ${f.nonRelevantSources} near misses became sources, ${f.nonIncidentIncidents} incidents${f.nonIncidentSources.length ? ` (${f.nonIncidentSources.join(', ')})` : ''}, ${f.nonIncidentAlerts} alerts; ` +
      `final toll as the latest report's: ${f.tollsAsLatest}/${f.events} events, ` +
      `as the codebook's highest reported figure: ${f.tollsByCodebook}/${f.events} events`,
  );
}, REPLAY_TIMEOUT_MS);

afterAll(async () => {
  await rig?.close();
  await recording?.close();
});

describe('the whole cycle replayed day by day over the blind tuning part', () => {
  it('reads every article once, from its page, with no feed, page or alert failing', () => {
    expect(failuresOf(replay)).toEqual({ feeds: [], alertsFailed: 0 });
    const total = (key: 'newArticles' | 'duplicateArticles' | 'pageFallbacks' | 'offlineSkipped') =>
      replay.summaries.reduce((sum, s) => sum + s[key], 0);
    expect(total('newArticles') + total('duplicateArticles')).toBe(articles.length);
    expect(total('pageFallbacks')).toBe(0);
    expect(total('offlineSkipped')).toBe(0);
    expect(recording.requests.pages).toBe(articles.length);
    expect(recording.requests.notFound).toBe(0);
  });

  it('loses and doubles no alert', async () => {
    await expectNothingLostOrDoubled(rig, replay);
  });

  it('alerts at least as many labelled events as when measured', () => {
    expect(figures.eventsWithNewIncidentAlert).toBeGreaterThanOrEqual(FLOORS.eventsAlerted);
  });

  it('groups reports of one event into one incident at least as well as when measured', () => {
    expect(figures.endToEnd.precision).toBeGreaterThanOrEqual(FLOORS.endToEndPrecision);
    expect(figures.endToEnd.recall).toBeGreaterThanOrEqual(FLOORS.endToEndRecall);
    expect(figures.amongSources.precision).toBeGreaterThanOrEqual(FLOORS.sourcesPrecision);
    expect(figures.amongSources.recall).toBeGreaterThanOrEqual(FLOORS.sourcesRecall);
  });

  it('sends no more repeated new-incident alerts, and no more alerts for non-incidents, than when measured', () => {
    expect(figures.extraNewIncidentAlerts).toBeLessThanOrEqual(FLOORS.extraNewIncidentAlerts);
    expect(figures.nonIncidentAlerts).toBeLessThanOrEqual(FLOORS.nonIncidentAlerts);
  });

  it('ends with the latest report’s toll on at least as many events as when measured', () => {
    expect(figures.tollsAsLatest).toBeGreaterThanOrEqual(FLOORS.tollsAsLatest);
  });

  it('ends with the codebook’s toll (the highest figure reported for the event) on at least as many events as when measured', () => {
    expect(figures.tollsByCodebook).toBeGreaterThanOrEqual(FLOORS.tollsByCodebook);
  });

  it('does nothing on a repeat of the last cycle: every feed answers 304, no alert', async () => {
    const last = recording.days.at(-1) as string;
    const again = await rig.run(recording.feeds, { now: last, connectTo: recording.connectTo });
    expect(again.feeds.every((f) => f.status === 'not-modified')).toBe(true);
    expect(again.alertsSent).toBe(0);
    expect(await rig.outboxEntries()).toHaveLength(replay.outbox.length);
  });
});

describe('the replay killed at a random point of a random day', () => {
  it('loses and doubles nothing when the next run completes the day', async () => {
    // A seeded day whose cycle wrote an incident. The kill is replayed over the weeks around it (the reports
    // of the 15 daily cycles before it and the 5 after), beside an uninterrupted replay of the same weeks:
    // a replay of the whole recording twice over would take minutes and prove no more.
    const random = seeded(12);
    const busy = replay.summaries
      .map((s, day) => ({ day, writes: s.incidentsCreated + s.incidentsUpdated }))
      .filter((d) => d.writes > 0);
    const day = busy[Math.floor(random() * busy.length)]?.day ?? 0;
    const from = day >= 16 ? Date.parse(recording.days[day - 16] as string) : Number.NEGATIVE_INFINITY;
    const to = Date.parse(recording.days[Math.min(day + 5, recording.days.length - 1)] as string);
    const window = articles.filter((a) => Date.parse(a.published) > from && Date.parse(a.published) <= to);
    const cleanRecording = await startBlindRecording(window);
    const cleanRig = await startRig();
    const killedRecording = await startBlindRecording(window);
    const killedRig = await startRig();
    try {
      const clean = await replayDays(cleanRig, cleanRecording);
      const killedDay = cleanRecording.days.indexOf(recording.days[day] as string);
      const calls = clean.callsPerDay[killedDay] ?? 1;
      const dieAt = Math.max(1, Math.round((0.05 + 0.9 * random()) * calls));
      console.log(
        `blind replay killed before store call ${dieAt} of ${calls} on ${recording.days[day]} (${window.length} articles of ${cleanRecording.days.length} daily cycles around it)`,
      );
      const killed = await replayDays(killedRig, killedRecording, { day: killedDay, dieAt });

      expect(killedDay).toBeGreaterThanOrEqual(0);
      expect(killed.died).toBe(true);
      expect(failuresOf(killed)).toEqual({ feeds: [], alertsFailed: 0 });
      await expectNothingLostOrDoubled(killedRig, killed);
      expect(sourceIds(killed)).toEqual(sourceIds(clean));
    } finally {
      await Promise.all([cleanRig.close(), killedRig.close()]);
      await Promise.all([cleanRecording.close(), killedRecording.close()]);
    }
  }, 120_000);
});
