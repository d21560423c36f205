/**
 * `serve` under hostile requests: malformed percent-encoding and request lines never take it down
 * (400), the Host header is checked (DNS rebinding), SIGTERM drains requests in flight with a deadline,
 * and a client that never finishes its header cannot hold the process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { drainServer, hostAllowed, requestPath, startServer } from '../../src/web/server.js';
import { fixtureReport } from './fixture.js';
import { cliPath } from '../helpers/paths.js';

/** Sends raw bytes on a fresh connection and collects everything the server answers until it closes. */
function raw(port: number, data: string, waitMs = 2_000): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let out = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (out += d));
    socket.on('error', () => resolve(out));
    socket.on('close', () => resolve(out));
    socket.write(data, 'latin1');
    setTimeout(() => {
      socket.destroy();
      resolve(out);
    }, waitMs);
  });
}

const get = (port: number, target: string, host = `127.0.0.1:${port}`) =>
  raw(port, `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);

const status = (response: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(response)?.[1] ?? 0);

describe('request paths and Host header (unit)', () => {
  it('decodes valid paths and refuses malformed percent-encoding', () => {
    expect(requestPath('/stories/a%20b')).toBe('/stories/a b');
    for (const bad of [
      '/%',
      '/%E0%A4%A',
      '/stories/%ff',
      '/api/stories/%',
      '/..%c0%af..%c0%afetc/passwd',
      '',
      '*',
    ])
      expect(requestPath(bad)).toBeNull();
  });

  it('answers loopback names when bound to loopback, nothing else unless allowed', () => {
    const policy = { bindHost: '127.0.0.1' };
    for (const ok of ['127.0.0.1:8080', 'localhost:8080', 'LOCALHOST', '[::1]:8080'])
      expect(hostAllowed(ok, policy), ok).toBe(true);
    for (const bad of ['evil.example', 'evil.example:8080', '127.0.0.1.evil.example', '', undefined, 'a b'])
      expect(hostAllowed(bad, policy), String(bad)).toBe(false);
    expect(hostAllowed('news.lan:8080', { bindHost: '127.0.0.1', allowHosts: ['news.lan'] })).toBe(true);
    expect(hostAllowed('10.0.0.5:80', { bindHost: '0.0.0.0' })).toBe(true);
    expect(hostAllowed('evil.example', { bindHost: '0.0.0.0' })).toBe(false);
    expect(hostAllowed('10.0.0.5', { bindHost: '10.0.0.4' })).toBe(false);
  });
});

describe('serve stays up under malformed requests', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = await startServer(fixtureReport(), 0, '127.0.0.1');
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await drainServer(server, 1_000);
  });

  it('answers 400 to malformed percent-encoding and keeps serving', async () => {
    for (const target of [
      '/%',
      '/%E0%A4%A',
      '/stories/%ff',
      '/api/stories/%',
      '/..%c0%af..%c0%afetc/passwd',
    ]) {
      expect(status(await get(port, target)), target).toBe(400);
    }
    expect(status(await get(port, '/api/stories'))).toBe(200);
  });

  it('refuses a foreign Host header with 421 (DNS rebinding) and answers its own', async () => {
    expect(status(await get(port, '/api/stories', 'evil.example'))).toBe(421);
    expect(status(await get(port, '/api/stories', `evil.example:${port}`))).toBe(421);
    expect(status(await get(port, '/api/stories', `localhost:${port}`))).toBe(200);
  });

  it('survives a fuzz of malformed request lines, paths and headers', async () => {
    // Deterministic pseudo-random generator so a failure reproduces.
    let seed = 12345;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const pieces = [
      '%',
      '%%',
      '%0',
      '%G1',
      '%ff',
      '%c0%af',
      '..',
      '/',
      '\\',
      '?',
      '#',
      '\u00e9',
      '\u0000',
      ' ',
      '%00',
      'a',
      '\u00ff',
    ];
    const cases: string[] = [
      'GET / HTTP/1.1\r\nHost: \u0000\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: -1\r\n\r\n',
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'GARBAGE\r\n\r\n',
      '\u0000\u0001\u0002\r\n\r\n',
      'GET http://evil.example/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n',
      `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'b'.repeat(100_000)}\r\n\r\n`,
      'POST /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n\r\nhello',
    ];
    for (let i = 0; i < 150; i++) {
      let p = '/';
      const n = 1 + Math.floor(rnd() * 8);
      for (let j = 0; j < n; j++) p += pieces[Math.floor(rnd() * pieces.length)];
      const prefix = ['', '/stories', '/api/stories'][i % 3]!;
      cases.push(`GET ${prefix}${p} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);
    }
    for (const c of cases) {
      const answer = await raw(port, c, 1_000);
      const code = status(answer);
      // Every answer is a well-formed HTTP response below 500 (or the socket is closed).
      if (answer)
        expect(code >= 200 && code < 500, `${JSON.stringify(c.slice(0, 80))} -> ${answer.slice(0, 40)}`).toBe(
          true,
        );
    }
    expect(server.listening).toBe(true);
    expect(status(await get(port, '/api/stories'))).toBe(200);
  });
});

