/**
 * `sohoa validate`: reads a file, validates every row with the app's rules and prints the JSON
 * or the Vietnamese report. Returns the exit code; never writes files.
 */
import type { RegisterTypeCode } from '../../shared/domain/register-types';
import { EXIT, type ExitCode } from './exit-codes';
import { loadFile } from './load-file';
import { humanReport, validationReport } from './report';

export interface ValidateOptions {
  readonly file: string;
  readonly type?: RegisterTypeCode;
  readonly json: boolean;
}

export async function validateCommand(options: ValidateOptions): Promise<ExitCode> {
  const loaded = await loadFile(options.file, options.type);
  if (!loaded.ok) {
    process.stderr.write(`sohoa: ${options.file}: ${loaded.message}\n`);
    return EXIT.unusable;
  }
  const report = validationReport(options.file, loaded.read);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : humanReport(report, loaded.read));
  return report.errors.length === 0 ? EXIT.ok : EXIT.errors;
}
