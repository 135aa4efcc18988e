import "server-only";
import type { Agent } from "node:https";
import webpush from "web-push";
import { getEnv } from "@/lib/env";

/** What a reminder says: no health data, no names (it may show on a locked screen). */
export const PUSH_PAYLOAD = JSON.stringify({
  title: "Backstory",
  body: "A minute for tonight's check-in?",
  url: "/tonight",
});

export type PushTarget = { endpoint: string; p256dh: string; auth: string };

/**
 * Sends one encrypted push message (RFC 8291, aes128gcm) signed with the server's VAPID keys.
 * `isGone` means the push service has forgotten the subscription (404/410): remove the device.
 */
export async function sendPush({
  target,
  payload = PUSH_PAYLOAD,
  agent,
}: {
  target: PushTarget;
  payload?: string;
  /** An HTTPS agent, e.g. one that trusts a test push service's own certificate. */
  agent?: Agent;
}): Promise<{ ok: boolean; isGone: boolean }> {
  const env = getEnv();
  if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) {
    throw new Error("Push is not configured (no VAPID keys).");
  }
  try {
    await webpush.sendNotification(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        TTL: 4 * 60 * 60,
        ...(agent ? { agent } : {}),
        urgency: "normal",
        vapidDetails: {
          subject: env.VAPID_SUBJECT,
          publicKey: env.VAPID_PUBLIC_KEY,
          privateKey: env.VAPID_PRIVATE_KEY,
        },
      },
    );
    return { ok: true, isGone: false };
  } catch (error) {
    const status = (error as { statusCode?: number }).statusCode;
    return { ok: false, isGone: status === 404 || status === 410 };
  }
}
