import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getUserCredentials } from "@/lib/accounts/data";
import { signInSchema } from "@/lib/accounts/schema";
import { clientKeyFrom } from "./client-key";
import { AppError } from "./errors";
import { verifyPassword } from "./passwords";
import { assertSignInAllowed, recordSignInFailure, recordSignInSuccess } from "./rate-limit";

/** Error codes that next-auth hands back to the sign-in form (`signIn(...).error`). */
export const SIGN_IN_ERROR = { invalid: "CredentialsSignin", rateLimited: "RATE_LIMITED" } as const;

/** Checks email + password under the rate limits; null for any mismatch, the same for unknown emails. */
export async function authorizeCredentials(
  credentials: Record<string, string> | undefined,
  headers: Record<string, string | string[] | undefined> | undefined,
) {
  const parsed = signInSchema.safeParse(credentials ?? {});
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const header = (name: string) => {
    const value = headers?.[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const clientKey = clientKeyFrom({ get: header });
  try {
    await assertSignInAllowed({ email, clientKey });
  } catch (error) {
    if (error instanceof AppError) throw new Error(SIGN_IN_ERROR.rateLimited);
    throw error;
  }
  const user = await getUserCredentials({ email });
  const isValid = await verifyPassword({ passwordHash: user?.passwordHash ?? null, password });
  if (!user || !isValid) {
    await recordSignInFailure({ email, clientKey });
    return null;
  }
  await recordSignInSuccess({ email, clientKey });
  return { id: user.id, email: user.email, sessionVersion: user.sessionVersion };
}

/** next-auth configuration: email + password, JWT sessions revocable through a session version. */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, request) => authorizeCredentials(credentials, request?.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        session.user.id = token.sub;
        session.user.sessionVersion = token.sessionVersion ?? -1;
      }
      return session;
    },
  },
  logger: {
    // next-auth's default logger prints request details; keep only the error code.
    error: (code) => console.error(`[auth] ${code}`),
    warn: () => {},
    debug: () => {},
  },
};
