/**
 * Alert messages: one message per incident change, naming every rule the change met, with one text per
 * protocol.
 * - `subject`: a one-line headline under SNS's 100-character limit that says what changed (new incident,
 *   toll threshold reached, toll raised, rolling total, date or place corrected) and the toll and place.
 * - `email`: plain text: what changed (each rule met, who raised a toll and when, a corrected date or place),
 *   then what, where, when, the toll with its range and history, every source with its own figures and link.
 * - `sms`: one segment (160 GSM-7 characters) with the essentials: what changed, border, toll, place, date.
 * - `default`: a short text for every other protocol.
 *
 * Subscribers read these: an unknown figure is "not reported", never 0; no internal names (rule ids, levels,
 * scores, incident ids, versions) appear in the human text; they are in the message's fields instead.
 *
 * Everything that came from a feed (titles, outlets, places, links) is untrusted: text is reduced to plain
 * text on one line (markup, scripts, control characters dropped) and links to http(s) URLs without
 * credentials or tracking parameters, however clean the pipeline upstream already made them.
 */
import { withoutTracking } from './canonical-url.js';
import { readingChanges } from './corrections.js';
import { safeHttpUrl, stripMarkup } from './safe-text.js';
import { fitSms, fitsOneSms, toGsm7, transliterateCyrillic } from './sms.js';
import {
  ALERT_RULES,
  type AlertIntent,
  type AlertMessage,
  type Border,
  type Incident,
  type IncidentSource,
  type IncidentType,
  type ReadingChange,
  SEVERITIES,
  type Severity,
  type TollChange,
  type TollPart,
  type TollRange,
} from './types.js';

/** SNS accepts subjects shorter than 100 characters, on one line. */
export const MAX_SUBJECT_LENGTH = 99;

const BORDER_NAMES: Readonly<Record<Border, string>> = {
  'tajik-afghan': 'Tajik–Afghan',
  'tajik-kyrgyz': 'Tajik–Kyrgyz',
  'tajik-uzbek': 'Tajik–Uzbek',
};

const TYPE_NAMES: Readonly<Record<IncidentType, string>> = {
  'armed-clash': 'armed clash',
  infiltration: 'armed infiltration',
  'drone-attack': 'drone attack',
  'smuggling-shootout': 'shootout with smugglers',
  shelling: 'shelling',
  'mass-crossing': 'mass crossing',
  other: 'border incident',
};

/** Control, format (bidi overrides, zero-width) and separator characters that have no place in a line. */
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+/gu;

/**
 * Untrusted text as one plain line: markup and scripts dropped, entities decoded, control and invisible
 * characters removed, whitespace collapsed, at most `max` characters (cut at a word, marked `…`).
 */
export function plainLine(text: string | null | undefined, max = 300): string {
  if (!text) return '';
  const line = stripMarkup(text).replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
  return cutAtWord(line, max);
}

/**
 * An untrusted link fit for a message: an absolute http(s) URL without credentials, fragment or tracking
 * parameters (utm_*, fbclid, gclid, ...); null for anything else (`javascript:`, `data:`, junk).
 */
export function cleanLink(url: string | null | undefined): string | null {
  const safe = safeHttpUrl(url);
  return safe === null ? null : safeHttpUrl(withoutTracking(safe));
}

function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  const cut = space > max / 3 ? room.slice(0, space) : room;
  return `${cut.replace(/[\s,;:.\-–—(]+$/u, '')}…`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** "4 killed, 2 wounded"; null when neither figure is above zero. */
function tollPhrase(incident: Pick<Incident, 'killed' | 'wounded'>): string | null {
  const parts: string[] = [];
  if (incident.killed) parts.push(`${incident.killed} killed`);
  if (incident.wounded) parts.push(`${incident.wounded} wounded`);
  return parts.length > 0 ? parts.join(', ') : null;
}

function headline(incident: Incident, place: string): string {
  const what = tollPhrase(incident) ?? TYPE_NAMES[incident.type];
  return place ? `${what} in ${place}` : what;
}

