/**
 * Looks up what a piece of RedNote's own interface text means: an exact label first, then the
 * patterns (labels that carry a number, like "展开 3 条回复"), with `{n}` filled in. Pure and
 * data-free, so the content script can use it with the dictionary the background hands over.
 */
export interface LabelMeaning {
  label: string;
  pattern?: string | undefined;
  meaning: string;
}

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "1.2万" → "12000"; plain digits unchanged. */
export function formatCount(n: string): string {
  if (!n.endsWith('万')) return n;
  const value = Number.parseFloat(n.slice(0, -1));
  return Number.isFinite(value) ? String(Math.round(value * 10000)) : n;
}

export function createLabelLookup(labels: readonly LabelMeaning[]): (text: string) => string | undefined {
  const exact = new Map<string, LabelMeaning>();
  const patterns: Array<{ re: RegExp; entry: LabelMeaning }> = [];
  for (const entry of labels) {
    if (entry.pattern === undefined) exact.set(normalise(entry.label), entry);
    else {
      try {
        patterns.push({ re: new RegExp(entry.pattern, 'u'), entry });
      } catch {
        // a pattern that does not compile is skipped, never fatal
      }
      // A pattern label is also known by its own text ("说点什么...").
      if (!exact.has(normalise(entry.label))) exact.set(normalise(entry.label), entry);
    }
  }
  return (text) => {
    const t = normalise(text);
    if (!t || t.length > 40) return undefined;
    const hit = exact.get(t);
    if (hit && hit.pattern === undefined) return hit.meaning;
    for (const { re, entry } of patterns) {
      const m = re.exec(t);
      if (m) return m[1] === undefined ? entry.meaning : entry.meaning.replaceAll('{n}', formatCount(m[1]));
    }
    return hit && !/\{n\}/.test(hit.meaning) ? hit.meaning : undefined;
  };
}
