import { isIP } from "node:net";

/**
 * The network a client address belongs to, for the activity list: enough to tell "home" from
 * "somewhere else" without keeping the exact address. IPv4 is cut to /24, IPv6 to /48.
 */
export function networkOf(address: string | null | undefined): string | null {
  const value = (address ?? "").trim();
  if (isIP(value) === 4) return `${value.split(".").slice(0, 3).join(".")}.0/24`;
  if (isIP(value) === 6) {
    const [head = "", tail = ""] = value.split("::");
    const groups = [...head.split(":").filter(Boolean)];
    const missing = 8 - groups.length - tail.split(":").filter(Boolean).length;
    const full = [
      ...groups,
      ...Array(Math.max(0, missing)).fill("0"),
      ...tail.split(":").filter(Boolean),
    ];
    return `${full
      .slice(0, 3)
      .map((group) => group.toLowerCase())
      .join(":")}::/48`;
  }
  return null;
}
