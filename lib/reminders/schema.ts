import { z } from "zod";

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Settings → Reminders: the daily time ("21:30", the person's zone) and email on or off. */
export const reminderSettingsSchema = z.object({
  time: z
    .string({ error: "Choose a time, e.g. 21:30." })
    .trim()
    .regex(TIME, { error: "Choose a time, e.g. 21:30." })
    .transform((time) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))),
  isEmailEnabled: z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((value) => value === "on"),
});

export type ReminderSettingsInput = z.output<typeof reminderSettingsSchema>;

const base64url = z.string().regex(/^[A-Za-z0-9_-]+={0,2}$/, { error: "Unreadable key." });

/** A browser's push subscription (PushSubscription.toJSON()) and a label for the device. */
export const pushSubscriptionSchema = z.object({
  endpoint: z
    .url({ protocol: /^https?$/, error: "Unreadable subscription." })
    .max(2000, { error: "Unreadable subscription." }),
  keys: z.object({ p256dh: base64url.max(200), auth: base64url.max(100) }),
  label: z.string().trim().max(80).catch("This device"),
});

export type PushSubscriptionInput = z.output<typeof pushSubscriptionSchema>;

export const pushDeviceIdSchema = z.object({ id: z.uuid({ error: "Device not found." }) });

/** This browser's push endpoint, to forget it (the same bound as a subscription's). */
export const pushEndpointSchema = z.object({ endpoint: z.string().max(2000) });
