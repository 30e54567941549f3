/**
 * Alert messages: one text per protocol, from an alert intent and the incident it is about.
 * - `email`: plain text with what, where, when, the toll with its range and revisions, every source with its
 *   link, and why it was flagged; the subject is a one-line headline under SNS's 100-character limit.
 * - `sms`: one segment (160 GSM-7 characters) with the essentials: rule, border, toll, place, date.
 * - `default`: a short text for every other protocol.
 *
 * Everything that came from a feed (titles, outlets, places, links) is untrusted: text is reduced to plain
 * text on one line (markup, scripts, control characters dropped) and links to http(s) URLs without
 * credentials or tracking parameters, however clean the pipeline upstream already made them.
 */
import { withoutTracking } from './canonical-url.js';
import { safeHttpUrl, stripMarkup } from './safe-text.js';
import { fitSms, fitsOneSms, toGsm7, transliterateCyrillic } from './sms.js';
import type {
  AlertIntent,
  AlertMessage,
  AlertRule,
  Border,
  Incident,
  IncidentSource,
  IncidentType,
  TollRange,
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

const RULE_NAMES: Readonly<Record<AlertRule, string>> = {
  'new-incident': 'new incident',
  'toll-threshold': 'toll threshold crossed',
  'toll-increase': 'toll revised upward',
  'window-total': 'rolling total crossed',
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

function subjectFor(intent: AlertIntent, incident: Incident, place: string): string {
  const border = `${BORDER_NAMES[incident.border]} border`;
  const sources = plural(incident.independentSources, 'source');
  let text: string;
  switch (intent.rule) {
    case 'toll-increase':
      text = `toll rises to ${headline(incident, place)}`;
      break;
    case 'window-total': {
      const window = intent.window;
      // The rolling total is the news; the source count of the latest incident is in the body.
      if (window) {
        return cutAtWord(
          `${border}: ${window.killed} killed in ${window.days} days (latest: ${headline(incident, place)})`,
          MAX_SUBJECT_LENGTH,
        );
      }
      text = headline(incident, place);
      break;
    }
    default:
      text = headline(incident, place);
  }
  return cutAtWord(`${border}: ${text} (${sources})`, MAX_SUBJECT_LENGTH);
}

function formatTime(iso: string | null): string {
  if (!iso) return 'time unknown';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return 'time unknown';
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function rangeText(field: 'killed' | 'wounded', best: number | null, range: TollRange): string {
  if (best === null) return `${field}: not reported`;
  if (range.low !== null && range.high !== null && range.low !== range.high) {
    return `${field}: ${best} (reports range from ${range.low} to ${range.high})`;
  }
  return `${field}: ${best}`;
}

function sourceFigures(source: IncidentSource): string {
  const parts: string[] = [];
  if (source.killed !== null) parts.push(`${source.killed} killed`);
  if (source.wounded !== null) parts.push(`${source.wounded} wounded`);
  return parts.length > 0 ? parts.join(', ') : 'no figures';
}

function emailBody(intent: AlertIntent, incident: Incident, subject: string, place: string): string {
  const lines: string[] = [subject, ''];
  const border = `${BORDER_NAMES[incident.border]} border`;
  lines.push(`What: ${TYPE_NAMES[incident.type]} on the ${border}.`);
  lines.push(`Where: ${place || 'place not reported'}.`);
  lines.push(
    `When: ${incident.eventDate} (first seen ${formatTime(incident.firstSeen)}, last update ${formatTime(incident.lastSeen)}).`,
  );
  lines.push(
    `Toll: ${rangeText('killed', incident.killed, incident.killedRange)}; ${rangeText('wounded', incident.wounded, incident.woundedRange)}.`,
  );
  if (incident.disputed) lines.push('The sources disagree on the figures: the toll is disputed.');
  if (incident.revisions.length > 0) {
    lines.push('Revisions:');
    for (const revision of incident.revisions) {
      const source = incident.sources.find((s) => s.articleId === revision.articleId);
      const link = cleanLink(source?.url);
      lines.push(
        `- ${revision.field} ${revision.from ?? 'unknown'} -> ${revision.to ?? 'unknown'}, ` +
          `reported by ${plainLine(revision.outlet, 80)} (${formatTime(source?.published ?? revision.at)})` +
          (link ? ` ${link}` : ''),
      );
    }
  }
  lines.push('');
  lines.push(`Why flagged: ${plainLine(intent.reason, 600)}`);
  lines.push(
    `Rule: ${intent.rule} (${RULE_NAMES[intent.rule]}), level ${plainLine(intent.level, 80)}, severity ${intent.severity}.`,
  );
  lines.push('');
  lines.push(
    `Sources (${plural(incident.independentSources, 'independent outlet')}, ${plural(incident.sources.length, 'report')}):`,
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
  lines.push('');
  lines.push(`Incident ${incident.id}, version ${incident.version}.`);
  return lines.join('\n');
}

/** The outlet that raised the toll last, for an SMS about a toll increase. */
function raisedBy(incident: Incident): string | null {
  const last = incident.revisions[incident.revisions.length - 1];
  return last ? plainLine(last.outlet, 40) : null;
}

function smsText(intent: AlertIntent, incident: Incident, place: string): string {
  const border = `${BORDER_NAMES[incident.border]} border`;
  const toll = tollPhrase(incident);
  const where = place ? ` in ${place}` : '';
  const what = toll ?? TYPE_NAMES[incident.type];
  let required: string;
  const optional: string[] = [];
  switch (intent.rule) {
    case 'toll-increase': {
      const by = raisedBy(incident);
      const change = intent.level.replace(/:/g, ' ').replace(/,/g, ', ');
      required = `Toll up ${change}: ${border}, ${what}${where}, ${incident.eventDate}.`;
      if (by) optional.push(` Source: ${by}.`);
      break;
    }
    case 'window-total': {
      const window = intent.window;
      const total = window ? `${window.killed} killed in ${window.days} days` : 'rolling total crossed';
      required = `Window alert: ${total} on ${border}. Latest ${what}${where}, ${incident.eventDate}.`;
      break;
    }
    case 'toll-threshold':
      required = `Toll alert: ${border}, ${what}${where}, ${incident.eventDate}.`;
      break;
    default:
      required = `New incident: ${border}, ${what}${where}, ${incident.eventDate}.`;
  }
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
 * The alert for one intent about one incident: subject, per-protocol texts and the SNS message attributes
 * subscribers filter on (`border`, `rule`, `severity`, `killed`, `wounded`; figures 0 when unknown).
 */
export function formatAlert(intent: AlertIntent, incident: Incident): AlertMessage {
  const place = plainLine(incident.place, 60);
  const subject = subjectFor(intent, incident, place);
  const email = emailBody(intent, incident, subject, place);
  const sms = smsText(intent, incident, place);
  const newest = incident.sources[incident.sources.length - 1];
  const link = cleanLink(newest?.url);
  const reason = plainLine(intent.reason, 300);
  const text = `${subject}. ${reason}${link ? ` ${link}` : ''}`;
  return {
    incidentId: intent.incidentId,
    rule: intent.rule,
    level: intent.level,
    severity: intent.severity,
    subject,
    messages: { default: text, email, sms },
    attributes: {
      border: incident.border,
      rule: intent.rule,
      severity: intent.severity,
      killed: incident.killed ?? 0,
      wounded: incident.wounded ?? 0,
    },
  };
}
