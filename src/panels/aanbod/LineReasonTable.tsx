/** Lines of an imported file that were not used, each with its reason; the first `shown`, then a count of the rest. */
export function LineReasonTable({
  rows,
  testId,
  labels,
  shown,
}: {
  rows: readonly { line: number; reason: string }[];
  testId: string;
  labels: { line: string; reason: string; more(n: number): string };
  shown: number;
}) {
  return (
    <>
      <table className="rejected-rows" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{labels.line}</th>
            <th scope="col">{labels.reason}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, shown).map((row) => (
            <tr key={`${row.line}-${row.reason}`}>
              <td>{row.line}</td>
              <td>{row.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown && <p>{labels.more(rows.length - shown)}</p>}
    </>
  );
}
