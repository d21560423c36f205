/** `corroborate serve --db PATH [--port N] [--host H]`: the web app over the store, live. */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { startLiveServer } from '../web/live.js';
import { openDb } from './store-options.js';

export async function run(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        db: { type: 'string' },
        port: { type: 'string', short: 'p', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
      },
    });
  } catch (e) {
    process.stderr.write(
      `corroborate serve: ${(e as Error).message}\nRun 'corroborate serve --help' for usage.\n`,
    );
    return 1;
  }
  const { values } = args;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(
      "corroborate serve: --port must be 0..65535\nRun 'corroborate serve --help' for usage.\n",
    );
    return 1;
  }
  const store = await openDb(values.db);
  const { server } = await startLiveServer(store, port, values.host ?? '127.0.0.1');
  const addr = server.address() as AddressInfo;
  process.stdout.write(`corroborate serve: http://${addr.address}:${addr.port}/ (store ${store.location})\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      server.closeAllConnections();
      server.close(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
