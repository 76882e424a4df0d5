// One estimate of a text's width for every picture laid out in the core (concept diagrams, their
// SVG, the Compose picture), so what the layout sized and what the drawing squeezes or cuts agree.
// There were two: this file's flat 0.58 em per Latin letter (the Compose picture, the SVG's
// squeeze test) and the diagram layout's finer one; the finer one is kept because it stays on
// the safe side for capitals and wide letters, so a box sized from it holds its text.

/**
 * Width of a text in px at `size`, on the safe side for the fonts VS Code uses (Hangul and CJK
 * about 1 em, capitals and wide letters 0.72 em, narrow marks 0.34 em, the rest 0.6 em).
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch)) em += 1;
    else if (/[A-Z@%&mwMW]/.test(ch)) em += 0.72;
    else if (/[ .,:;'|!il()[\]/]/.test(ch)) em += 0.34;
    else em += 0.6;
  }
  return em * size;
}
