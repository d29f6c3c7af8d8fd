/**
 * OpenAI-compatible chat completions: POST <base>/chat/completions, Authorization: Bearer <key>,
 * {model, messages, temperature} -> {choices: [{message: {content}}]}.
 * The stand-in reads the segments the way the extension sends them ({"segments":[{"id","text"}]} in
 * the user message) and answers {"translations":[{"id","text"}]}, as an obliging model would.
 */
import { fakeTranslate } from './fake-translate';
import { header, json, parseJson, type Standin, type StandinRequest } from './types';

export const openaiKeys = new Set<string>(['sk-test-key']);

interface ChatBody {
  model?: unknown;
  messages?: Array<{ role?: unknown; content?: unknown }>;
}

function segmentsOf(r: StandinRequest): { segments: Array<{ id: string | number; text: string }>; to: string | null } | null {
  const body = parseJson(r.body) as ChatBody | undefined;
  if (!body || typeof body.model !== 'string' || !Array.isArray(body.messages)) return null;
  const user = [...body.messages].reverse().find((m) => m.role === 'user');
  const system = body.messages.find((m) => m.role === 'system');
  if (!user || typeof user.content !== 'string') return null;
  const start = user.content.indexOf('{');
  const end = user.content.lastIndexOf('}');
  const payload = start >= 0 ? (parseJson(user.content.slice(start, end + 1)) as { segments?: unknown; target?: unknown } | undefined) : undefined;
  if (!payload || !Array.isArray(payload.segments)) return null;
  const to = typeof payload.target === 'string' ? payload.target : typeof system?.content === 'string' ? (/target language[^:]*:\s*(\S+)/i.exec(system.content)?.[1] ?? null) : null;
  return { segments: payload.segments as Array<{ id: string | number; text: string }>, to };
}

function chatHost(host: string): boolean {
  return host === 'api.openai.com' || host === 'llm.example.net';
}

export const openai: Standin = {
  id: 'openai',
  handles: (r) => chatHost(r.host) && r.path.endsWith('/chat/completions'),
  decode(r) {
    const parsed = segmentsOf(r);
    return parsed ? { texts: parsed.segments.map((s) => s.text), from: null, to: parsed.to } : null;
  },
  answer(r) {
    const auth = header(r, 'authorization') ?? '';
    // A local server (Ollama, LM Studio) takes any key; the hosted one checks it.
    if (r.host === 'api.openai.com' && !openaiKeys.has(auth.replace(/^Bearer /, ''))) {
      return json(401, { error: { message: 'Incorrect API key provided.', type: 'invalid_request_error', code: 'invalid_api_key' } });
    }
    const parsed = segmentsOf(r);
    if (!parsed) return json(400, { error: { message: 'Invalid request body.', type: 'invalid_request_error' } });
    const to = parsed.to ?? 'xx';
    const content = JSON.stringify({ translations: parsed.segments.map((s) => ({ id: s.id, text: fakeTranslate(s.text, to) })) });
    return json(200, {
      id: 'chatcmpl-standin',
      object: 'chat.completion',
      model: (parseJson(r.body) as ChatBody).model,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    });
  },
};
