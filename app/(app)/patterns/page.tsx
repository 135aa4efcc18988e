import type { Metadata } from "next";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Patterns" };

export default async function PatternsPage() {
  await requireUser();
  return (
    <>
      <h1>Patterns</h1>
      <p className="lead">Honest charts of when, where, with whom and what helped.</p>
    </>
  );
}
