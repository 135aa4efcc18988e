import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "vitest";
import { PEER_HEADER } from "./client-key";
import { recordPeerAddresses } from "./peer-address";

test("the peer header is the socket's address, whatever the client sent under that name", async () => {
  recordPeerAddresses();
  const server = createServer((request, response) => response.end(request.headers[PEER_HEADER]));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_HEADER]: "203.0.113.66", "x-forwarded-for": "203.0.113.66" },
    });
    expect(await response.text()).toBe("127.0.0.1");
  } finally {
    server.close();
  }
});
