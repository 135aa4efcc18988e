"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { type FormState, initialFormState } from "@/lib/forms";
import {
  addPushDeviceAction,
  removePushDeviceAction,
  removeThisPushDeviceAction,
} from "@/lib/reminders/actions";
import type { PushDeviceDTO } from "@/lib/reminders/types";

const PUSH_FAILED =
  "This browser could not turn on notifications just now. Check your connection and try again, or use a calendar link or email reminders instead.";

type Support = "checking" | "unsupported" | "denied" | "off" | "on";

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replaceAll("-", "+").replaceAll("_", "/");
  const raw = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  return Uint8Array.from(raw, (char) => char.charCodeAt(0));
}

function endpointForm(endpoint: string): FormData {
  const form = new FormData();
  form.set("endpoint", endpoint);
  return form;
}

function deviceLabel(): string {
  const agent = navigator.userAgent;
  const browser = /Edg\//.test(agent)
    ? "Edge"
    : /Firefox\//.test(agent)
      ? "Firefox"
      : /Chrome\//.test(agent)
        ? "Chrome"
        : /Safari\//.test(agent)
          ? "Safari"
          : "A browser";
  const system = /Android/.test(agent)
    ? "Android"
    : /iPhone|iPad/.test(agent)
      ? "iOS"
      : /Mac OS X/.test(agent)
        ? "macOS"
        : /Windows/.test(agent)
          ? "Windows"
          : /Linux/.test(agent)
            ? "Linux"
            : "another system";
  return `${browser} on ${system}`;
}

async function currentSubscription() {
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** SHA-256 (hex) of this browser's push endpoint, as the server lists devices by it. */
async function endpointHash(endpoint: string) {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(endpoint));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Push reminders: turn them on or off for this device, and remove any device. */
export function PushDevices({
  devices,
  publicKey,
}: {
  devices: PushDeviceDTO[];
  publicKey: string | null;
}) {
  const [support, setSupport] = useState<Support>("checking");
  const [message, setMessage] = useState<FormState>(initialFormState);
  const [removed, remove] = useActionState(removePushDeviceAction, initialFormState);
  // Which listed device is this browser (two phones of one make carry the same label).
  const [thisDevice, setThisDevice] = useState<string | null>(null);

  useEffect(() => {
    if (!publicKey || !("serviceWorker" in navigator) || !("PushManager" in window)) {
      setSupport("unsupported");
      return;
    }
    if (Notification.permission === "denied") {
      setSupport("denied");
      return;
    }
    currentSubscription()
      .then(async (subscription) => {
        setSupport(subscription ? "on" : "off");
        setThisDevice(subscription ? await endpointHash(subscription.endpoint) : null);
      })
      .catch(() => setSupport("unsupported"));
  }, [publicKey]);

  async function turnOn() {
    if (!publicKey) return;
    try {
      if ((await Notification.requestPermission()) !== "granted") {
        setSupport("denied");
        return;
      }
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(publicKey),
      });
      const formData = new FormData();
      formData.set("payload", JSON.stringify({ ...subscription.toJSON(), label: deviceLabel() }));
      const result = await addPushDeviceAction(initialFormState, formData);
      setMessage(result);
      if (result.ok) {
        setSupport("on");
        setThisDevice(await endpointHash(subscription.endpoint));
      }
    } catch {
      // The browser's push service refused or could not be reached (offline, or a browser
      // without one): say so rather than leave the button doing nothing.
      setMessage({ ok: false, message: PUSH_FAILED });
    }
  }

  async function turnOff() {
    const subscription = await currentSubscription();
    if (subscription) {
      await removeThisPushDeviceAction(initialFormState, endpointForm(subscription.endpoint));
      await subscription.unsubscribe();
    }
    setMessage({ ok: true, message: "Notifications are off for this device." });
    setSupport("off");
    setThisDevice(null);
  }

  return (
    <div>
      <FormMessage
        message={message.message ?? removed.message}
        isError={!(message.message ? message.ok : removed.ok)}
      />
      {support === "unsupported" ? (
        <p className="muted">This browser cannot receive notifications from Backstory.</p>
      ) : support === "denied" ? (
        <p className="muted">
          Notifications are blocked for this site in the browser&rsquo;s settings; allow them there
          to get reminders on this device.
        </p>
      ) : support === "on" ? (
        <button type="button" className="button button--secondary" onClick={turnOff}>
          Turn off notifications on this device
        </button>
      ) : support === "off" ? (
        <button type="button" className="button" onClick={turnOn}>
          Turn on notifications on this device
        </button>
      ) : null}
      {devices.length > 0 ? (
        <ul className="link-list">
          {devices.map((device) => (
            <li key={device.id} className="button-row">
              <span>
                {device.label}
                {device.endpointHash === thisDevice ? " (this device)" : ""}, added{" "}
                {device.createdAt.slice(0, 10)}
                {device.lastSentAt ? `, last reminded ${device.lastSentAt.slice(0, 10)}` : ""}
              </span>
              <form
                action={(formData) => {
                  // The newest answer shows: this removal's, not an earlier "turned on".
                  setMessage(initialFormState);
                  remove(formData);
                }}
              >
                <input type="hidden" name="id" value={device.id} />
                <button
                  type="submit"
                  className="button button--secondary"
                  aria-label={`Remove ${device.label}${device.endpointHash === thisDevice ? " (this device)" : ""}, added ${device.createdAt.slice(0, 10)}`}
                >
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">No device gets push reminders yet.</p>
      )}
    </div>
  );
}
