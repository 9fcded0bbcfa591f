/** Offers `text` as a file download through a temporary Blob link (no server round trip). */
export function downloadCsv(text: string, fileName: string): void {
  // The BOM makes spreadsheet programs read the file as UTF-8 (names have ë, –, …).
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the Blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
