// Revoked bearer tokens, held in memory by each process, one copy per database (`Database.revocations`,
// shared by every server and every client wrapping the database's). A revocation says "every token of
// subject S issued at or before T is refused" (src/store/token-revocation.ts stores it; T only moves later).
// Checking a request costs one Map lookup: the process loads every revocation when it starts, then
// asks the database every `pollMs` (GONGHUI_REVOCATION_POLL_MS) for the rows changed since its last
// poll — one statement per poll, none per request — and a revocation made in this process applies at
// once. With a shared Redis (GONGHUI_REDIS_URL) the process that stores a revocation publishes it and
// every other applies it as soon as it arrives (`share`, `record`); without one, or when a message is
// lost, a token revoked through another process (or the operator's `gonghui token revoke`) is refused
// here within one poll interval. Streams that hold a token's authority (subscriptions) watch their
// subject and end when it is revoked.

import { cutoffSecond, revocationMatters } from '@gonghui/core';
import type { RevocationPoll } from '../store/token-revocation.js';
import { maxLifetimeOf } from './token.js';

/** Default milliseconds between two polls of the revocations (GONGHUI_REVOCATION_POLL_MS). */
export const DEFAULT_REVOCATION_POLL_MS = 1_000;

/** Reads the revocations changed since a time (all of them for null): `revocationsSince` over a database. */
export type RevocationSource = (since: Date | null) => Promise<RevocationPoll>;

/** How a process's copy polls: every `pollMs`, telling `warn` of a poll that failed. */
export interface RevocationOptions {
  /** Milliseconds between two polls (GONGHUI_REVOCATION_POLL_MS; default DEFAULT_REVOCATION_POLL_MS). */
  readonly pollMs?: number;
  /** Hears a poll that failed (the last copy is kept) and the first that succeeds again. */
  readonly warn?: (message: string, error: unknown) => void;
  /** Longest lifetime of an accepted token, in seconds (`AuthConfig.maxLifetime`): older revocations are dropped. */
  readonly maxLifetime?: number;
}

/** Where revocations travel between processes at once (Redis: src/auth/revocation-channel.ts). */
export interface RevocationChannel {
  /** Sends one revocation to every process listening (rejects when it cannot). */
  publish(subject: string, revokedBefore: Date): Promise<void>;
  /** Hears every revocation sent (this process's own too); returns the function that stops hearing. */
  listen(hear: (subject: string, revokedBefore: Date) => void): () => void;
}

/** A listener of one subject's revocations: called with the new cutoff (its whole second). */
type RevocationListener = (cutoff: number) => void;

/**
 * One process's copy of the revocations: `start` loads them and polls every `pollMs` (an unref'd
 * timer, so it never keeps the process alive), `apply` adds one at once, `stop` ends the polling.
 */
export class TokenRevocations {
  readonly #cutoffs = new Map<string, number>();
  readonly #listeners = new Map<string, Set<RevocationListener>>();
  /** The channels this copy hears and publishes on, each with the function that stops hearing it. */
  readonly #channels = new Map<RevocationChannel, () => void>();
  #since: Date | null = null;
  #timer: NodeJS.Timeout | undefined;
  #started: Promise<void> | undefined;
  #loaded = false;
  #stopped = false;
  #failing = false;

  /**
   * Polls `source` every `pollMs` once started; `warn` hears a poll that failed (the last copy is kept);
   * each poll drops the revocations older than `maxLifetime` seconds (they refuse no valid token).
   */
  constructor(
    private readonly source: RevocationSource,
    readonly pollMs: number = DEFAULT_REVOCATION_POLL_MS,
    private readonly warn: (message: string, error: unknown) => void = () => undefined,
    readonly maxLifetime: number = maxLifetimeOf({}),
  ) {}

  /** True once the first load has succeeded (until then `ready` is what a check waits for). */
  get loaded(): boolean {
    return this.#loaded;
  }

