import { createHash, createPublicKey, verify } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { Agent, createServer } from "node:https";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getPrisma } from "@/lib/db";
import { sendMail } from "@/lib/mail";
import { toDbDate } from "@/lib/time";
import { generateVapidKeys } from "@/scripts/runtime/vapid.mjs";
import { createTestUser } from "@/test/factories";
import { getReminderSettings, listPushDevices } from "./data";
import { openCalendarFeed } from "./loaders";
import {
  addPushDevice,
  createCalendarLink,
  removePushDevice,
  revokeCalendarLink,
  saveReminderSettings,
} from "./mutations";
import { PUSH_PAYLOAD, runReminderRound, type Senders, sendPush } from "./sending/mutations";
import { browserKeys, decryptPush, selfSignedCertificate } from "./testing/web-push";

// 21:00 in Berlin on 24 November 2026 is 20:00 UTC.
const DUE = new Date("2026-11-24T20:05:00Z");
const vapid = generateVapidKeys();

type Received = { path: string; headers: IncomingHttpHeaders; body: Buffer };
const pushes: Received[] = [];
const mails: { to: string[]; raw: string }[] = [];
let pushBase = "";
let closeServers: () => Promise<void>;
/** The real senders, trusting the stand-in push service's self-signed certificate. */
let realSenders: Senders;

beforeAll(async () => {
  // Stand-ins for a push service (answers 201, or 410 for "/gone/…") and an SMTP server.
  const certificate = selfSignedCertificate();
  const push = createServer(certificate, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      pushes.push({
        path: request.url ?? "",
        headers: request.headers,
        body: Buffer.concat(chunks),
      });
      response.writeHead(request.url?.startsWith("/gone/") ? 410 : 201).end();
    });
  });
  await new Promise<void>((resolve) => push.listen(0, "127.0.0.1", resolve));
  pushBase = `https://127.0.0.1:${(push.address() as AddressInfo).port}`;
  const agent = new Agent({ ca: certificate.cert });
  realSenders = { push: (target) => sendPush({ target, agent }), mail: sendMail };
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  // Read by lib/env on first use, which comes after this.
  process.env.VAPID_PUBLIC_KEY = vapid.publicKey;
  process.env.VAPID_PRIVATE_KEY = vapid.privateKey;
  process.env.VAPID_SUBJECT = "mailto:admin@backstory.test";
  process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
  process.env.SMTP_FROM = "Backstory <reminders@backstory.test>";
  closeServers = async () => {
    await new Promise((resolve) => push.close(resolve));
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  };
});

afterAll(async () => closeServers());

/** Checks the VAPID Authorization header: an ES256 JWT for the push service's origin. */
function checkVapid(headers: IncomingHttpHeaders) {
  const match = /^vapid t=([^,]+), k=(.+)$/.exec(headers.authorization ?? "");
  expect(match).not.toBeNull();
  const [header, claims, signature] = (match?.[1] ?? "").split(".") as [string, string, string];
  expect(match?.[2]).toBe(vapid.publicKey);
  const point = Buffer.from(vapid.publicKey, "base64url");
  const key = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const isValid = verify(
    "sha256",
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature, "base64url"),
  );
  expect(isValid).toBe(true);
  const payload = JSON.parse(Buffer.from(claims, "base64url").toString("utf8"));
  expect(payload.aud).toBe(pushBase);
  expect(payload.sub).toBe("mailto:admin@backstory.test");
}

async function personWithReminders({ isEmailEnabled = false } = {}) {
  const person = await createTestUser({ timeZone: "Europe/Berlin" });
  await saveReminderSettings({ userId: person.id, input: { time: 21 * 60, isEmailEnabled } });
  return person;
}

