/**
 * Keeps keys out of error messages. A message may come from anywhere (a browser's fetch error that
 * quotes the URL, a library, a server), and messages travel: to the popup, the options page, a
 * page's overlay, a log. So every message that leaves a provider or the background passes here:
 * the user's own keys are replaced wherever they appear, and so is anything shaped like a credential
 * (a key in a query string, an Authorization value, user:password in a URL).
 */
export const HIDDEN = '[hidden]';

/**
 * A parameter name that holds a credential: key, token, secret, password (passwd, pwd), alone or
 * after a prefix joined by _ or - (api_key, auth_key, access_token, refresh_token, client_secret,
 * subscription-key). "monkey" or "keyboard" are not: the word must start there.
 */
const CREDENTIAL_NAME = '(?:[a-z0-9]+[_-])*(?:key|apikey|token|secret|password|passwd|pwd)';

const PATTERNS: ReadonlyArray<[RegExp, string]> = [
  // ?key=…, &auth_key=…, api_key=…, access_token=…, client_secret=…, password=… in URLs and form bodies
  [new RegExp(`(\\b${CREDENTIAL_NAME}=)[^&\\s#"'<>]+`, 'gi'), `$1${HIDDEN}`],
  // "api_key": "…" in JSON
  [new RegExp(`("${CREDENTIAL_NAME}"\\s*:\\s*")[^"]*"`, 'gi'), `$1${HIDDEN}"`],
  // Authorization header values: Bearer …, DeepL-Auth-Key …, Basic …
  [/\b(Bearer|DeepL-Auth-Key|Basic)\s+[^\s"',;]+/gi, `$1 ${HIDDEN}`],
  [/(\b(?:authorization|x-goog-api-key|x-api-key|api-key)\s*[:=]\s*)(?!(?:Bearer|DeepL-Auth-Key|Basic)\b)[^\s"',;&]+/gi, `$1${HIDDEN}`],
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
