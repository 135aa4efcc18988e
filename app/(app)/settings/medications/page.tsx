import type { Metadata } from "next";
import { ArchiveButton } from "@/components/medications/archive-button";
import { MedicationForm } from "@/components/medications/medication-form";
import { MedicationSummary } from "@/components/medications/medication-summary";
import { loadMyMedications } from "@/lib/medications/loaders";

export const metadata: Metadata = { title: "Medications" };

export default async function MedicationsPage() {
  const { medications, requestId } = await loadMyMedications();
  const inUse = medications.filter((medication) => !medication.isArchived);
  const archived = medications.filter((medication) => medication.isArchived);
  return (
    <>
      <h1>Medications</h1>
      <p className="lead">
        The medications you take, with the dose you usually take. The check-in and the quick log
        offer them: one tap logs the usual dose, which you can change for that day. Names are
        encrypted where they are stored.
      </p>
      <section aria-labelledby="list-heading" className="card">
        <h2 id="list-heading">Your list</h2>
        {inUse.length === 0 ? (
          <p className="muted">No medications yet. Add the first one below.</p>
        ) : (
          <ul className="medication-list">
            {inUse.map((medication) => (
              <li key={medication.id} className="medication-list__item">
                <MedicationSummary medication={medication} />
                <details>
                  <summary>
                    Edit<span className="visually-hidden"> {medication.name}</span>
                  </summary>
                  <MedicationForm medication={medication} />
                </details>
                <ArchiveButton id={medication.id} name={medication.name} isArchived={false} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-heading" className="card">
        <h2 id="add-heading">Add a medication</h2>
        <MedicationForm requestId={requestId} />
      </section>
      {archived.length > 0 ? (
        <section aria-labelledby="archived-heading" className="card">
          <h2 id="archived-heading">Archived</h2>
          <p className="muted">
            No longer offered in the check-in; the doses you logged stay in your journal, export and
            patterns.
          </p>
          <ul className="medication-list">
            {archived.map((medication) => (
              <li key={medication.id} className="medication-list__item">
                <MedicationSummary medication={medication} />
                <ArchiveButton id={medication.id} name={medication.name} isArchived />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