describe("settings and calendar link", () => {
  test("a calendar link opens the feed; a replaced or revoked link answers nothing", async () => {
    const person = await personWithReminders();
    expect((await getReminderSettings({ userId: person.id })).time).toBe("21:00");
    const first = await createCalendarLink({ userId: person.id });
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await getPrisma().reminderSettings.findUnique({ where: { userId: person.id } });
    expect(stored?.calendarTokenHash).not.toContain(first);
    const feed = await openCalendarFeed({ token: `${first}.ics` });
    expect(feed).toContain("RRULE:FREQ=DAILY");
    expect(feed).toContain("DTSTART;TZID=Europe/Berlin:");
    expect(feed).not.toContain(person.email);

    const second = await createCalendarLink({ userId: person.id });
    expect(await openCalendarFeed({ token: first })).toBeNull();
    expect(await openCalendarFeed({ token: second })).not.toBeNull();
    await revokeCalendarLink({ userId: person.id });
    expect(await openCalendarFeed({ token: second })).toBeNull();
    expect(await openCalendarFeed({ token: "not-a-token" })).toBeNull();
  });

  test("one person cannot remove another's device", async () => {
    const alice = await personWithReminders();
    const bob = await personWithReminders();
    await addPushDevice({
      userId: alice.id,
      subscription: {
        endpoint: `${pushBase}/alice-phone`,
        keys: browserKeys().keys,
        label: "Phone",
      },
    });
    const [device] = await listPushDevices({ userId: alice.id });
    expect(device?.label).toBe("Phone");
    // The page gets the endpoint's hash (to say "this device"), never the endpoint itself.
    expect(JSON.stringify(device)).not.toContain("alice-phone");
    expect(device?.endpointHash).toBe(
      createHash("sha256").update(`${pushBase}/alice-phone`).digest("hex"),
    );
    expect(await removePushDevice({ userId: bob.id, id: device?.id ?? "" })).toBe(false);
    expect(await listPushDevices({ userId: bob.id })).toEqual([]);
    expect(await removePushDevice({ userId: alice.id, id: device?.id ?? "" })).toBe(true);
    expect(await listPushDevices({ userId: alice.id })).toEqual([]);
  });
});

