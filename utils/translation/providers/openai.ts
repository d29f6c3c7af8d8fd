/**
 * OpenAI-compatible chat completions (OpenAI, DeepSeek, OpenRouter, a local Ollama or LM Studio),
 * with the user's base URL, key and model. Several segments go in one request as JSON with ids;
 * the reply must give every id back, or the batch counts as a bad reply (the service then splits it).
 * The prompt carries RedNote context and the glossary entries found in the batch, so that
 * 家人们 comes out as "fam", not "family members", and agrees with the chips Red Thread shows.
 */
import * as z from 'zod/mini';
import { TARGET_LANGUAGES, type LanguageCode } from '../../languages';
import { TranslationError, withoutSecrets } from '../errors';
import { requestJson } from '../http';
import type { FetchLike, Provider, ProviderLimits } from '../types';

export const OPENAI_LIMITS: ProviderLimits = {
  maxItems: 20,
  maxChars: 2500,
  concurrency: 2,
  ratePerSecond: 2,
  burst: 4,
  batchWindowMs: 30,
  timeoutMs: 60_000,
};

export interface OpenAiConfig {
  baseUrl: string;
  model: string;
  key?: string | undefined;
}

export interface GlossaryHint {
  term: string;
  meaning: string;
}

const chatReplySchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.nullable(z.string()) }) })).check(z.minLength(1)),
});
const contentSchema = z.object({
  translations: z.array(z.object({ id: z.union([z.number(), z.string()]), text: z.string() })),
});

export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

export function systemPrompt(to: LanguageCode, glossary: readonly GlossaryHint[]): string {
  const language = TARGET_LANGUAGES.find((l) => l.code === to)?.english ?? to;
  const lines = [
    'You translate posts and comments from RedNote (Xiaohongshu, 小红书), a Chinese social app where people share shopping finds, travel, food and daily life; since 2025 many Americans use it too.',
    `Translate every segment into ${language} (target language: ${to}). Keep the casual, friendly tone of social media; translate slang by its meaning, not word by word.`,
    'Keep @mentions, #hashtags, emoji and bracketed emoji codes such as [笑哭R] exactly as they are. If a segment is already in the target language, return it unchanged.',
    'Answer with JSON only: {"translations":[{"id":<the segment id>,"text":"<translation>"}]}, one entry for every segment id, nothing else.',
  ];
  if (glossary.length > 0) {
    lines.push('Glossary of RedNote and internet slang in these segments (use these meanings):');
    for (const entry of glossary) lines.push(`- ${entry.term}: ${entry.meaning}`);
  }
  return lines.join('\n');
}

/** Reads the model's answer: JSON from the first "{" to the last "}", one text per id, in input order. */
export function parseSegments(content: string, count: number): string[] {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  let json: unknown;
  try {
    json = JSON.parse(content.slice(start, end + 1));
  } catch {
    throw new TranslationError('bad-reply', 'The model did not answer with JSON.');
  }
  const parsed = contentSchema.safeParse(json);
  if (!parsed.success) throw new TranslationError('bad-reply', 'The model’s JSON was not in the asked shape.');
  const byId = new Map(parsed.data.translations.map((t) => [String(t.id), t.text]));
  const texts: string[] = [];
  for (let id = 1; id <= count; id++) {
    const text = byId.get(String(id));
    if (text === undefined) throw new TranslationError('bad-reply', `The model left out segment ${id} of ${count}.`);
    texts.push(text);
  }
  return texts;
}

export function openAiProvider(fetch: FetchLike, getConfig: () => Promise<OpenAiConfig>, glossaryFor: (texts: readonly string[], to: LanguageCode) => GlossaryHint[] = () => []): Provider {
  return {
    id: 'openai',
    limits: OPENAI_LIMITS,
    async translate({ texts, to, signal }) {
      const { baseUrl, model, key } = await getConfig();
      if (!baseUrl || !model) throw new TranslationError('not-configured', 'The AI provider needs a server address and a model: set them in Red Thread’s options.');
      const hosted = /^https:\/\/api\.openai\.com\//.test(baseUrl);
      if (hosted && !key) throw new TranslationError('not-configured', 'OpenAI needs your API key: add it in Red Thread’s options.');
      const segments = texts.map((text, i) => ({ id: i + 1, text }));
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (key) headers.authorization = `Bearer ${key}`;
      const reply = await requestJson(
        chatCompletionsUrl(baseUrl),
        {
          method: 'POST',
          headers,
          body: JSON.stringify({
            model,
            temperature: 0,
            response_format: { type: 'json_object' },
            messages: [
              { role: 'system', content: systemPrompt(to, glossaryFor(texts, to)) },
              { role: 'user', content: JSON.stringify({ target: to, segments }) },
            ],
          }),
        },
        chatReplySchema,
        { fetch, signal, timeoutMs: OPENAI_LIMITS.timeoutMs, name: 'The AI provider' },
      ).catch((error: unknown) => {
        throw withoutSecrets(error, [key]); // whatever failed, its message never carries the key
      });
      const content = reply.choices[0]!.message.content ?? '';
      return parseSegments(content, texts.length).map((text) => ({ text }));
    },
  };
}
