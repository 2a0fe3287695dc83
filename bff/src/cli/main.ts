import { processIo } from './cli-io.js';
import { runCli } from './run-cli.js';

/** Written output reaches its pipe or file before the process ends (process.exit does not wait for it). */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => stream.write('', () => resolve()));
}

/**
 * The `context-desk` command (bin/context-desk.js runs the compiled copy of this file). The process exits explicitly
 * once output is flushed, so a connection some library keeps open cannot hold a finished command.
 */
async function main(): Promise<void> {
  const code = await runCli(process.argv.slice(2), processIo);
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

void main().catch((error: unknown) => {
  console.error(`context-desk: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
