/** A progress bar for an import that runs in the import worker (the page stays usable meanwhile). */
export function ImportProgress({ label, fraction }: { label: string; fraction: number }) {
  const percent = Math.round(Math.min(1, Math.max(0, fraction)) * 100);
  return (
    <div className="import-progress" data-testid="import-progress">
      <p>{label}</p>
      <progress max={100} value={percent} aria-label={label}>
        {percent}%
      </progress>
    </div>
  );
}
