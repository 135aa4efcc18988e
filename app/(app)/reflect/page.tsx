import type { Metadata } from "next";
import { requireUser } from "@/lib/session";

export const metadata: Metadata = { title: "Reflect" };

export default async function ReflectPage() {
  await requireUser();
  return (
    <>
      <h1>Reflect</h1>
      <p className="lead">Questions raised by your own patterns, and a short breathing practice.</p>
    </>
  );
}