  /**
   * Loads every revocation, then polls: resolves once the first load succeeded (a failed one is tried
   * again every `pollMs`, and what asks for `ready` waits). Calling it again returns the same promise.
   */
  start(): Promise<void> {
    this.#started ??= new Promise<void>((resolve) => {
      const poll = async () => {
        this.#timer = undefined;
        if (this.#stopped) return;
        try {
          await this.poll();
          if (this.#failing) this.warn('token revocations are read again', undefined);
          this.#failing = false;
          resolve();
        } catch (error) {
          if (!this.#failing && !this.#stopped) this.warn('reading the token revocations failed', error);
          this.#failing = true;
        }
        if (!this.#stopped) this.#timer = setTimeout(poll, this.pollMs).unref();
      };
      void poll();
    });
    return this.#started;
  }

  /** Resolves once the revocations are loaded (starting them if nothing has). */
  get ready(): Promise<void> {
    return this.start();
  }

  /**
   * Reads the revocations changed since the last poll and applies them, then drops those that no longer
   * matter (`prune`: the database deletes them too, `purgeRevocations`); what the timer runs.
   */
  async poll(): Promise<void> {
    const { rows, at } = await this.source(this.#since);
    for (const row of rows) this.apply(row.subject, row.revokedBefore);
    this.prune(Math.floor(Date.now() / 1000));
    this.#since = at;
    this.#loaded = true;
  }

  /**
   * Forgets the revocations that can refuse no token valid at `now` (seconds) given `maxLifetime`
   * (`revocationMatters`): one pass over the copy.
   */
  prune(now: number): void {
    for (const [subject, cutoff] of this.#cutoffs) {
      if (!revocationMatters(cutoff, now, this.maxLifetime)) this.#cutoffs.delete(subject);
    }
  }

  /** Applies a revocation at once (one this process stored, or one a poll read); a cutoff never moves earlier. */
  apply(subject: string, revokedBefore: Date): void {
    const cutoff = cutoffSecond(revokedBefore);
    const known = this.#cutoffs.get(subject);
    if (known !== undefined && known >= cutoff) return;
    this.#cutoffs.set(subject, cutoff);
    for (const listener of this.#listeners.get(subject) ?? []) listener(cutoff);
  }

  /**
   * Hears the revocations sent on `channel` (applied at once) and publishes this process's own on it
   * (`record`), until `stop`. Sharing one channel again changes nothing.
   */
  share(channel: RevocationChannel): void {
    if (this.#stopped || this.#channels.has(channel)) return;
    this.#channels.set(
      channel,
      channel.listen((subject, revokedBefore) => this.apply(subject, revokedBefore)),
    );
  }

  /**
   * Applies a revocation this process stored (after its commit) and publishes it on the shared channels,
   * so the other processes apply it at once. Never rejects: a publish that fails is told to `warn`, and
   * the others read the revocation at their next poll.
   */
  async record(subject: string, revokedBefore: Date): Promise<void> {
    this.apply(subject, revokedBefore);
    await Promise.all(
      [...this.#channels.keys()].map((channel) =>
        channel
          .publish(subject, revokedBefore)
          .catch((error: unknown) =>
            this.warn(
              'publishing a token revocation failed: other servers apply it at their next poll',
              error,
            ),
          ),
      ),
    );
  }

  /** The cutoff (whole second) of `subject`'s tokens, or undefined when they are not revoked. */
  cutoffOf(subject: string): number | undefined {
    return this.#cutoffs.get(subject);
  }

  /** Calls `listener` with each later cutoff of `subject`'s tokens; returns the function that stops it. */
  watch(subject: string, listener: RevocationListener): () => void {
    let listeners = this.#listeners.get(subject);
    if (listeners === undefined) {
      listeners = new Set();
      this.#listeners.set(subject, listeners);
    }
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && this.#listeners.get(subject) === listeners) this.#listeners.delete(subject);
    };
  }

  /** Stops polling and hearing the shared channels (the copy stays as it is). */
  stop(): void {
    this.#stopped = true;
    clearTimeout(this.#timer);
    for (const stopHearing of this.#channels.values()) stopHearing();
    this.#channels.clear();
  }
}
