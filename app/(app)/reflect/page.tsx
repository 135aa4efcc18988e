import type { Metadata } from "next";
import Link from "next/link";
import { PegDueCard } from "@/components/peg/peg-due-card";
import { PromptCard, promptElementId } from "@/components/reflection/prompt-card";
import { ReflectNav } from "@/components/reflection/reflect-nav";
import { MIN_DAYS_PER_SIDE } from "@/lib/patterns/types";
import { loadPegStatus } from "@/lib/peg/loaders";
import { loadReflectPrompts } from "@/lib/reflection/loaders";

export const metadata: Metadata = { title: "Reflect" };

export default async function ReflectPage() {
  const [{ prompts, dayCount }, pegStatus] = await Promise.all([
    loadReflectPrompts(),
    loadPegStatus(),
  ]);
  const open = prompts.filter((prompt) => !prompt.isAnsweredThisWeek);
  const answered = prompts.filter((prompt) => prompt.isAnsweredThisWeek);
  const hasPatternPrompts = prompts.some((prompt) => prompt.source === "pattern");
  return (
    <>
      <h1>Reflect</h1>
      <p className="lead">
        Questions raised by your own patterns of the last 12 weeks. There are no right answers, and
        only you can read what you write.
      </p>
      <ReflectNav current="/reflect" />
      <PegDueCard status={pegStatus} />
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Questions for this week</h2>
        {!hasPatternPrompts ? (
          <p className="notice notice--info">
            {dayCount < MIN_DAYS_PER_SIDE * 2
              ? "Questions about your own patterns appear once a few weeks of check-ins show one clearly. Until then, here are two to start with."
              : "None of your patterns stands out clearly from chance yet, so there are no questions about them this week. Here are two to start with."}
          </p>
        ) : null}
        {open.length === 0 ? (
          <p>You answered every question this week. They come back next week.</p>
        ) : (
          open.map((prompt) => <PromptCard key={prompt.key} prompt={prompt} />)
        )}
      </section>
      {answered.length > 0 ? (
        <section aria-labelledby="answered-heading">
          <h2 id="answered-heading">Answered this week</h2>
          <p className="muted">
            These step back until next week. You can still add to them;{" "}
            <Link href="/reflect/history">your reflections</Link> keep every answer.
          </p>
          {answered.map((prompt) => (
            <details key={prompt.key} className="answered-prompt" id={promptElementId(prompt.key)}>
              <summary>
                {prompt.title} <span className="muted">(answered this week)</span>
              </summary>
              <PromptCard prompt={prompt} headingLevel={4} />
            </details>
          ))}
        </section>
      ) : null}
      <p className="muted">
        After answering, a few minutes of <Link href="/reflect/breathe">slow breathing</Link> can
        help you let go of what came up. Symptoms that need a professional are on the{" "}
        <Link href="/safety">Safety</Link> page.
      </p>
    </>
  );
}
