/**
 * A layout the command cannot work on (missing file, broken XML, not a Finesse layout, a role it does not have). The
 * message is written for the administrator and says where and what; the command prints it and exits 1.
 */
export class LayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutError';
  }
}

/** An option the command refuses (bad --roles, --gadget-url or --tab-label); the command prints usage and exits 2. */
export class LayoutOptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LayoutOptionError';
  }
}
