import type { Metadata } from "next";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Tonight" };

export default async function TonightPage() {
  await requireUser();
  return (
    <>
      <h1>Tonight</h1>
      <p className="lead">Tonight's check-in: pain for each part of the day, what was going on, and what helped.</p>
    </>
  );
}
