import { NextResponse } from "next/server";
import { getCurrentUser } from "@/lib/sessions/loaders";

/** The signed-in person's email and time zone; 401 without a session. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "UNAUTHORIZED" }, { status: 401 });
  return NextResponse.json(
    { email: user.email, timeZone: user.timeZone },
    { headers: { "Cache-Control": "no-store" } },
  );
}