/**
 * How the event date and place moved since subscribers were last told (`previous`), as the message tells
 * it. A new incident tells none (subscribers had not heard of it before), nor does a merge of two incidents
 * (the union's date and place are not corrections of either). Names are plain single lines.
 */
function changesOf(
  intents: readonly AlertIntent[],
  previous: Incident | null,
  current: Incident,
): ReadingChange[] {
  // A new incident was not told before; a merge moves the date and place to the union's, not a correction.
  if (intents.some((i) => i.rule === 'new-incident' || i.rule === 'same-event')) return [];
  return readingChanges(previous, current)
    .map((c) => ({ ...c, from: plainLine(c.from, 60), to: plainLine(c.to, 60) }))
    .filter((c) => c.from !== '' && c.to !== '' && c.from.toLowerCase() !== c.to.toLowerCase());
}

/** True when the message says nothing but corrections: its subject and SMS then give the new values. */
function correctionsOnly(intents: readonly AlertIntent[]): boolean {
  return intents.length > 0 && intents.every((i) => i.rule === 'correction');
}

/** The intents of one message in `ALERT_RULES` order (new incident first), so the lead is the biggest news. */
function inRuleOrder(intents: readonly AlertIntent[]): AlertIntent[] {
  return [...intents].sort((a, b) => ALERT_RULES.indexOf(a.rule) - ALERT_RULES.indexOf(b.rule));
}

function highestSeverity(intents: readonly AlertIntent[]): Severity {
  let best: Severity = 'info';
  for (const intent of intents) {
    if (SEVERITIES.indexOf(intent.severity) > SEVERITIES.indexOf(best)) best = intent.severity;
  }
  return best;
}

/** What changed, as the subject says it: one short phrase per rule met and per correction. */
function changePhrases(intents: readonly AlertIntent[], corrections: readonly ReadingChange[]): string[] {
  const has = (rule: AlertIntent['rule']) => intents.some((i) => i.rule === rule);
  const phrases: string[] = [];
  if (has('new-incident')) phrases.push('new incident');
  const same = intents.find((i) => i.sameEvent)?.sameEvent;
  if (same) {
    const place = plainLine(same.place, 40);
    phrases.push(place ? `same event as the incident at ${place}` : 'same event as an earlier incident');
  }
  if (has('toll-increase'))
    phrases.push(has('toll-threshold') ? 'toll raised over threshold' : 'toll raised');
  else if (has('toll-threshold')) phrases.push('toll over threshold');
  const window = intents.find((i) => i.rule === 'window-total');
  if (window) {
    phrases.push(
      window.window
        ? `${window.window.killed} killed in ${window.window.days} days`
        : 'rolling total reached',
    );
  }
  const alone = correctionsOnly(intents);
  for (const change of corrections) {
    if (change.kind === 'corrected')
      phrases.push(alone ? `${change.field} corrected to ${change.to}` : `${change.field} corrected`);
    else if (change.kind === 'narrowed') phrases.push('place narrowed down');
  }
  return phrases;
}

function subjectFor(
  intents: readonly AlertIntent[],
  corrections: readonly ReadingChange[],
  incident: Incident,
  place: string,
): string {
  const border = `${BORDER_NAMES[incident.border]} border`;
  const sources = ` (${plural(incident.independentSources, 'source')})`;
  // A rolling total alone is news about the border; the incident is its latest contribution.
  const latest = intents.length === 1 && intents[0]?.rule === 'window-total' ? 'latest ' : '';
  const changed = changePhrases(intents, corrections).join(', ');
  const text = `${border}, ${changed}: ${latest}${headline(incident, place)}`;
  // What changed comes first so it survives a cut; the source count goes before the headline is cut.
  return text.length + sources.length <= MAX_SUBJECT_LENGTH
    ? `${text}${sources}`
    : cutAtWord(text, MAX_SUBJECT_LENGTH);
}

