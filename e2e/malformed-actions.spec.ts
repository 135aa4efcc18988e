import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "./fixtures";

// Every server action is a public POST endpoint. Calls that no page of this app could have made
// are the caller's fault: a broken envelope or an unknown id answers 4xx; a well-formed call
// with arguments of the wrong kind gets the action's ordinary "could not be read" answer. Never
// a 500, and nothing changes.

/** The build's id for an exported action, from Next's server-reference manifest. */
function actionId(exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, unknown> };
  const found = Object.entries(manifest.node).find(([, entry]) =>
    JSON.stringify(entry).includes(`"exportedName":"${exportedName}"`),
  );
  if (!found) throw new Error(`${exportedName} is not in the build`);
  return found[0];
}

const multipart = (fields: Record<string, string>) => {
  const boundary = "----backstory-probe";
  const parts = Object.entries(fields).map(
    ([name, value]) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: `${parts.join("")}--${boundary}--\r\n`,
  };
};

test("malformed server-action calls answer 4xx, never 500, and save nothing", async ({
  page,
  account,
}) => {
  expect(account.email).toContain("@");
  const saveCheckIn = actionId("saveCheckInAction");
  const signOutEverywhere = actionId("signOutEverywhereAction");
  const validForm = multipart({ "1_payload": "{}", "0": '[{"ok":false},"$K1"]' });
  type Probe = { name: string; action: string; contentType: string; body: string };
  const envelopeProbes: Probe[] = [
    { name: "an id of the wrong shape", action: "not-an-id", ...validForm },
    { name: "an id no build has", action: "7f".padEnd(42, "0"), ...validForm },
    {
      name: "text that is not JSON",
      action: saveCheckIn,
      contentType: "text/plain;charset=UTF-8",
      body: "[zxc",
    },
    {
      name: "JSON that is not an argument list",
      action: saveCheckIn,
      contentType: "text/plain;charset=UTF-8",
      body: '{"a":1}',
    },
    {
      name: "a form whose arguments are not JSON",
      action: saveCheckIn,
      ...multipart({ "0": "[{" }),
    },
    {
      name: "a form with no arguments field",
      action: saveCheckIn,
      ...multipart({ "1_payload": "{}" }),
    },
    {
      name: "a broken multipart body",
      action: saveCheckIn,
      contentType: "multipart/form-data; boundary=xyz",
      body: '--xyz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
    },
    {
      name: "an unexpected content type",
      action: saveCheckIn,
      contentType: "application/json",
      body: "[]",
    },
    {
      name: "arguments to an action that takes none",
      action: signOutEverywhere,
      contentType: "text/plain;charset=UTF-8",
      body: "[zxc",
    },
  ];
  const wrongArguments: Probe[] = [
    {
      name: "numbers where a form belongs",
      action: saveCheckIn,
      contentType: "text/plain;charset=UTF-8",
      body: "[1,2]",
    },
    { name: "a form of numbers", action: saveCheckIn, ...multipart({ "0": "[1,2]" }) },
  ];
  const send = (probe: Probe) =>
    page.request.post("/tonight", {
      headers: {
        "Next-Action": probe.action,
        Accept: "text/x-component",
        "Content-Type": probe.contentType,
      },
      data: probe.body,
      failOnStatusCode: false,
    });
  const requestIds = new Set<string | undefined>();
  for (const probe of envelopeProbes) {
    const response = await send(probe);
    requestIds.add(response.headers()["x-request-id"]);
    expect.soft(response.status(), probe.name).toBeGreaterThanOrEqual(400);
    expect.soft(response.status(), probe.name).toBeLessThan(500);
    expect.soft(await response.text(), probe.name).not.toMatch(/at \w+ \(|node_modules/);
  }
  for (const probe of wrongArguments) {
    const response = await send(probe);
    expect.soft(response.status(), probe.name).toBe(200);
    expect.soft(await response.text(), probe.name).toContain("could not be read");
  }

  const malformedOrigin = await page.request.post("/tonight", {
    headers: {
      "Next-Action": saveCheckIn,
      Origin: "http://",
      Accept: "text/x-component",
      "Content-Type": validForm.contentType,
    },
    data: validForm.body,
    failOnStatusCode: false,
  });
  expect.soft(malformedOrigin.status(), "a malformed Origin").toBe(400);
  // Each answer names its request, for the operator's log, with an id of its own.
  expect([...requestIds].every((id) => /^[0-9a-f-]{36}$/.test(id ?? ""))).toBe(true);
  expect(requestIds.size).toBe(envelopeProbes.length);

  // Nothing above saved anything or ended the session: the journal is still empty.
  await page.goto("/journal");
  await expect(page).toHaveURL(/\/journal/);
  await expect(page.getByRole("heading", { name: "Nothing here yet" })).toBeVisible();
});
