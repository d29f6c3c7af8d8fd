/** Character error rate of recognised text against its truth (image text's tests and bench). */

/** Edit distance (insertions, deletions, substitutions) between two strings, by UTF-16 unit. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** Runs of white space count as one space; the ends are trimmed. */
export const normalizeSpaces = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Edits per character of the truth, white space normalised on both sides. */
export const characterErrorRate = (got: string, want: string) => editDistance(normalizeSpaces(got), normalizeSpaces(want)) / Math.max(1, normalizeSpaces(want).length);
