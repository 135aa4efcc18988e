/** Recovery codes, shown once: each resets the password one time (Sign in → Forgot your password?). */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <section className="card" aria-labelledby="codes-heading">
      <h2 id="codes-heading">Your recovery codes</h2>
      <p>
        If you forget your password, any one of these codes lets you choose a new one. Each works
        once. This is the only time they are shown: write them down or save them somewhere safe,
        away from this device.
      </p>
      <ol className="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
