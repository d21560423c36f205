/**
 * Which addresses the fetcher may connect to. Only public unicast addresses: private, loopback,
 * link-local, multicast, carrier-grade NAT, documentation/benchmark/reserved ranges and the IPv6
 * forms that embed an IPv4 address (mapped, NAT64, 6to4, Teredo) are refused. The check runs on the
 * addresses DNS returns, inside the `lookup` the socket connects with, so the address checked is the
 * address connected to (no window for DNS rebinding), and again on every redirect.
 */
import dns from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

export class RefusedError extends Error {
  constructor(
    message: string,
    readonly code: 'scheme' | 'address' | 'robots' | 'credentials' = 'address',
  ) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** The one range ipaddr.js gives a globally reachable address. */
const PUBLIC_RANGE = 'unicast';

/** Why an address is refused (its range name), or null when it is public. */
export function refusalOf(address: string): string | null {
  if (!ipaddr.isValid(address)) return 'not an IP address';
  let ip = ipaddr.parse(address);
  if (ip.kind() === 'ipv6') {
    const v6 = ip as ipaddr.IPv6;
    // An IPv4-mapped address reaches the IPv4 address it carries: judge that one.
    if (v6.isIPv4MappedAddress()) ip = v6.toIPv4Address();
  }
  const range = ip.range();
  return range === PUBLIC_RANGE ? null : range;
}

export interface GuardOptions {
  /**
   * Addresses allowed although not public. Empty by default; only tests set it (to reach their own
   * server on 127.0.0.1). Never derived from a URL or a page.
   */
  allowAddresses?: readonly string[];
  /** Resolver (default dns.lookup with all addresses); tests give one that maps names to chosen addresses. */
  resolve?: (host: string) => Promise<LookupAddress[]>;
}

export function addressAllowed(address: string, opts: GuardOptions): boolean {
  if (opts.allowAddresses?.length) {
    const norm = ipaddr.isValid(address) ? ipaddr.process(address).toString() : address;
    if (opts.allowAddresses.some((a) => ipaddr.isValid(a) && ipaddr.process(a).toString() === norm))
      return true;
  }
  return refusalOf(address) === null;
}

/** Throws RefusedError unless the URL is http(s) without credentials, and an IP-literal host is allowed. */
export function checkUrl(url: URL, opts: GuardOptions): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new RefusedError(
      `${url.protocol.replace(':', '')} URLs are not fetched (http and https only)`,
      'scheme',
    );
  if (url.username || url.password)
    throw new RefusedError('URLs with credentials are not fetched', 'credentials');
  const host = hostOf(url);
  if (net.isIP(host) && !addressAllowed(host, opts))
    throw new RefusedError(`${host} is a ${refusalOf(host)} address; only public addresses are fetched`);
}

/** The hostname without IPv6 brackets. */
export function hostOf(url: URL): string {
  const h = url.hostname;
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

const defaultResolve = (host: string): Promise<LookupAddress[]> =>
  dns.promises.lookup(host, { all: true, verbatim: true });

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http.request / net.connect: resolves the name, refuses it when ANY of its addresses
 * is not allowed (a name that mixes public and private addresses is a rebinding attempt or a
 * misconfiguration either way), and hands the socket only addresses that passed the check.
 */
export function guardedLookup(opts: GuardOptions) {
  const resolve = opts.resolve ?? defaultResolve;
  return (hostname: string, options: LookupOptions | number | undefined, callback: LookupCallback): void => {
    const o: LookupOptions = typeof options === 'number' ? { family: options } : (options ?? {});
    const host = hostname.startsWith('[') ? hostname.slice(1, -1) : hostname;
    const found: Promise<LookupAddress[]> = net.isIP(host)
      ? Promise.resolve([{ address: host, family: net.isIP(host) }])
      : resolve(host);
    found.then(
      (addresses) => {
        const wanted =
          o.family === 4 || o.family === 6 ? addresses.filter((a) => a.family === o.family) : addresses;
        if (!wanted.length) {
          callback(Object.assign(new Error(`${host}: no address`), { code: 'ENOTFOUND' }), '', 0);
          return;
        }
        const bad = wanted.find((a) => !addressAllowed(a.address, opts));
        if (bad) {
          callback(
            new RefusedError(
              `${host} resolves to ${bad.address}, a ${refusalOf(bad.address)} address; only public addresses are fetched`,
            ),
            '',
            0,
          );
          return;
        }
        if (o.all) callback(null, wanted);
        else callback(null, wanted[0]!.address, wanted[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
