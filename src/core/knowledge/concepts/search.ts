// Search across concept pages and rules for the panel. Pure and small: the webview runs it on
// every keystroke over the few dozen entries it already holds.

export interface SearchEntry {
  kind: 'concept' | 'rule' | 'term';
  id: string;
  title: string;
  /** Summary, section text, keywords: everything a learner might type. */
  text: string;
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

/** Lower-cases and drops backticks so `EXPOSE` and expose, `-p` and -p all meet. */
export function normalize(text: string): string {
  return text.toLowerCase().replace(/`/g, '').normalize('NFC');
}

/**
 * Every whitespace-separated term must occur; a term in the id or title weighs more than one
 * in the body. Ties keep the entries' own order (concepts in learning order, then rules).
 */
export function search(entries: readonly SearchEntry[], query: string): SearchHit[] {
  const terms = normalize(query).split(/\s+/).filter((t) => t !== '');
  if (terms.length === 0) return [];
  const hits: SearchHit[] = [];
  entries.forEach((entry, order) => {
    const head = normalize(`${entry.id} ${entry.title}`);
    const body = normalize(entry.text);
    let score = 0;
    for (const term of terms) {
      if (head.includes(term)) score += head.startsWith(term) ? 12 : 8;
      else if (body.includes(term)) score += 2;
      else return;
    }
    hits.push({ entry, score: score - order / 1000 });
  });
  return hits.sort((a, b) => b.score - a.score);
}
