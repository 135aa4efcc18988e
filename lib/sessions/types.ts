/** A signed-in device as Settings lists it. */
export type SessionDTO = {
  id: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
};

/** The signed-in person as every page, action and route handler sees them (./loaders.ts). */
export type CurrentUser = { id: string; email: string; timeZone: string; sessionId: string };
