/**
 * CLI entry of the web host (bundled to dist/web-host/server.mjs): parses argv, starts the
 * server, prints the launch URL and the machine-readable READY line, and shuts down on
 * SIGTERM/SIGINT. All behaviour lives in web-host.ts; this file must stay argv-and-signals only.
 */
import { fileURLToPath } from 'node:url';
import { parseWebHostArgs, startWebHost, WebHostUsageError, type WebHostOptions } from './web-host';

declare const __SOHOA_VERSION__: string;

async function main(): Promise<void> {
  let options: WebHostOptions;
  try {
    options = parseWebHostArgs(process.argv.slice(2), {
      cwd: process.cwd(),
      rendererDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
      version: __SOHOA_VERSION__,
    });
  } catch (error) {
    if (!(error instanceof WebHostUsageError)) throw error;
    process.stderr.write(`sohoa web host: ${error.message}\n`);
    process.stderr.write('usage: server.mjs --web-host [--port N] [--data-dir DIR]\n');
    process.exitCode = 2;
    return;
  }

  const host = await startWebHost(options);
  // SECURITY: the token rides in the fragment, which browsers never send to the server.
  const launchUrl = `${host.url}#token=${host.token}`;
  process.stdout.write(`sohoa web host: ${launchUrl}\n`);
  process.stdout.write(
    `SOHOA_WEB_HOST_READY ${JSON.stringify({ url: launchUrl, origin: host.origin, token: host.token, dataDir: host.dataDir })}\n`,
  );

  let closing = false;
  const shutdown = (): void => {
    if (closing) return;
    closing = true;
    host.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`sohoa web host failed to start: ${error instanceof Error ? error.message : 'unknown error'}\n`);
  process.exit(1);
});