function formatTime(iso: string | null | undefined): string {
  if (!iso) return 'time unknown';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return 'time unknown';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function figureText(field: 'Killed' | 'Wounded', best: number | null, range: TollRange): string {
  if (best === null) return `${field}: not reported.`;
  if (range.low !== null && range.high !== null && range.low !== range.high) {
    return `${field}: ${best} (reports range from ${range.low} to ${range.high}).`;
  }
  return `${field}: ${best}.`;
}

const WHO_WORDS: Readonly<Record<TollPart['who'], [string, string]>> = {
  forces: ['member of the security forces', 'members of the security forces'],
  attackers: ['attacker', 'attackers'],
  civilians: ['civilian', 'civilians'],
  people: ['person', 'people'],
};
const SIDE_WORDS: Readonly<Record<Exclude<TollPart['side'], null>, string>> = {
  TJ: 'Tajik',
  KG: 'Kyrgyz',
  UZ: 'Uzbek',
  AF: 'Afghan',
};

/**
 * "2 Tajik members of the security forces, 2 attackers (as RFE/RL reported)": whose dead or wounded a figure
 * counts, from the latest report that gave this figure with a breakdown; null when no report broke it down
 * (never invented).
 */
function whoText(incident: Incident, field: 'killed' | 'wounded'): string | null {
  const best = incident[field];
  if (!best) return null;
  const by = field === 'killed' ? 'killedBy' : 'woundedBy';
  const source = [...incident.sources].reverse().find((s) => s[field] === best && (s[by]?.length ?? 0) > 0);
  const parts = source?.[by];
  if (!source || !parts) return null;
  const named = parts.map((p) => {
    const [one, many] = WHO_WORDS[p.who] ?? ['person', 'people'];
    return `${p.count} ${p.side ? `${SIDE_WORDS[p.side]} ` : ''}${p.count === 1 ? one : many}`;
  });
  const sum = parts.reduce((n, p) => n + p.count, 0);
  const outlet = plainLine(source.outlet, 60) || 'a report';
  return `${sum === best ? '' : 'among them '}${named.join(', ')} (as ${outlet} reported)`;
}

/** "Who: killed — …; wounded — …", or a line saying no report broke the figures down. */
function whoLine(incident: Incident): string | null {
  if (!incident.killed && !incident.wounded) return null;
  const killed = whoText(incident, 'killed');
  const wounded = whoText(incident, 'wounded');
  if (!killed && !wounded) return 'Who they were is not broken down in the reports.';
  const parts = [
    ...(incident.killed ? [`killed: ${killed ?? 'not broken down'}`] : []),
    ...(incident.wounded ? [`wounded: ${wounded ?? 'not broken down'}`] : []),
  ];
  return `Who: ${parts.join('; ')}.`;
}

function sourceFigures(source: Pick<IncidentSource, 'killed' | 'wounded'>): string {
  const killed = source.killed === null ? 'killed not reported' : `${source.killed} killed`;
  const wounded = source.wounded === null ? 'wounded not reported' : `${source.wounded} wounded`;
  return `${killed}, ${wounded}`;
}

/** "killed from 3 to 7" or "wounded first reported as 2": never a 0 for an unknown figure. */
function changeText(change: Pick<TollChange, 'field' | 'from' | 'to'>): string {
  return change.from === null
    ? `${change.field} first reported as ${change.to}`
    : `${change.field} from ${change.from} to ${change.to}`;
}

/** "RFE/RL ("Seven killed ..."), 2026-01-11 06:10 UTC https://...": who raised a figure, when, where. */
function raisedByText(change: Pick<TollChange, 'outlet' | 'title' | 'url' | 'at'>): string {
  const outlet = plainLine(change.outlet, 80) || 'a merged report';
  const title = plainLine(change.title, 160);
  const link = cleanLink(change.url);
  return `${outlet}${title ? ` ("${title}")` : ''}, ${formatTime(change.at)}` + (link ? ` ${link}` : '');
}

/** A change's figures grouped by the report that raised them: one report usually raises both. */
function byReport(changes: readonly TollChange[]): TollChange[][] {
  const groups = new Map<string, TollChange[]>();
  for (const change of changes) {
    const key = `${change.outlet}\u0000${change.url}\u0000${change.at}`;
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return [...groups.values()];
}

/**
 * A moved date or place in subscriber words: old and new value, and which report gave the new one
 * (`short`: its outlet only).
 */
function readingChangeText(change: ReadingChange, short: boolean): string {
  let text: string;
  if (change.kind === 'corrected') {
    const what = change.field === 'date' ? 'Event date' : 'Place';
    text = `${what} corrected: now ${change.to} (earlier reported as ${change.from}).`;
  } else if (change.kind === 'narrowed') {
    text = `Place narrowed down: now ${change.to} (within ${change.from}, as reported earlier).`;
  } else if (change.kind === 'broadened') {
    text = `Place now given as ${change.to} (earlier reported as ${change.from}, which lies within it).`;
  } else {
    text = `Place now given by the other side's name: ${change.to} (earlier reported as ${change.from}).`;
  }
  if (change.outlet === null) return text;
  const by = short ? plainLine(change.outlet, 80) || 'a merged report' : raisedByText(change);
  return `${text} ${change.kind === 'corrected' ? 'Corrected' : 'Reported'} by ${by}`;
}

/** One line per rule met, in subscriber words; `short` leaves out titles and links (the default text). */
function whatChangedLines(
  intents: readonly AlertIntent[],
  corrections: readonly ReadingChange[],
  short = false,
): string[] {
  const lines: string[] = [];
  for (const intent of intents) {
    // Corrections are told below, with every other move of the date and place.
    if (intent.rule === 'correction') continue;
    if (intent.rule === 'toll-increase' && intent.tollChanges && intent.tollChanges.length > 0) {
      for (const group of byReport(intent.tollChanges)) {
        const first = group[0] as TollChange;
        const by = short ? plainLine(first.outlet, 80) || 'a merged report' : raisedByText(first);
        lines.push(`- Toll raised: ${group.map(changeText).join('; ')}. Reported by ${by}`);
      }
      continue;
    }
    lines.push(`- ${plainLine(intent.reason, 600)}`);
  }
  for (const c of corrections) lines.push(`- ${readingChangeText(c, short)}`);
  return lines;
}

/** Who claims what, when the sources disagree on the figures. */
function disputeLine(incident: Incident): string {
  const claims = incident.sources
    .filter((s) => s.killed !== null || s.wounded !== null)
    .map((s) => `${plainLine(s.outlet, 60) || 'unknown outlet'}: ${sourceFigures(s)}`);
  return claims.length > 0
    ? `The reports disagree on the figures (${claims.join('; ')}).`
    : 'The reports disagree on the figures.';
}

function emailBody(
  intents: readonly AlertIntent[],
  corrections: readonly ReadingChange[],
  incident: Incident,
  subject: string,
  place: string,
): string {
  const lines: string[] = [subject, ''];
  const border = `${BORDER_NAMES[incident.border]} border`;
  lines.push('What changed:');
  lines.push(...whatChangedLines(intents, corrections));
  lines.push('');
  lines.push(`What: ${TYPE_NAMES[incident.type]} on the ${border}.`);
  lines.push(`Where: ${place || 'place not reported'}.`);
  lines.push(
    `When: ${incident.eventDate || 'date not reported'} (first seen ${formatTime(incident.firstSeen)}, ` +
      `last update ${formatTime(incident.lastSeen)}).`,
  );
  lines.push(figureText('Killed', incident.killed, incident.killedRange));
  lines.push(figureText('Wounded', incident.wounded, incident.woundedRange));
  const who = whoLine(incident);
  if (who) lines.push(who);
  if (incident.disputed) lines.push(disputeLine(incident));
  if (incident.revisions.length > 0) {
    lines.push('');
    lines.push('Toll history:');
    for (const revision of incident.revisions) {
      if (revision.to === null) continue;
      const source = incident.sources.find((s) => s.articleId === revision.articleId);
      const by = raisedByText({
        outlet: source?.outlet ?? revision.outlet,
        title: null,
        url: source?.url ?? null,
        at: source?.published ?? revision.at,
      });
      lines.push(`- ${changeText({ field: revision.field, from: revision.from, to: revision.to })}: ${by}`);
    }
  }
  lines.push('');
  lines.push(
    `Reports (${plural(incident.independentSources, 'independent outlet')}, ${plural(incident.sources.length, 'report')}):`,
  );
  incident.sources.forEach((source, index) => {
    lines.push(
      `${index + 1}. ${plainLine(source.outlet, 80) || 'unknown outlet'}, ${formatTime(source.published)}`,
    );
    const title = plainLine(source.title, 200);
    if (title) lines.push(`   "${title}"`);
    lines.push(`   Reported: ${sourceFigures(source)}`);
    lines.push(`   ${cleanLink(source.url) ?? '(link withheld: not an http(s) address)'}`);
  });
  return lines.join('\n');
}

/** The SMS's words for what changed, never a 0 for an unknown figure: "Toll up (killed 3->7)". */
function smsHeads(intents: readonly AlertIntent[]): string[] {
  const has = (rule: AlertIntent['rule']) => intents.some((i) => i.rule === rule);
  const heads: string[] = [];
  if (has('new-incident')) heads.push('New incident');
  for (const intent of intents) {
    const same = intent.sameEvent;
    if (!same) continue;
    const place = plainLine(same.place, 40);
    heads.push(`Same event as ${TYPE_NAMES[same.type]}${place ? ` at ${place}` : ''} ${same.eventDate}`);
  }
  const increase = intents.find((i) => i.rule === 'toll-increase');
  if (increase) {
    const changes = (increase.tollChanges ?? []).map((c) =>
      c.from === null ? `${c.field} first reported ${c.to}` : `${c.field} ${c.from}->${c.to}`,
    );
    const over = has('toll-threshold') ? ' over threshold' : '';
    heads.push(changes.length > 0 ? `Toll up${over} (${changes.join(', ')})` : `Toll up${over}`);
  } else if (has('toll-threshold')) {
    heads.push('Toll alert');
  }
  if (heads.length === 0 && !has('window-total')) {
    // A correction on its own: the old and the new value lead.
    for (const intent of intents) {
      const c = intent.correction;
      if (!c) continue;
      heads.push(
        `${c.field === 'date' ? 'Date' : 'Place'} corrected ${plainLine(c.from, 40)}->${plainLine(c.to, 40)}`,
      );
    }
  }
  return heads;
}

function smsText(
  intents: readonly AlertIntent[],
  corrections: readonly ReadingChange[],
  incident: Incident,
  place: string,
): string {
  const border = `${BORDER_NAMES[incident.border]} border`;
  const where = place ? ` in ${place}` : '';
  const what = tollPhrase(incident) ?? TYPE_NAMES[incident.type];
  const window = intents.find((i) => i.rule === 'window-total');
  const total = window?.window
    ? `${window.window.killed} killed in ${window.window.days} days`
    : window
      ? 'rolling total reached'
      : null;
  const heads = smsHeads(intents);
  // A raised toll's new figures are in its head already ("killed 3->7").
  const toll = intents.some((i) => i.rule === 'toll-increase' && i.tollChanges?.length) ? '' : `, ${what}`;
  const required =
    heads.length === 0
      ? `Window alert: ${total} on ${border}. Latest ${what}${where}, ${incident.eventDate}.`
      : `${heads.map((h, i) => (i === 0 ? h : h.replace(/^./, (c) => c.toLowerCase()))).join(', ')}: ` +
        `${border}${toll}${where}, ${incident.eventDate}.` +
        (total ? ` Border total ${total}.` : '');
  // Optional parts, most useful first: the tail is dropped first when one segment cannot hold them all.
  const optional: string[] = [];
  const alone = correctionsOnly(intents);
  for (const c of corrections) {
    if (c.kind !== 'corrected' || alone) continue;
    optional.push(
      c.field === 'date' ? ` Date corrected, was ${c.from}.` : ` Place corrected, was ${c.from}.`,
    );
  }
  const raisers = [
    ...new Set(
      [
        ...intents.flatMap((i) => i.tollChanges ?? []).map((c) => c.outlet),
        ...(alone ? corrections.map((c) => c.outlet) : []),
      ]
        .map((outlet) => plainLine(outlet, 40))
        .filter((o) => o !== ''),
    ),
  ];
  if (raisers.length > 0) optional.push(` Source: ${raisers.join(', ')}.`);
  optional.push(` ${TYPE_NAMES[incident.type].replace(/^./, (c) => c.toUpperCase())}.`);
  optional.push(` ${plural(incident.independentSources, 'source')}.`);
  if (incident.disputed) optional.push(' Toll disputed.');
  // Drop the least essential parts until one segment holds the text; cut at a word only as a last resort.
  const prepare = (text: string) => toGsm7(transliterateCyrillic(text)).replace(/\s+/g, ' ').trim();
  for (let keep = optional.length; keep >= 0; keep -= 1) {
    const text = prepare(required + optional.slice(0, keep).join(''));
    if (fitsOneSms(text)) return text;
  }
  return fitSms(prepare(required), { transliterateCyrillic: true });
}

/**
 * One message for one incident change: every intent the change raised (each already claimed by the
 * caller), with a subject that says what changed, per-protocol texts, and the SNS message attributes
 * subscribers filter on: `border`, `rule` (every rule met), `severity` (the highest), and `killed` /
 * `wounded` only when a report gave the figure. `previous` (the incident as subscribers were last told of
 * it) lets the message tell a corrected, narrowed or otherwise moved event date or place, and which report
 * moved it. Throws when `intents` is empty.
 */
export function composeAlert(
  intents: readonly AlertIntent[],
  incident: Incident,
  previous: Incident | null = null,
): AlertMessage {
  const ordered = inRuleOrder(intents);
  const lead = ordered[0];
  if (!lead) throw new Error('composeAlert needs at least one alert intent');
  const place = plainLine(incident.place, 60);
  const corrections = changesOf(ordered, previous, incident);
  const severity = highestSeverity(ordered);
  const rules = [...new Set(ordered.map((i) => i.rule))];
  const subject = subjectFor(ordered, corrections, incident, place);
  const email = emailBody(ordered, corrections, incident, subject, place);
  const sms = smsText(ordered, corrections, incident, place);
  const newest = incident.sources[incident.sources.length - 1];
  const link = cleanLink(newest?.url);
  const changed = whatChangedLines(ordered, corrections, true)
    .map((line) => line.replace(/^- /, '').replace(/([^.])$/, '$1.'))
    .join(' ');
  const text = `${subject}${/[.…]$/u.test(subject) ? '' : '.'} ${plainLine(changed, 600)}${link ? ` ${link}` : ''}`;
  return {
    incidentId: lead.incidentId,
    rule: lead.rule,
    level: lead.level,
    severity,
    rules,
    alerts: ordered.map((i) => ({ rule: i.rule, level: i.level, severity: i.severity })),
    subject,
    messages: { default: text, email, sms },
    attributes: {
      border: incident.border,
      rule: rules,
      severity,
      ...(incident.killed !== null ? { killed: incident.killed } : {}),
      ...(incident.wounded !== null ? { wounded: incident.wounded } : {}),
    },
  };
}

/** The message for a single intent: {@link composeAlert} with one intent. */
export function formatAlert(
  intent: AlertIntent,
  incident: Incident,
  previous: Incident | null = null,
): AlertMessage {
  return composeAlert([intent], incident, previous);
}