describe('graceful stop', () => {
  it('answers every request already sent when draining starts', async () => {
    const server = await startServer(fixtureReport(), 0, '127.0.0.1');
    const port = (server.address() as AddressInfo).port;
    const sockets: Socket[] = [];
    await Promise.all(
      Array.from(
        { length: 20 },
        () =>
          new Promise<void>((resolve) => {
            const s = connect(port, '127.0.0.1', () => resolve());
            sockets.push(s);
          }),
      ),
    );
    const answers = sockets.map(
      (s) =>
        new Promise<string>((resolve) => {
          let out = '';
          s.setEncoding('utf8');
          s.on('data', (d: string) => (out += d));
          s.on('close', () => resolve(out));
          s.on('error', () => resolve(out));
        }),
    );
    for (const s of sockets) s.write(`GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n\r\n`);
    const drained = drainServer(server, 5_000);
    const results = await Promise.all(answers);
    expect(results.map(status)).toEqual(results.map(() => 200));
    // Each answer closes its connection during the drain, so the server ends before the deadline.
    expect(await drained).toBe(true);
  });

  it('a client that never finishes its header is cut at the deadline', async () => {
    const server = await startServer(fixtureReport(), 0, '127.0.0.1');
    const port = (server.address() as AddressInfo).port;
    const slow = connect(port, '127.0.0.1');
    await new Promise((r) => slow.once('connect', r));
    slow.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ');
    const closed = new Promise((r) => slow.once('close', r));
    slow.on('error', () => undefined);
    const t0 = Date.now();
    expect(await drainServer(server, 300)).toBe(false);
    await closed;
    expect(Date.now() - t0).toBeLessThan(3_000);
  });

  it('the serve command exits 0 on SIGTERM after answering', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-serve-'));
    const file = path.join(dir, 'report.json');
    writeFileSync(file, JSON.stringify(fixtureReport()));
    const child = spawn(process.execPath, [cliPath, 'serve', '--report', file, '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: string) => {
        out += d;
        const m = /http:\/\/[^\s]+\//.exec(out);
        if (m) resolve(m[0]);
      });
      child.once('exit', () => reject(new Error(`serve exited early: ${out}`)));
    });
    const port = Number(new URL(url).port);
    const slow = connect(port, '127.0.0.1');
    slow.on('error', () => undefined);
    await new Promise((r) => slow.once('connect', r));
    slow.write('GET /api/stories HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // header never finished
    expect(status(await get(port, '/api/stories'))).toBe(200);
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    child.kill('SIGTERM');
    // The slow client is cut by the header timeout or the drain deadline, whichever comes first.
    expect(await exited).toBe(0);
    slow.destroy();
  }, 30_000);
});
