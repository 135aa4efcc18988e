import { BlockList, isIP } from "node:net";

/**
 * The request header that carries the address of the TCP peer. instrumentation-node.ts sets it
 * on every incoming request from the socket itself, replacing any value a client sent, because
 * Next gives route handlers and actions no other way to see the socket.
 */
export const PEER_HEADER = "x-backstory-peer";

type Headers = { get(name: string): string | null };

/** `::ffff:203.0.113.7` (IPv4 on an IPv6 socket) is 203.0.113.7. */
function normalise(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function contains(list: BlockList, address: string) {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * Parses TRUST_PROXY: a comma-separated list of addresses and CIDR ranges of the reverse
 * proxies in front of Backstory (`loopback` stands for 127.0.0.0/8 and ::1). Empty or unset:
 * no proxy is trusted. Throws on an entry it cannot read, so a typo fails loudly at start.
 */
export function parseTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (value ?? "").split(",")) {
    const entry = raw.trim();
    if (!entry || entry === "false") continue;
    if (entry === "loopback") {
      list.addSubnet("127.0.0.0", 8, "ipv4");
      list.addAddress("::1", "ipv6");
      continue;
    }
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    const prefix = bits === undefined ? undefined : Number(bits);
    const max = family === 6 ? 128 : 32;
    if (
      family === 0 ||
      (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= max))
    ) {
      throw new Error(
        `TRUST_PROXY: cannot read "${entry}" (use addresses or CIDR ranges, or "loopback")`,
      );
    }
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, prefix, type);
  }
  return list;
}

let trustedFromEnv: BlockList | undefined;

function trustedProxies(): BlockList {
  trustedFromEnv ??= parseTrustedProxies(process.env.TRUST_PROXY);
  return trustedFromEnv;
}

/**
 * The client's address, for per-client limits. The socket's peer, unless that peer is a trusted
 * proxy (TRUST_PROXY): then X-Forwarded-For is read from the right, skipping trusted proxies,
 * and the first address that is not one is the client. Addresses a client wrote further left
 * are never reached, so rotating the header changes nothing. Without the peer header (a
 * process where instrumentation did not run) every request counts as one client, "unknown":
 * stricter, never looser.
 */
export function clientKeyFrom(headers: Headers, trusted: BlockList = trustedProxies()): string {
  const peer = normalise(headers.get(PEER_HEADER) ?? "");
  if (!peer) return "unknown";
  if (!contains(trusted, peer)) return peer;
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  for (const hop of hops.reverse()) {
    if (!isIP(hop)) return peer;
    if (!contains(trusted, hop)) return hop;
  }
  return peer;
}

/** The eight 16-bit groups of an IPv6 address (zone dropped, an IPv4 tail as two), or null. */
function ipv6Groups(address: string): string[] | null {
  const [bare = ""] = address.split("%");
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  let text = bare;
  if (dotted) {
    const [a = 0, b = 0, c = 0, d = 0] = (dotted[2] ?? "").split(".").map(Number);
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail, ...more] = text.split("::");
  if (more.length > 0) return null;
  const left = head.split(":").filter(Boolean);
  const right = (tail ?? "").split(":").filter(Boolean);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  return [...left, ...Array<string>(missing).fill("0"), ...right].map((group) =>
    Number.parseInt(group, 16).toString(16),
  );
}

/**
 * What a client's limits count against (lib/rate-limit.ts): its IPv4 address, or the /64 an
 * IPv6 address lies in. A home or mobile connection is given a whole /64 (2^64 addresses) and may
 * send from any of them, so counting per IPv6 address would let one person step past every
 * per-client limit (sign-in, sign-up, share-link guesses, reset emails) by changing the last bits.
 */
export function limitBucketOf(clientKey: string): string {
  if (isIP(clientKey) !== 6) return clientKey;
  const groups = ipv6Groups(clientKey);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : clientKey;
}
