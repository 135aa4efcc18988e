import { expect, test } from "vitest";
import { networkOf } from "./network";

test("addresses are cut to their network; anything else is dropped", () => {
  expect(networkOf("203.0.113.77")).toBe("203.0.113.0/24");
  expect(networkOf("2001:DB8:abcd:12::1")).toBe("2001:db8:abcd::/48");
  expect(networkOf("2001:db8::1")).toBe("2001:db8:0::/48");
  expect(networkOf("::1")).toBe("0:0:0::/48");
  expect(networkOf("unknown")).toBeNull();
  expect(networkOf(null)).toBeNull();
});
