import type { Prompt } from "@/lib/reflection/types";
import { OnsetContext } from "./onset-context";
import { PromptEvidence } from "./prompt-evidence";
import { PromptNotes } from "./prompt-notes";
import { ReflectionForm } from "./reflection-form";

/** A safe element id from a prompt key ("pattern:person:<uuid>:higher"). */
export function promptElementId(key: string): string {
  return `prompt-${key.replace(/[^a-zA-Z0-9-]/g, "-")}`;
}

/** One prompt: its questions, what raised it, anything to keep in mind, and the answer form. */
export function PromptCard({ prompt, headingLevel = 3 }: { prompt: Prompt; headingLevel?: 3 | 4 }) {
  const headingId = `${promptElementId(prompt.key)}-title`;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const [question, ...followUps] = prompt.questions;
  return (
    <article className="card prompt-card" aria-labelledby={headingId}>
      <Heading id={headingId} className="prompt-card__title">
        {prompt.title}
      </Heading>
      <p className="prompt-card__question">{question}</p>
      {followUps.map((text) => (
        <p key={text} className="prompt-card__follow-up">
          {text}
        </p>
      ))}
      {prompt.onset ? <OnsetContext onset={prompt.onset} /> : null}
      <PromptEvidence evidence={prompt.evidence} />
      <PromptNotes notes={prompt.notes} />
      {/* Rendered afresh per page view, so a retried submit of this form stores one answer. */}
      <ReflectionForm
        mode="new"
        promptKey={prompt.key}
        title={prompt.title}
        requestId={crypto.randomUUID()}
      />
    </article>
  );
}
