import { expect, test } from "vitest";
import { contentSecurityPolicy, createNonce, pageSecurityHeaders } from "./csp";

test("scripts need the nonce; objects, base and framing are shut", () => {
  const policy = contentSecurityPolicy({ nonce: "abc123==", isHttps: false });
  const directives = new Map(
    policy.split("; ").map((directive) => {
      const [name = "", ...values] = directive.split(" ");
      return [name, values];
    }),
  );
  expect(directives.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
  expect(directives.get("object-src")).toEqual(["'none'"]);
  expect(directives.get("base-uri")).toEqual(["'none'"]);
  expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  expect(directives.get("worker-src")).toEqual(["'self'"]);
  expect(policy).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
  expect(policy).not.toContain("upgrade-insecure-requests");
});

test("over https: HSTS for a year and insecure requests upgraded", () => {
  const headers = pageSecurityHeaders({ nonce: "n", isHttps: true });
  expect(headers["Strict-Transport-Security"]).toBe("max-age=31536000; includeSubDomains");
  expect(headers["Content-Security-Policy"]).toContain("upgrade-insecure-requests");
  expect(pageSecurityHeaders({ nonce: "n", isHttps: false })).not.toHaveProperty(
    "Strict-Transport-Security",
  );
});

test("nonces are 128 random bits and never repeat", () => {
  const nonces = new Set(Array.from({ length: 10_000 }, () => createNonce()));
  expect(nonces.size).toBe(10_000);
  for (const nonce of [...nonces].slice(0, 10)) {
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  }
});
