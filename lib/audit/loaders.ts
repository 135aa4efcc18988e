import "server-only";
import { cache } from "react";
import { requireUser } from "@/lib/sessions/loaders";
import { listRecentActivity } from "./data";

/** "Recent activity" in Settings: the signed-in person's log; redirects when signed out. */
export const loadMyActivity = cache(async () => {
  const user = await requireUser();
  return listRecentActivity({ userId: user.id });
});
