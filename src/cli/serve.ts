/**
 * `corroborate serve <inputs…> [--port N] [--host H] [--report FILE]`: analyses the inputs (or loads a
 * report JSON) and serves the stories as a local web app with a JSON API. Binds 127.0.0.1 by default.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { formatProblem, terminalSafe } from '../model/problems.js';
import { ReportSchema, type Report } from '../model/report.js';
import { analyzeInputs } from '../pipeline/analyze.js';
import { webSettings } from '../settings/web.js';
import { drainServer, startServer } from '../web/server.js';
import { Progress } from './progress.js';

const HELP = `Usage: corroborate serve [options] <inputs...>

Analyses the inputs and serves the stories at http://127.0.0.1:PORT/ : a story list with dispute
counts, search and filters, story pages, and a JSON API (/api/stories, /api/stories/:id).

Options:
  -p, --port <n>       port (default 8080; 0 picks a free one)
      --host <addr>    address to bind (default 127.0.0.1)
      --allow-host <name>  also answer to this Host header name (repeatable). By default only the bind
                       address (and loopback names when bound to loopback; IP literals when bound to
                       0.0.0.0/::) are answered; any other Host gets 421 (DNS-rebinding guard)
      --allow-outside-paths  let manifest paths name files outside the manifest's folder (absolute
                       paths, ..) and folder walks follow symlinks out of the folder; off by default
      --report <file>  serve an existing corroborate/report@1 JSON instead of analysing inputs
      --db <path>      serve the store instead: stories update live as ingest or watch adds reports
                       (server-sent events at /events; /api/stories?since=&q=&disputed=, /api/documents/:id)
  -h, --help           this help
`;

export async function run(argv: string[]): Promise<number> {
  // `serve --db PATH`: the web app over the store (serve-store.ts)
  if (
    argv.some((a) => a === '--db' || a.startsWith('--db=')) &&
    !argv.includes('--help') &&
    !argv.includes('-h')
  )
    return (await import('./serve-store.js')).run(argv);
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        port: { type: 'string', short: 'p', default: '8080' },
        host: { type: 'string', default: '127.0.0.1' },
        report: { type: 'string' },
        'allow-outside-paths': { type: 'boolean', default: false },
        'allow-host': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return usage((e as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return usage('--port must be 0..65535');
  let report: Report;
  if (values.report) {
    try {
      report = ReportSchema.parse(JSON.parse(await readFile(values.report, 'utf8')));
    } catch (e) {
      process.stderr.write(
        terminalSafe(
          `corroborate serve: ${values.report} is not a corroborate/report@1 file: ${(e as Error).message.slice(0, 300)}`,
        ) + '\n',
      );
      return 1;
    }
  } else {
    if (!positionals.length) return usage('no inputs given (or --report FILE)');
    // the analysis before the URL can take seconds: the same progress as analyze (TTY only)
    const progress = new Progress(process.stderr);
    report = (
      await analyzeInputs(positionals, {
        onProblem: (p) => {
          progress.clear();
          process.stderr.write(formatProblem(p) + '\n');
        },
        onProgress: (done, total) => progress.update(done, total),
        onPhase: (phase, done, total) => progress.phase(phase, done, total),
        allowOutsidePaths: values['allow-outside-paths'],
      })
    ).report;
    progress.finish();
  }
  const server = await startServer(report, port, values.host ?? '127.0.0.1', {
    allowHosts: values['allow-host'],
  });
  const addr = server.address() as AddressInfo;
  process.stdout.write(`corroborate serve: http://${addr.address}:${addr.port}/\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.stdout.write(
        `corroborate serve: stopping; answering requests in flight (at most ${webSettings.drainDeadlineMs / 1000} s)\n`,
      );
      void drainServer(server).then(() => resolve());
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

function usage(msg: string): number {
  process.stderr.write(
    `corroborate serve: ${terminalSafe(msg)}\nRun 'corroborate serve --help' for usage.\n`,
  );
  return 1;
}
