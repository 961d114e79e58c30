/** Shown when the page was opened without the host's bridge or access token. */
export function NoClient() {
  return (
    <main className="no-client">
      <h1>Qualia</h1>
      <p>
        Open the URL printed by <code>qualia serve</code> (it carries the access token).
      </p>
    </main>
  );
}
