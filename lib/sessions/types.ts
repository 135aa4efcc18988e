/** A signed-in device as Settings lists it. */
export type SessionDTO = {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
};
