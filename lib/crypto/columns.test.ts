import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { ENCRYPTED_TABLES } from "./mutations";

/**
 * Every text column of schema.prisma is either encrypted (ENCRYPTED_TABLES, which the start-up
 * pass and `npm run rotate-key` walk) or named here with the reason it holds no health text.
 * A column added later fails this test until someone decides which it is.
 */
const NOT_HEALTH_TEXT: Record<string, string> = {
  "User.email": "the sign-in name: looked up in the clear at every sign-in",
  "User.passwordHash": "an argon2id hash",
  "User.timeZone": "an IANA zone name from a list",
  "Session.device": "a coarse browser and system name made from the User-Agent",
  "RecoveryCode.codeHash": "a SHA-256 hash",
  "PasswordReset.tokenHash": "a SHA-256 hash",
  "AuditEntry.device": "a coarse browser and system name made from the User-Agent",
  "AuditEntry.network": "the client's /24 or /48",
  "AuditEntry.detail": "a fixed word chosen by the code (an export format, a device name)",
  "RateLimit.key": "a limiter key: an email, an address or a device id",
  "ReliefItem.builtinKey": "a key of the built-in relief library",
  "Medication.unit": "a unit from a fixed list",
  "MedicationDose.unit": "a unit from a fixed list",
  "Reflection.promptKey": "the key of a built-in prompt",
  "ShareLink.tokenHash": "a SHA-256 hash",
  "ShareLink.options": "the link's yes/no choices",
  "ShareAccess.kind": "page or pdf",
  "ReminderSettings.calendarTokenHash": "a SHA-256 hash",
  "PushDevice.endpoint": "the browser vendor's push URL",
  "PushDevice.p256dh": "the browser's public push key",
  "PushDevice.auth": "the browser's push secret, which the server must send in the clear",
  "PushDevice.label": "a browser and system name made by the page, not typed",
  "Experiment.blockOrder": "the experiment's on/off schedule, made by the code",
};

/** `Model.column` for every String or Json column of schema.prisma (ids and foreign keys aside). */
function textColumns(): string[] {
  const schema = readFileSync(path.join(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");
  const columns: string[] = [];
  let model: string | null = null;
  for (const line of schema.split("\n")) {
    const opened = /^model (\w+) \{/.exec(line);
    if (opened) model = opened[1] ?? null;
    else if (/^\}/.test(line)) model = null;
    const field = /^\s+(\w+)\s+(String|Json)(\?|\[\])?(\s|$)/.exec(line);
    if (!model || !field) continue;
    const [, name = "", , ,] = field;
    // Row ids, owners and request ids: uuids the code makes.
    if (/@db\.Uuid/.test(line)) continue;
    columns.push(`${model}.${name}`);
  }
  return columns;
}

test("every text column is encrypted, or named with the reason it holds no health text", () => {
  const encrypted = new Set(
    ENCRYPTED_TABLES.flatMap(({ table, columns }) =>
      columns.flatMap(({ column, index }) => [
        `${table}.${column}`,
        ...(index ? [`${table}.${index}`] : []),
      ]),
    ),
  );
  const columns = textColumns();
  // The parse found the schema's text columns (a broken parse would make this test pass empty).
  expect(columns).toEqual(expect.arrayContaining(["CheckIn.note", "User.email", "Tag.nameIndex"]));
  const unclassified = columns.filter(
    (column) => !encrypted.has(column) && !(column in NOT_HEALTH_TEXT),
  );
  expect(unclassified).toEqual([]);
  // Nothing is listed in two places, and nothing listed is gone from the schema.
  for (const column of Object.keys(NOT_HEALTH_TEXT)) {
    expect({
      column,
      isEncrypted: encrypted.has(column),
      inSchema: columns.includes(column),
    }).toEqual({ column, isEncrypted: false, inSchema: true });
  }
});
