// @ts-check
/**
 * Who the client is behind reverse proxies (TRUST_PROXY). Without it, X-Forwarded-For and Forwarded are
 * ignored: anyone can write them, so trusting them unasked would let one visitor pose as many (or as everyone).
 */
import { BlockList, isIP } from 'node:net';

/** @typedef {{ hops: number } | { list: BlockList }} TrustProxy */

/** `::ffff:10.0.0.1` is 10.0.0.1: proxies and Node write IPv4 peers either way. @param {string} a */
const plain = (a) => (/^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(a) ? a.slice(7) : a);

/**
 * TRUST_PROXY: a number of proxies in front of the server (`1`: one reverse proxy), or a comma-separated list
 * of proxy addresses and CIDR ranges (`10.0.0.0/8, ::1`; `loopback` for 127.0.0.0/8 and ::1). Throws with a
 * message naming the bad part.
 * @param {string | undefined} value
 * @returns {TrustProxy | undefined}
 */
export function parseTrustProxy(value) {
  const v = value?.trim();
  if (!v || v === '0' || v === 'false') return undefined;
  if (/^\d+$/.test(v)) return { hops: Number(v) };
  const list = new BlockList();
  for (const raw of v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (raw === 'loopback') {
      list.addSubnet('127.0.0.0', 8, 'ipv4');
      list.addAddress('::1', 'ipv6');
      continue;
    }
    const [address = '', prefix] = raw.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const max = family === 4 ? 32 : 128;
    if (!family || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= max)))
      throw new Error(`TRUST_PROXY: "${raw}" is neither a number of proxies nor an address or CIDR range.`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, bits, type);
  }
  return { list };
}

/**
 * The addresses a request passed, nearest proxy last: `Forwarded` (RFC 7239) when present, else
 * `X-Forwarded-For`. Ports and brackets are stripped; what is not an address (`unknown`, `_hidden`) is kept as is.
 * @param {(name: string) => string | undefined} header
 */
export function forwardedChain(header) {
  const forwarded = header('forwarded');
  if (forwarded) {
    /** @type {string[]} */
    const chain = [];
    for (const element of forwarded.split(',')) {
      const pair = element
        .split(';')
        .map((p) => p.trim())
        .find((p) => /^for=/i.test(p));
      if (!pair) continue;
      let node = pair.slice(4).replace(/^"|"$/g, '');
      const v6 = /^\[([^\]]+)\]/.exec(node);
      if (v6?.[1]) node = v6[1];
      else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(node)) node = node.replace(/:\d+$/, '');
      chain.push(node);
    }
    return chain;
  }
  return (header('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The client's address: the peer, or, when the peer is a trusted proxy, the address it forwarded for, and so
 * on from the nearest proxy outwards. With a number N, the N nearest hops are proxies; with a list, every hop
 * in it is. Never further than the chain goes (a client that wrote its own header is still named by the proxy).
 * @param {string} peer
 * @param {(name: string) => string | undefined} header
 * @param {TrustProxy | undefined} trust
 */
export function clientAddress(peer, header, trust) {
  const address = plain(peer);
  if (!trust) return address;
  const hops = [address, ...forwardedChain(header).reverse().map(plain)];
  if ('hops' in trust) return hops[Math.min(trust.hops, hops.length - 1)] ?? address;
  let i = 0;
  while (i < hops.length - 1) {
    const hop = /** @type {string} */ (hops[i]);
    const family = isIP(hop);
    if (!family || !trust.list.check(hop, family === 4 ? 'ipv4' : 'ipv6')) break;
    i += 1;
  }
  return hops[i] ?? address;
}
