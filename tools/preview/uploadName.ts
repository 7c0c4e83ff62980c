/**
 * The name of an uploaded file as the preview keeps it: the base name only.
 * Browsers send a bare name, but a request may carry a path
 * (`../../x/evil.csv`, `C:\Users\x\ventes.csv`); the page and the download
 * header must never show or reuse one.
 */

/** The last segment of `name` after any `/` or `\`, trimmed; `''` when nothing is left. */
export function uploadBaseName(name: string): string {
  const segments = name.split(/[/\\]/);
  return (segments[segments.length - 1] ?? '').trim();
}