describe("the scheduler", () => {
  test("push: an encrypted, VAPID-signed message to the device's push service, once", async () => {
    const person = await personWithReminders();
    const browser = browserKeys();
    const endpoint = `${pushBase}/send/${person.id}`;
    await addPushDevice({
      userId: person.id,
      subscription: { endpoint, keys: browser.keys, label: "Phone" },
    });
    const sent = await runReminderRound({ now: DUE, senders: realSenders });
    expect(sent.filter((s) => s.userId === person.id)).toEqual([
      { userId: person.id, channel: "PUSH", date: "2026-11-24" },
    ]);
    const received = pushes.filter((p) => p.path === `/send/${person.id}`);
    expect(received).toHaveLength(1);
    const [message] = received as [Received];
    expect(message.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(message.headers.ttl)).toBeGreaterThan(0);
    checkVapid(message.headers);
    expect(message.body.toString("latin1")).not.toContain("check-in");
    expect(decryptPush(message.body, browser)).toBe(PUSH_PAYLOAD);
    expect((await listPushDevices({ userId: person.id }))[0]?.lastSentAt).not.toBeNull();

    // The next round (or a restarted server) does not send it again.
    await runReminderRound({ now: new Date(DUE.getTime() + 60_000), senders: realSenders });
    expect(pushes.filter((p) => p.path === `/send/${person.id}`)).toHaveLength(1);
  });

  test("email: to the person's address through the SMTP server, with no health data", async () => {
    const person = await personWithReminders({ isEmailEnabled: true });
    await getPrisma().checkIn.create({
      data: { userId: person.id, date: toDbDate("2026-11-23"), note: "canary-note-e1" },
    });
    await runReminderRound({ now: DUE, senders: realSenders });
    const received = mails.filter((mail) => mail.to.includes(person.email));
    expect(received).toHaveLength(1);
    expect(received[0]?.raw).toMatch(/Subject: Backstory: tonight's check-in/);
    expect(received[0]?.raw).not.toContain("canary-note-e1");
  });

  test("nothing is sent on a night already checked in", async () => {
    const person = await personWithReminders({ isEmailEnabled: true });
    await addPushDevice({
      userId: person.id,
      subscription: {
        endpoint: `${pushBase}/done/${person.id}`,
        keys: browserKeys().keys,
        label: "Phone",
      },
    });
    await getPrisma().checkIn.create({ data: { userId: person.id, date: toDbDate("2026-11-24") } });
    const sent = await runReminderRound({ now: DUE, senders: realSenders });
    expect(sent.filter((s) => s.userId === person.id)).toEqual([]);
    expect(pushes.filter((p) => p.path === `/done/${person.id}`)).toEqual([]);
    expect(mails.filter((mail) => mail.to.includes(person.email))).toEqual([]);
  });

  test("a stopped server catches up within two hours, never later", async () => {
    const person = await personWithReminders({ isEmailEnabled: true });
    const counting: Senders = {
      push: async () => ({ ok: true, isGone: false }),
      mail: async () => {},
    };
    const late = await runReminderRound({
      now: new Date("2026-11-24T22:30:00Z"),
      senders: counting,
    });
    expect(late.filter((s) => s.userId === person.id)).toEqual([]);
    const caughtUp = await runReminderRound({
      now: new Date("2026-11-25T21:30:00Z"),
      senders: counting,
    });
    expect(caughtUp.filter((s) => s.userId === person.id)).toEqual([
      { userId: person.id, channel: "EMAIL", date: "2026-11-25" },
    ]);
  });

  test("a reminder the mail server or push service refused is tried again next round, then sent once", async () => {
    const person = await personWithReminders({ isEmailEnabled: true });
    await addPushDevice({
      userId: person.id,
      subscription: {
        endpoint: `${pushBase}/flaky/${person.id}`,
        keys: browserKeys().keys,
        label: "Phone",
      },
    });
    let isDown = true;
    const attempts: string[] = [];
    // Every person due in this database is sent to: count only this one's attempts.
    const flaky: Senders = {
      push: async (target) => {
        if (target.endpoint.endsWith(person.id)) attempts.push("push");
        return { ok: !isDown, isGone: false };
      },
      mail: async (message) => {
        if (message.to === person.email) attempts.push("mail");
        if (isDown)
          throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
      },
    };
    const first = await runReminderRound({ now: new Date("2026-11-28T20:01:00Z"), senders: flaky });
    expect(first.filter((s) => s.userId === person.id)).toEqual([]);
    isDown = false;
    const second = await runReminderRound({
      now: new Date("2026-11-28T20:02:00Z"),
      senders: flaky,
    });
    expect(second.filter((s) => s.userId === person.id)).toEqual([
      { userId: person.id, channel: "PUSH", date: "2026-11-28" },
      { userId: person.id, channel: "EMAIL", date: "2026-11-28" },
    ]);
    await runReminderRound({ now: new Date("2026-11-28T20:03:00Z"), senders: flaky });
    expect(attempts).toEqual(["push", "mail", "push", "mail"]);
  });

  test("two schedulers on one database send each reminder once", async () => {
    const people = await Promise.all(
      Array.from({ length: 5 }, () => personWithReminders({ isEmailEnabled: true })),
    );
    for (const person of people) {
      await addPushDevice({
        userId: person.id,
        subscription: {
          endpoint: `${pushBase}/twice/${person.id}`,
          keys: browserKeys().keys,
          label: "Phone",
        },
      });
    }
    const deliveries: string[] = [];
    const senders = (server: string): Senders => ({
      push: async (target) => {
        deliveries.push(`${server} push ${target.endpoint}`);
        return { ok: true, isGone: false };
      },
      mail: async (message) => {
        deliveries.push(`${server} mail ${message.to}`);
      },
    });
    const now = new Date("2026-11-26T20:01:00Z");
    await Promise.all([
      runReminderRound({ now, senders: senders("A") }),
      runReminderRound({ now, senders: senders("B") }),
      runReminderRound({ now, senders: senders("A") }),
    ]);
    const ours = [...people.map((p) => `/twice/${p.id}`), ...people.map((p) => p.email)];
    const mine = deliveries.filter((line) => ours.some((key) => line.endsWith(key)));
    expect(mine).toHaveLength(people.length * 2);
    const targets = mine.map((line) => line.split(" ").slice(1).join(" "));
    expect(new Set(targets).size).toBe(targets.length);
  });

  test("a device the push service has forgotten (410) is removed", async () => {
    const person = await personWithReminders();
    await addPushDevice({
      userId: person.id,
      subscription: {
        endpoint: `${pushBase}/gone/${person.id}`,
        keys: browserKeys().keys,
        label: "Old phone",
      },
    });
    await runReminderRound({ now: new Date("2026-11-27T20:01:00Z"), senders: realSenders });
    expect(await listPushDevices({ userId: person.id })).toEqual([]);
  });
});
