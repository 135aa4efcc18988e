import "server-only";
import { getPrisma } from "@/lib/db";

/** For the sign-in check only: the id and stored hash of an email's account, or null. */
export async function getUserCredentials({ email }: { email: string }) {
  return getPrisma().user.findUnique({
    where: { email },
    select: { id: true, email: true, passwordHash: true },
  });
}
