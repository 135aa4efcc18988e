/**
 * The problems found in an uploaded file, announced at once: a line saying what they mean, the
 * problems shown, and how many more there are beyond those.
 */
export function ProblemList({
  intro,
  problems,
  hiddenCount,
}: {
  intro: string;
  problems: string[];
  hiddenCount: number;
}) {
  return (
    <div className="notice notice--error" role="alert">
      <p>{intro}</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      {hiddenCount > 0 ? <p>…and {hiddenCount} more.</p> : null}
    </div>
  );
}
