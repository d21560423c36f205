#!/usr/bin/env node
/**
 * The `corroborate` command: a thin dispatcher. Each subcommand lives in its own module and
 * returns its exit code (0 ok, 1 failure, 2 some inputs skipped).
 */
import { readFileSync } from 'node:fs';

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
    "Run `corroborate <command> --help` for a command's options.",
    'Inputs: files (.txt .md .html .json .jsonl .xml/.rss/.atom, optionally .gz), folders, or - for stdin;',
    'ingest, watch and analyze also take URLs of pages, feeds, sitemaps and OPML lists.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(version() + '\n');
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`corroborate: unknown command '${name}'\n\n${usage()}\n`);
    return 1;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`corroborate: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
