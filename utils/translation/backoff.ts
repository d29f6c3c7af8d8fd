/** Exponential backoff with "equal jitter": half the delay fixed, half random, so clients don't retry in step. */
export function backoffDelay(attempt: number, random: () => number, baseMs = 500, maxMs = 8000): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
