import type { Metadata } from "next";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Journal" };

export default async function JournalPage() {
  await requireUser();
  return (
    <>
      <h1>Journal</h1>
      <p className="lead">Your days, newest first.</p>
    </>
  );
}
