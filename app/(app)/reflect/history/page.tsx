import type { Metadata } from "next";
import Link from "next/link";
import { ReflectNav } from "@/components/reflection/reflect-nav";
import { ReflectionHistory } from "@/components/reflection/reflection-history";
import { loadReflectionHistory } from "@/lib/reflection/loaders";

export const metadata: Metadata = { title: "Your reflections" };

export default async function ReflectionHistoryPage() {
  const { reflections, timeZone } = await loadReflectionHistory();
  return (
    <>
      <h1>Your reflections</h1>
      <p className="lead">
        Every answer you saved, newest first, with the question and what raised it at the time. They
        are private: a shared summary leaves them out unless you choose to include them.
      </p>
      <ReflectNav current="/reflect/history" />
      {reflections.length === 0 ? (
        <p>
          Nothing saved yet. <Link href="/reflect">Answer a question</Link> to start.
        </p>
      ) : (
        <ReflectionHistory reflections={reflections} timeZone={timeZone} />
      )}
    </>
  );
}
