import { expect, test, vi } from "vitest";

vi.mock("@/lib/sessions/loaders", () => ({ getCurrentUser: async () => null }));
vi.mock("@/lib/accounts/mutations", () => ({ confirmPassword: async () => "WRONG" }));
const { readFormData } = await import("./requests");

function upload(form: FormData) {
  return new Request("http://localhost/api/import", { method: "POST", body: form });
}

test("a form within the limit is read whole", async () => {
  const form = new FormData();
  form.set("password", "the person's passphrase");
  form.set("file", new File(["{}"], "export.json"));
  const read = await readFormData(upload(form), 1024);
  expect(read?.get("password")).toBe("the person's passphrase");
  const file = read?.get("file");
  expect(file).toBeInstanceOf(File);
  expect(await (file as File).text()).toBe("{}");
});

test("a body over the limit, announced or not, is refused", async () => {
  const form = new FormData();
  form.set("file", new File(["x".repeat(5000)], "export.json"));
  expect(await readFormData(upload(form), 1024)).toBeNull();
  const request = upload(form);
  const unannounced = new Request(request.url, {
    method: "POST",
    headers: { "content-type": request.headers.get("content-type") ?? "" },
    body: await request.arrayBuffer(),
  });
  expect(await readFormData(unannounced, 1024)).toBeNull();
});

test("a body cut short of its Content-Length (as Next's proxy cuts one) is refused, not half read", async () => {
  const form = new FormData();
  form.set("file", new File(["x".repeat(5000)], "export.json"));
  form.set("password", "the person's passphrase");
  const whole = new Uint8Array(await upload(form).arrayBuffer());
  const contentType = upload(form).headers.get("content-type") ?? "";
  const cut = new Request("http://localhost/api/import", {
    method: "POST",
    headers: { "content-type": contentType, "content-length": String(whole.byteLength) },
    body: whole.slice(0, 3000),
  });
  expect(await readFormData(cut, 1_000_000)).toBeNull();
});
