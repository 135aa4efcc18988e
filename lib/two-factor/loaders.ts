import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { getTotpState } from "./data";

/** Settings: whether two-step sign-in is on for the signed-in person (never the secret). */
export const loadMyTwoFactor = cache(async () => {
  const user = await requireUser();
  return { isEnabled: (await getTotpState({ userId: user.id })).isEnabled };
});
