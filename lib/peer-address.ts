import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { PEER_HEADER } from "./client-key";

let isRecording = false;

/**
 * Writes each request's socket address into a header before Next sees the request (Node
 * publishes every incoming request on this channel before the server's handler runs),
 * overwriting whatever a client sent under that name. lib/client-key.ts reads it: Next gives
 * route handlers and actions no other way to see the socket. Called once at start-up
 * (instrumentation-node.ts).
 */
export function recordPeerAddresses() {
  if (isRecording) return;
  isRecording = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
}
