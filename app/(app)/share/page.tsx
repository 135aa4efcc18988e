import type { Metadata } from "next";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Share" };

export default async function SharePage() {
  await requireUser();
  return (
    <>
      <h1>Share</h1>
      <p className="lead">A summary for your therapist, as a link that expires and as a PDF.</p>
    </>
  );
}
