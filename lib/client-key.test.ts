import { expect, test } from "vitest";
import { clientKeyFrom, limitBucketOf, PEER_HEADER, parseTrustedProxies } from "./client-key";

const headers = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});
const none = parseTrustedProxies(undefined);
const loopback = parseTrustedProxies("loopback");

test("without a trusted proxy the socket's address counts, whatever X-Forwarded-For says", () => {
  for (const forwarded of ["203.0.113.7", "198.51.100.1, 203.0.113.7", "", "garbage"]) {
    expect(
      clientKeyFrom(headers({ [PEER_HEADER]: "192.0.2.10", "x-forwarded-for": forwarded }), none),
    ).toBe("192.0.2.10");
  }
  expect(clientKeyFrom(headers({ [PEER_HEADER]: "::ffff:192.0.2.10" }), none)).toBe("192.0.2.10");
});

test("behind a trusted proxy the client is the last address the proxies did not add", () => {
  const from = (forwarded: string) =>
    clientKeyFrom(headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": forwarded }), loopback);
  expect(from("203.0.113.7")).toBe("203.0.113.7");
  // Whatever the client wrote to the left of what the proxy appended is never reached.
  expect(from("1.2.3.4, 5.6.7.8, 203.0.113.7")).toBe("203.0.113.7");
  expect(from("203.0.113.7, 127.0.0.1")).toBe("203.0.113.7");
  expect(from("")).toBe("127.0.0.1");
  expect(from("not-an-address")).toBe("127.0.0.1");
});

test("a peer that is not a trusted proxy cannot speak for others", () => {
  const trusted = parseTrustedProxies("10.0.0.0/8, 2001:db8::/32");
  expect(
    clientKeyFrom(headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "1.1.1.1" }), trusted),
  ).toBe("203.0.113.9");
  expect(
    clientKeyFrom(headers({ [PEER_HEADER]: "10.1.2.3", "x-forwarded-for": "1.1.1.1" }), trusted),
  ).toBe("1.1.1.1");
  expect(
    clientKeyFrom(
      headers({ [PEER_HEADER]: "2001:db8::5", "x-forwarded-for": "1.1.1.1, 10.9.9.9" }),
      trusted,
    ),
  ).toBe("1.1.1.1");
});

test("no peer header (instrumentation did not run): one shared bucket, never the header", () => {
  expect(clientKeyFrom(headers({ "x-forwarded-for": "203.0.113.7" }), loopback)).toBe("unknown");
});

test("TRUST_PROXY entries that cannot be read fail loudly", () => {
  expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow(/TRUST_PROXY/);
  expect(() => parseTrustedProxies("proxy.example")).toThrow(/TRUST_PROXY/);
  expect(() => parseTrustedProxies("")).not.toThrow();
});

test("limits count an IPv6 client by its /64, an IPv4 client by its address", () => {
  expect(limitBucketOf("203.0.113.7")).toBe("203.0.113.7");
  expect(limitBucketOf("unknown")).toBe("unknown");
  const bucket = "2001:db8:abcd:12::/64";
  for (const address of [
    "2001:db8:abcd:12::1",
    "2001:db8:abcd:12:ffff:ffff:ffff:fffe",
    "2001:DB8:ABCD:0012:0:0:0:9",
    "2001:db8:abcd:12:1:2:3.4.5.6",
    "2001:db8:abcd:12::7%eth0",
  ]) {
    expect(limitBucketOf(address)).toBe(bucket);
  }
  expect(limitBucketOf("2001:db8:abcd:13::1")).toBe("2001:db8:abcd:13::/64");
  expect(limitBucketOf("::1")).toBe("0:0:0:0::/64");
  expect(limitBucketOf("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
});
