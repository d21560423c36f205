#!/usr/bin/env node
/**
 * The `corroborate` command: a thin dispatcher. Each subcommand lives in its own module and
 * returns its exit code (0 ok, 1 failure, 2 some inputs skipped).
 */
import { readFileSync } from 'node:fs';
import { editDistance } from './common.js';
import { terminalSafe } from '../model/problems.js';

interface Command {
  summary: string;
  load: () => Promise<{ run: (argv: string[]) => Promise<number> }>;
}

const commands: Record<string, Command> = {
  extract: {
    summary: 'read and clean reports; print documents (json|jsonl)',
    load: () => import('./extract.js'),
  },
  analyze: {
    summary: 'cross-check reports: stories, claims, disputes (json|md|html)',
    load: () => import('./analyze.js'),
  },
  serve: { summary: 'a local web app over the analysed stories', load: () => import('./serve.js') },
  ingest: {
    summary: 'read or fetch reports into the store; update the stories they touch',
    load: () => import('./ingest.js'),
  },
  watch: {
    summary: 'poll feeds, URLs and folders into the store (--every 10m)',
    load: () => import('./watch.js'),
  },
  stories: { summary: 'list the stored stories (table|json|csv)', load: () => import('./stories.js') },
  export: {
    summary: "export the stored stories' claims and disputes (csv|jsonl)",
    load: () => import('./export.js'),
  },
  verify: {
    summary: 'check a draft sentence by sentence against reports (md|json|html; --batch)',
    load: () => import('./verify.js'),
  },
  digest: {
    summary: 'a cited digest of each story: corroborated facts, disputes, single-source facts',
    load: () => import('./digest.js'),
  },
  worker: {
    summary: 'run queued jobs from a PostgreSQL store (any number, on any machines)',
    load: () => import('./worker.js'),
  },
  status: { summary: 'reports, stories and the job queue of the store', load: () => import('./status.js') },
  jobs: {
    summary: 'list failed jobs (--failed) or retry them (retry <id>|--all)',
    load: () => import('./jobs.js'),
  },
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return [
    'Usage: corroborate <command> [options] <inputs...>',
    '',
    'Commands:',
    ...lines,
    '',
    "Run `corroborate <command> --help` (or `corroborate help <command>`) for a command's options.",
    'Options: -h, --help  this help;  -V, --version  the version',
    'Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders, or - for stdin;',
    'ingest, watch and analyze also take URLs of pages, feeds, sitemaps and OPML lists.',
  ].join('\n');
}

/** The command meant by a mistyped name, when one is a letter or two away. */
function nearestCommand(name: string): string | null {
  const near = Object.keys(commands)
    .map((c) => [c, editDistance(name, c)] as const)
    .sort((a, b) => a[1] - b[1])[0];
  return near && near[1] <= 2 ? near[0] : null;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  if (name === 'help') {
    // `corroborate help analyze` is `corroborate analyze --help`
    const topic = rest[0];
    if (!topic) {
      process.stdout.write(usage() + '\n');
      return 0;
    }
    const command = commands[topic];
    if (!command) return unknownCommand(topic);
    return (await command.load()).run(['--help']);
  }
  if (name === '--version' || name === '-V' || name === '-v' || name === 'version') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  const command = commands[name];
  if (!command) return unknownCommand(name);
  const mod = await command.load();
  return mod.run(rest);
}

function unknownCommand(name: string): number {
  const meant = nearestCommand(name);
  const what = name.startsWith('-') ? 'option' : 'command';
  process.stderr.write(
    `corroborate: unknown ${what} '${terminalSafe(name)}'${meant ? `; did you mean ${meant}?` : ''}\n\n${usage()}\n`,
  );
  return 1;
}

// A reader that stops early (`corroborate analyze … | head -1`) closes the pipe: the rest of the
// output has nowhere to go, and that is not a failure. Any other stdout error is reported once.
let stdoutFailed = false;
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || stdoutFailed) return;
  stdoutFailed = true;
  process.stderr.write(`corroborate: cannot write to stdout: ${e.message}\n`);
  process.exitCode = 1;
});

main(process.argv.slice(2)).then(
  (code) => {
    if (!stdoutFailed) process.exitCode = code;
  },
  (err: unknown) => {
    // One sentence for the user; the stack only when asked for (CORROBORATE_DEBUG=1).
    const debug = !!process.env.CORROBORATE_DEBUG;
    const msg = err instanceof Error ? (debug ? (err.stack ?? err.message) : err.message) : String(err);
    process.stderr.write(`corroborate: ${msg}\n`);
    if (!debug) process.stderr.write('(set CORROBORATE_DEBUG=1 for the details)\n');
    process.exitCode = 1;
  },
);
