import type { Logger } from 'pino';

export interface AuditTrailOptions<Entry> {
  /** Writes one entry to its repository. */
  readonly write: (entry: Entry) => Promise<unknown>;
  readonly logger: Logger;
  /** Told of each entry that could not be written, by its action, to count it. */
  readonly onWriteFailure: (action: string) => void;
}

/**
 * Where services record what was done. An entry is written after the upstream has answered, so the change it describes
 * has happened (or been refused) whatever becomes of the entry: a failed write must not turn that answer into an
 * error. It is logged and counted instead, never thrown.
 */
export class AuditTrail<Entry extends { readonly action: string }> {
  constructor(private readonly options: AuditTrailOptions<Entry>) {}

  async record(entry: Entry): Promise<void> {
    try {
      await this.options.write(entry);
    } catch (error) {
      this.options.onWriteFailure(entry.action);
      this.options.logger.error(
        { action: entry.action, reason: error instanceof Error ? error.message : 'unknown' },
        'audit event could not be written',
      );
    }
  }
}
