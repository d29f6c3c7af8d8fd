/** Every host name the tests answer for. Both browsers resolve these to the local harness server. */
export const SITE_HOSTS = ['www.xiaohongshu.com', 'www.rednote.com'] as const;

export const PROVIDER_HOSTS = {
  microsoft: ['edge.microsoft.com'],
  google: ['translate-pa.googleapis.com', 'translate.googleapis.com'],
  deepl: ['api-free.deepl.com', 'api.deepl.com'],
  openai: ['api.openai.com'],
  // A user's own servers, as a tester would configure them in options.
  libre: ['libre.example.net'],
  custom: ['llm.example.net'],
} as const;

/** A host no test page or provider uses: proves that requests elsewhere are recorded and refused. */
export const ELSEWHERE_HOST = 'elsewhere.example.com';

/**
 * The same test pages on a host Red Thread does not run on: the page exactly as it is without the
 * extension, for layout comparisons (tests/harness/layout.ts).
 */
export const PLAIN_SITE_HOST = 'plain-copy.example.com';

/** RedNote's image hosts: note slides with text in them (tests/fixtures/images), for image text. */
export const IMAGE_HOSTS = ['sns-webpic-qc.xhscdn.com', 'ci.xiaohongshu.com'] as const;

export const ALL_HOSTS: string[] = [...SITE_HOSTS, ...Object.values(PROVIDER_HOSTS).flat(), ELSEWHERE_HOST, PLAIN_SITE_HOST, ...IMAGE_HOSTS];
