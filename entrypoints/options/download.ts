/** Saves text as a file through the browser's download (an <a download> on a Blob URL). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the Blob by now; give it a moment before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
