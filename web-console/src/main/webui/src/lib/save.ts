// Saving a file the console fetched with the person's token (a plain link could not send it): the
// Blob behind an object URL, downloaded under the given (Korean) name.

/** Saves the bytes as a download named `name`. */
export function saveFile(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has read the bytes long before the URL is let go.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
