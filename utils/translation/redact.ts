/**
 * Keeps keys out of error messages. A message may come from anywhere (a browser's fetch error that
 * quotes the URL, a library, a server), and messages travel: to the popup, the options page, a
 * page's overlay, a log. So every message that leaves a provider or the background passes here:
 * the user's own keys are replaced wherever they appear, and so is anything shaped like a credential
 * (a key in a query string, an Authorization value, user:password in a URL).
 */
export const HIDDEN = '[hidden]';

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // ?key=…, &auth_key=…, api_key=…, access_token=… in URLs and form bodies
  [/([?&;]?\b(?:key|auth_key|api_key|apikey|api-key|access_token|token|secret|password)=)[^&\s#"'<>]+/gi, `$1${HIDDEN}`],
  // "api_key": "…" in JSON
  [/("(?:key|auth_key|api_key|apikey|access_token|token|secret|password)"\s*:\s*")[^"]*"/gi, `$1${HIDDEN}"`],
  // Authorization header values: Bearer …, DeepL-Auth-Key …, Basic …
  [/\b(Bearer|DeepL-Auth-Key|Basic)\s+[^\s"',;]+/gi, `$1 ${HIDDEN}`],
  [/(\b(?:authorization|x-goog-api-key|x-api-key|api-key)\s*[:=]\s*)(?!(?:Bearer|DeepL-Auth-Key|Basic)\b)[^\s"',;]+/gi, `$1${HIDDEN}`],
  // https://user:password@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, `$1${HIDDEN}@`],
];

/** The message with `secrets` (the user's keys, as stored) and credential-shaped parts hidden. */
export function redact(message: string, secrets: ReadonlyArray<string | undefined> = []): string {
  let out = message;
  for (const secret of secrets) {
    const s = secret?.trim();
    // Very short values would hide ordinary words; no real key is this short.
    if (s && s.length >= 6) out = out.split(s).join(HIDDEN);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}
