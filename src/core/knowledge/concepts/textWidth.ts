// One estimate of a text's width for every picture laid out in the core (concept diagrams,
// the Compose picture), so tests and drawings agree on what fits.

/** Rough width of a label in em: Hangul and CJK are about 1em, Latin about 0.58em (as the panel estimates). */
export function estimateEm(text: string): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch) ? 1 : 0.58;
  return em;
}
