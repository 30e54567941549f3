/**
 * The domain vocabulary of Borderwatch (see the project README, "Domain"): articles, assessments,
 * incidents and alerts. Plain readonly data, no behaviour.
 */

/** The Tajik border segments Borderwatch watches. */
export const BORDERS = ['tajik-afghan', 'tajik-kyrgyz', 'tajik-uzbek'] as const;
export type Border = (typeof BORDERS)[number];

/** Incident types, coarse enough to be told apart reliably from news text. */
export const INCIDENT_TYPES = [
  'armed-clash',
  'infiltration',
  'drone-attack',
  'smuggling-shootout',
  'shelling',
  'mass-crossing',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** One item of one feed, with the text that will be classified. */
export interface Article {
  /** Stable id: a hash of the canonical URL. */
  readonly id: string;
  /** The link as the feed gave it (absolute). */
  readonly url: string;
  /** The link without tracking parameters, fragment, AMP suffixes, `www.` and scheme differences. */
  readonly canonicalUrl: string;
  readonly title: string;
  /** ISO 8601 timestamp, or null when the feed gives none that parses. */
  readonly published: string | null;
  /** Plain text: the extracted page text, or the feed item's own text when the page was not fetched. */
  readonly text: string;
  /** Human name of the outlet (feed name, else the feed's title, else the host). */
  readonly outlet: string;
  readonly feedUrl: string;
  /** Where `text` came from. */
  readonly textSource: 'page' | 'feed';
  /** A fingerprint of the normalised text, so syndicated copies under new URLs are one article. */
  readonly fingerprint: string;
}

/** Part of a toll: whose people, on which side, how many ("2 Tajik border guards"). */
export interface TollPart {
  readonly who: 'attackers' | 'forces' | 'civilians' | 'people';
  /** The country whose people they were, when the article says. */
  readonly side: 'TJ' | 'KG' | 'UZ' | 'AF' | null;
  readonly count: number;
}

/** Why an assessment came out as it did: matched baseline terms and the sentences figures came from. */
export interface Evidence {
  /** Baseline terms that matched, by kind (e.g. `place:Khatlon`, `incident:neutralised`). */
  readonly terms: readonly string[];
  /** The sentence the `killed` figure was taken from, if any. */
  readonly killedSentence: string | null;
  /** The sentence the `wounded` figure was taken from, if any. */
  readonly woundedSentence: string | null;
  /** Whose dead the `killed` figure counts, by group and side, as far as the article says. */
  readonly killedBy?: readonly TollPart[];
  /** Whose wounded the `wounded` figure counts, by group and side, as far as the article says. */
  readonly woundedBy?: readonly TollPart[];
  /** Short human-readable reasons for the decision ("cumulative figure excluded: ..."). */
  readonly reasons: readonly string[];
}

/** The output of classification for one article. */
export interface Assessment {
  readonly relevant: boolean;
  /** 0..1, calibrated so that a threshold is meaningful. */
  readonly score: number;
  readonly border: Border | null;
  readonly type: IncidentType | null;
  /** The most specific place named for the incident. */
  readonly place: string | null;
  /** YYYY-MM-DD, resolved against the publication date. */
  readonly eventDate: string | null;
  /** Killed in this incident as reported in this article (conservative lower bound), or null. */
  readonly killed: number | null;
  /** Wounded in this incident as reported in this article (conservative lower bound), or null. */
  readonly wounded: number | null;
  readonly evidence: Evidence;
}

/** A low / best / high range of one reported figure across sources. */
export interface TollRange {
  readonly low: number | null;
  readonly best: number | null;
  readonly high: number | null;
}

/** One report of an incident. */
export interface IncidentSource {
  readonly articleId: string;
  readonly url: string;
  readonly outlet: string;
  readonly published: string | null;
  readonly title: string;
  readonly killed: number | null;
  readonly wounded: number | null;
  /** This report's breakdown of its `killed` figure by group and side, when it gives one. */
  readonly killedBy?: readonly TollPart[];
  /** This report's breakdown of its `wounded` figure by group and side, when it gives one. */
  readonly woundedBy?: readonly TollPart[];
  readonly score: number;
  /** When Borderwatch first saw this report (the cycle's clock). */
  readonly seenAt: string;
  /** Why this report was matched to the incident (empty for the report that created it). */
  readonly matchReasons: readonly string[];
  /** The event date this report gave (YYYY-MM-DD), or null when it gave none. */
  readonly eventDate?: string | null;
  /** The place this report named, or null. */
  readonly place?: string | null;
  /** The incident type this report was classified as, or null. */
  readonly type?: IncidentType | null;
  /** The article's content fingerprint, so a syndicated copy under another URL is recognised. */
  readonly fingerprint?: string;
  /** The sentence in which the report set its event apart from another ("a second clash this week"), or null. */
  readonly separateWording?: string | null;
  /**
   * Why this report's figures do not count towards the incident's toll (a recap, a retrospective), or
   * null/absent when they do. The figures stay on the source: who said what is kept either way.
   */
  readonly tollExcluded?: string | null;
}

/** One outlet's figure in a dispute over a toll. */
export interface TollClaim {
  readonly outlet: string;
  readonly articleId: string;
  readonly value: number;
  /** When the outlet reported it (ISO 8601). */
  readonly at: string;
}

/** Sources that disagree on one figure of an incident: who claims what. */
export interface TollDispute {
  readonly field: 'killed' | 'wounded';
  /**
   * `same-time`: materially different figures reported within one time frame; `single-source-jump`: one
   * outlet's figure far above every other outlet's.
   */
  readonly kind: 'same-time' | 'single-source-jump';
  /** Each outlet's latest figure for this field, lowest first. */
  readonly claims: readonly TollClaim[];
}

/** A change of the best figure, kept so that alerts can say who raised a toll. */
export interface TollRevision {
  readonly field: 'killed' | 'wounded';
  readonly from: number | null;
  readonly to: number | null;
  readonly articleId: string;
  readonly outlet: string;
  readonly at: string;
}

/** Reports of one event, merged. */
export interface Incident {
  readonly id: string;
  /** Optimistic-locking version: incremented on every write. */
  readonly version: number;
  readonly border: Border;
  readonly type: IncidentType;
  readonly place: string | null;
  readonly eventDate: string;
  readonly killed: number | null;
  readonly wounded: number | null;
  readonly killedRange: TollRange;
  readonly woundedRange: TollRange;
  readonly revisions: readonly TollRevision[];
  /** True when sources report materially different figures (see `disputes`). */
  readonly disputed: boolean;
  /** What is disputed and who claims what; absent or empty when nothing is. */
  readonly disputes?: readonly TollDispute[];
  readonly sources: readonly IncidentSource[];
  /** Distinct outlets among the sources. */
  readonly independentSources: number;
  /** The highest score among the sources. */
  readonly score: number;
  readonly title: string;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Distinctive words of the reports (stemmed, Latin script), kept to match later reports by content. */
  readonly terms?: readonly string[];
  /** Every event date the sources gave (YYYY-MM-DD, sorted). */
  readonly eventDates?: readonly string[];
  /** Every place the sources named (as written, distinct, sorted). */
  readonly places?: readonly string[];
  /**
   * `merged`: a later report showed this incident to be the same event as another, which absorbed its
   * sources (`mergedInto`); it no longer matches reports and raises no alert. Absent: the incident is live.
   */
  readonly status?: 'merged';
  /** For a merged incident: the id of the incident that absorbed it. */
  readonly mergedInto?: string;
  /** For a merged incident: why it is the same event as the one that absorbed it. */
  readonly mergeReasons?: readonly string[];
  /** Incidents found to be the same event as this one and absorbed into it, in the order they were. */
  readonly absorbed?: readonly AbsorbedIncident[];
}

/** An incident absorbed into another as the same event: what subscribers knew it as, and why. */
export interface AbsorbedIncident {
  readonly id: string;
  readonly type: IncidentType;
  readonly place: string | null;
  readonly eventDate: string;
  readonly killed: number | null;
  readonly wounded: number | null;
  /** The outlet of its first report, and when that report was published (else seen). */
  readonly firstOutlet: string | null;
  readonly firstReported: string | null;
  /** The article of the report that showed the two to be one event. */
  readonly linkedBy: string;
  /** Why they are one event: the report's match to each, and what the two incidents share. */
  readonly reasons: readonly string[];
}

/**
 * The alert rules, in the order a message names them (its leading rule is the first it met): a new
 * incident, a toll threshold crossed, a toll raised, a border's rolling total reached, an event date or
 * place corrected, two incidents found to be one event.
 */
export const ALERT_RULES = [
  'new-incident',
  'toll-threshold',
  'toll-increase',
  'window-total',
  'correction',
  'same-event',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

export const SEVERITIES = ['info', 'warning', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** One figure a change raised, with who raised it: what a `toll-increase` tells subscribers. */
export interface TollChange {
  readonly field: 'killed' | 'wounded';
  /** The figure before the change; null when no report had given one ("not reported", never 0). */
  readonly from: number | null;
  readonly to: number;
  /** The outlet whose report raised it, and that report's title and link when the incident holds them. */
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  /** When that report was published (else when it was seen), ISO 8601; null when unknown. */
  readonly at: string | null;
}

/**
 * How an incident's event date or place moved between what subscribers were last told and now:
 * - `corrected`: from one reported value to a different one (another day; another place that neither
 *   contains nor lies within the old one, nor faces it across the border): what they were told was wrong;
 * - `narrowed`: a place within the old one (a region, then a village in it): more precise, not wrong;
 * - `broadened`: a place containing the old one (more reports name the district than the village);
 * - `other-side`: the other country's name for the same stretch of border (Ak-Sai / Vorukh), or the
 *   province facing the old one: for an interstate clash either side's place is right (the codebook).
 * A value first given (none reported before) is not a change of reading.
 */
export interface ReadingChange {
  readonly field: 'date' | 'place';
  readonly kind: 'corrected' | 'narrowed' | 'broadened' | 'other-side';
  readonly from: string;
  readonly to: string;
  /** The report that gave the new value: its outlet, title, link and time, when the change shows it. */
  readonly outlet: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly at: string | null;
}

/** What the rules decided should be said, before it is formatted. */
export interface AlertIntent {
  readonly rule: AlertRule;
  /** Distinguishes repeated firings of one rule on one incident (e.g. `killed>=5`, `killed:3->7`). */
  readonly level: string;
  readonly severity: Severity;
  readonly incidentId: string;
  /** Human-readable reason, for subscribers and logs: plain words, no scores, levels or ids. */
  readonly reason: string;
  /** For `window-total`: the rolling window that crossed its threshold. */
  readonly window?: {
    readonly days: number;
    readonly threshold: number;
    /** Killed on the border over the window, after this change. */
    readonly killed: number;
    /** Last day of the window (YYYY-MM-DD). */
    readonly end: string;
  };
  /** For `toll-increase`: each figure raised, from what, to what, and by whom. */
  readonly tollChanges?: readonly TollChange[];
  /** For `correction`: the event date or place corrected, from what, to what, and by which report. */
  readonly correction?: ReadingChange;
  /** For `same-event`: the incident found to be the same event and absorbed into this one. */
  readonly sameEvent?: AbsorbedIncident;
}

/** One alert key, (incident, rule, level), that a message carries: each is claimed and sent exactly once. */
export interface AlertKeyOfMessage {
  readonly rule: AlertRule;
  readonly level: string;
  readonly severity: Severity;
}

/**
 * A formatted alert, ready for a notifier: one per incident change, naming every rule the change met. The
 * outbox stores exactly this, one per line.
 */
export interface AlertMessage {
  readonly incidentId: string;
  /** The leading rule of `rules` (in `ALERT_RULES` order: new incident first). */
  readonly rule: AlertRule;
  /** The leading rule's level. */
  readonly level: string;
  /** The highest severity of the rules met. */
  readonly severity: Severity;
  /** Every rule this message reports, in `ALERT_RULES` order. */
  readonly rules: readonly AlertRule[];
  /** Every alert key this message reports (each claimed before the publish), in `rules` order. */
  readonly alerts: readonly AlertKeyOfMessage[];
  readonly subject: string;
  readonly messages: { readonly default: string; readonly email: string; readonly sms: string };
  /**
   * SNS message attributes for subscription filter policies. `rule` lists every rule met and goes to SNS
   * as a `String.Array`: a policy `rule: [...]` accepts the message when any of them is selected.
   * `killed` and `wounded` are absent when no report gave a figure (unknown is not 0).
   */
  readonly attributes: {
    readonly border: Border;
    readonly rule: readonly AlertRule[];
    readonly severity: Severity;
    readonly killed?: number;
    readonly wounded?: number;
  };
}
