import type { ServerLogger } from '../log.ts';
import type { TokenStore } from './TokenStore.ts';

/**
 * Notices revoked tokens, including revocations by `clausewatch token revoke` in another
 * process: every `intervalMs` it reads the store's change marker (for SQLite, `PRAGMA
 * data_version`, which costs no disk read) and, when it moved, asks which of the live tokens are
 * now revoked. Polling keeps the CLI independent of the server: it works whether or not one runs.
 */
export class RevocationWatcher {
  private marker: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly tokens: TokenStore,
    /** IDs of the tokens of live connections. */
    private readonly liveTokens: () => Iterable<string>,
    /** Called with each revoked token ID that has live connections. */
    private readonly onRevoked: (tokenId: string) => void,
    intervalMs: number,
    private readonly logger: ServerLogger,
  ) {
    this.marker = tokens.changeMarker();
    this.timer = setInterval(() => {
      try {
        this.check();
      } catch (error) {
        // A busy or failing database: try again on the next tick.
        this.logger.warn({ err: error }, 'checking for revoked tokens failed');
      }
    }, intervalMs);
    this.timer.unref();
  }

  /** Looks now (the timer calls this). */
  check(): void {
    const marker = this.tokens.changeMarker();
    if (marker === this.marker) return;
    this.marker = marker;
    const live = [...new Set(this.liveTokens())];
    if (live.length > 0) this.tokens.revokedAmong(live).forEach(this.onRevoked);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
