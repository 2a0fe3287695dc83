/** Where a command writes: standard output for its result, standard error for what it tells the person running it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit statuses shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};
