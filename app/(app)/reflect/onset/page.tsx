import type { Metadata } from "next";
import { LifeEventForm } from "@/components/life-events/life-event-form";
import { LifeEventList } from "@/components/life-events/life-event-list";
import { NearEventList } from "@/components/life-events/near-event-list";
import { OnsetForm } from "@/components/life-events/onset-form";
import { ReflectNav } from "@/components/reflection/reflect-nav";
import { loadOnsetPage } from "@/lib/life-events/loaders";

export const metadata: Metadata = { title: "When it began" };

export default async function OnsetPage() {
  const { onset, events, nearPainOnset, nearFlareOnset, today } = await loadOnsetPage();
  return (
    <>
      <h1>When it began, and what was happening</h1>
      <p className="lead">
        When this pain (or this flare) began, and the events in your life around it: a new job, a
        move, a loss, a conflict. They are marked on the weekly trend on Patterns.
      </p>
      <ReflectNav current="/reflect/onset" />
      <div className="onset-layout">
        <section aria-labelledby="onset-heading" className="card">
          <h2 id="onset-heading">When did it begin?</h2>
          <OnsetForm onset={onset} today={today} />
        </section>
        <section aria-labelledby="near-heading" className="card">
          <h2 id="near-heading">Around then</h2>
          {onset.painBeganOn === null && onset.flareBeganOn === null ? (
            <p className="muted">
              Once you add a date, the life events within six weeks of it appear here.
            </p>
          ) : null}
          {onset.painBeganOn ? (
            <NearEventList label="Around when the pain began" events={nearPainOnset} />
          ) : null}
          {onset.flareBeganOn ? (
            <NearEventList label="Around when this flare began" events={nearFlareOnset} />
          ) : null}
        </section>
      </div>
      <section aria-labelledby="add-event-heading" className="card">
        <h2 id="add-event-heading">Add a life event</h2>
        <LifeEventForm today={today} requestId={crypto.randomUUID()} />
      </section>
      <section aria-labelledby="events-heading">
        <h2 id="events-heading">Your life events</h2>
        <LifeEventList events={events} today={today} />
      </section>
    </>
  );
}
