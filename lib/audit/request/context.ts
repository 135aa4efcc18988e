import { clientKeyFrom } from "@/lib/client-key";
import { describeDevice } from "@/lib/sessions/display/device";
import type { AuditContext } from "../mutations";

/** Where a request came from, as the activity log keeps it (coarse device and network). */
export function auditContextFrom(headers: { get(name: string): string | null }): AuditContext {
  return { device: describeDevice(headers.get("user-agent")), clientKey: clientKeyFrom(headers) };
}
