import { z } from "zod";

/** "Sign out this device" in Settings: which of the person's sessions to end. */
export const signOutDeviceSchema = z.object({
  sessionId: z.uuid("That session is not in your list."),
});
