/** What a fetch is for: feeds come from the operator's config and are trusted; pages come from feeds. */
export type FetchPurpose = 'feed' | 'page';

/** One GET request. */
export interface FetchRequest {
  readonly url: string;
  readonly purpose: FetchPurpose;
  /** Validators from the previous response, for a conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /**
   * For pages: the host of the feed the link came from. A page on that host may resolve to a
   * loopback or private address (so a feed served from a local fixture server works); any other
   * host must resolve to a public address.
   */
  readonly feedHost?: string;
}

/** A usable response: 200 with a decoded body, or 304 Not Modified with no body. */
export interface FetchResponse {
  readonly status: 200 | 304;
  /** The URL after redirects. */
  readonly url: string;
  /** The body decoded to a string (charset from BOM, header or document declaration); '' for 304. */
  readonly body: string;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Decoded bytes read. */
  readonly bytes: number;
}

/**
 * HTTP GET with the house limits: timeout, byte cap on decoded bytes, bounded redirects, address policy.
 * Rejects with a `FetchError` (see `shared/errors.ts`) for every failure.
 */
export interface HttpFetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
}
