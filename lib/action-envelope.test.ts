import { describe, expect, test } from "vitest";
import { actionEnvelopeProblem } from "./action-envelope";

const ID = "40".padEnd(42, "a");

function call({
  id = ID,
  origin,
  contentType,
  body,
}: {
  id?: string;
  origin?: string;
  contentType: string;
  body: BodyInit;
}) {
  const headers = new Headers({ "next-action": id });
  if (origin) headers.set("origin", origin);
  const request = new Request("http://127.0.0.1/tonight", { method: "POST", headers, body });
  // A FormData body sets its own multipart content type with the boundary.
  if (!(body instanceof FormData)) request.headers.set("content-type", contentType);
  return actionEnvelopeProblem(request);
}

function reply(root: string) {
  const form = new FormData();
  form.set("1_payload", "{}");
  form.set("0", root);
  return form;
}

describe("actionEnvelopeProblem", () => {
  test("lets through what React sends for a form and for plain arguments", async () => {
    expect(await call({ contentType: "", body: reply('[{"ok":false},"$K1"]') })).toBeNull();
    expect(await call({ contentType: "text/plain;charset=UTF-8", body: "[]" })).toBeNull();
    expect(
      await call({ contentType: "text/plain", body: '["x"]', origin: "http://127.0.0.1" }),
    ).toBeNull();
  });

  test("names each broken envelope", async () => {
    expect(await call({ id: "zz", contentType: "text/plain", body: "[]" })).toBe("action id");
    expect(await call({ origin: "http://", contentType: "text/plain", body: "[]" })).toBe("origin");
    expect(await call({ contentType: "application/json", body: "[]" })).toBe("content type");
    expect(await call({ contentType: "text/plain", body: "[zxc" })).toBe("arguments");
    expect(await call({ contentType: "text/plain", body: '{"a":1}' })).toBe("arguments");
    expect(await call({ contentType: "", body: reply("[{") })).toBe("form arguments");
    expect(
      await call({ contentType: "multipart/form-data; boundary=x", body: "--x\r\nbroken" }),
    ).toBe("form arguments");
  });
});
