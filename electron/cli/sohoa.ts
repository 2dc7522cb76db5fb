/**
 * Entry point of the `sohoa` command line (Node only, bundled to dist/cli/sohoa.mjs): parses
 * the arguments, runs one command and sets the exit code. Uses the same reading and validation
 * code as the app; must not import Electron.
 */
import { parseArgs, USAGE } from './args';
import { EXIT, type ExitCode } from './exit-codes';
import { normalizeCommand } from './normalize-command';
import { validateCommand } from './validate-command';

async function main(argv: readonly string[]): Promise<ExitCode> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`sohoa: ${parsed.message}\n\n${USAGE}`);
    return EXIT.unusable;
  }
  const { command } = parsed;
  switch (command.name) {
    case 'help':
      process.stdout.write(USAGE);
      return EXIT.ok;
    case 'validate':
      return validateCommand(command);
    case 'normalize':
      return normalizeCommand(command);
  }
}

/**
 * Exit once output is flushed; a read abandoned at its time budget may still be parsing in the
 * background, so a last unref'd timer ends the process instead of waiting for it.
 */
function finish(code: ExitCode): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1_000).unref();
}

main(process.argv.slice(2)).then(finish, (error: unknown) => {
  process.stderr.write(`sohoa: lỗi không lường trước: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  finish(EXIT.unusable);
});
