/** How the numbers are made: in plain words, with the technical names behind a disclosure. */
export function MethodSection({
  plain,
  technical,
}: {
  plain: string;
  technical: readonly { term: string; text: string }[];
}) {
  return (
    <section aria-labelledby="method-heading" className="card">
      <h2 id="method-heading">How to read these patterns</h2>
      <p>{plain}</p>
      <p>A pattern is something to reflect on, not a cause, and not a diagnosis.</p>
      <details className="disclosure">
        <summary>How this is worked out</summary>
        <dl className="method-terms">
          {technical.map((item) => (
            <div key={item.term}>
              <dt>{item.term}</dt>
              <dd>{item.text}</dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
