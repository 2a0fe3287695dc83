/** The components the Principal AW pushes connection data to ("register CVP, Finesse, and SocialMiner"). */
export const DEVICES = ['CVP', 'Finesse', 'SocialMiner'] as const;
export type Device = (typeof DEVICES)[number];

/** How the next PUTs fare, as set through `POST /sandbox/sync`. */
export interface SyncBehaviour {
  /** Devices whose sync fails: the change is saved in the AW DB, the answer is 201 PARTIAL_SUCCESS. */
  readonly failDevices: readonly Device[];
  /** How long the device sync a saved PUT starts stays in progress; PUTs meanwhile get 503. */
  readonly busyMs: number;
  /** The AW DB update fails: nothing is saved or synced. */
  readonly awDatabaseFailure: boolean;
}

export const ORDINARY_SYNC: SyncBehaviour = { failDevices: [], busyMs: 0, awDatabaseFailure: false };
