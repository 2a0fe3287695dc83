import type { CliIo, ExitCode } from './cli-io.js';
import { EXIT } from './cli-io.js';
import { runLayoutCommand } from './layout/layout-command.js';
import { MAIN_USAGE } from './usage.js';

/** `npx context-desk <command> …`: picks the command; no command or an unknown one prints the usage and exits 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [command, ...args] = argv;
  switch (command) {
    case 'layout':
      return runLayoutCommand(args, io);
    case 'doctor': {
      // Loaded only when asked for: it pulls in the BFF's clients, the store and, in sandbox mode, the emulators.
      const { runDoctorCommand } = await import('./doctor/doctor-command.js');
      return runDoctorCommand(args, io);
    }
    case '--help':
    case '-h':
    case 'help':
      io.out(MAIN_USAGE);
      return EXIT.ok;
    default:
      io.err(
        `${command === undefined ? 'context-desk: no command given' : `context-desk: unknown command "${command}"`}\n\n${MAIN_USAGE}`,
      );
      return EXIT.usage;
  }
}
