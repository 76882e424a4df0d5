/**
 * `text` without the `/`s at its end (`/app//` → `/app`). A loop, not `replace(/\/+$/, '')`:
 * that regex starts again at every `/` of a long run and rereads the run each time, which is
 * quadratic on a path of thousands of slashes taken from a file.
 */
export function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 47 /* '/' */) end--;
  return end === text.length ? text : text.slice(0, end);
}
