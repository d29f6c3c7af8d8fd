/**
 * Settings as a file the reader can keep or move to another browser: export writes a small JSON
 * document, import reads one back. Pure (no browser API): the options page does the download and
 * the file input.
 *
 * Import is strict where reading stored settings is forgiving: a file is the user's deliberate
 * act, so a file that is not JSON, too large, of another shape, with keys we don't know (at any
 * level) or with a bad value is refused as a whole, with the reason, and nothing changes.
 * Keys and secrets are never in the file: they are not settings (see storage/secrets.ts), and an
 * import that carries something like them is refused as an unknown key.
 */
import * as z from 'zod/mini';
import { SETTINGS_VERSION, settingsFields, type Settings } from './schemas/settings';

export const SETTINGS_FILE_FORMAT = 'red-thread-settings';
/** Any real settings file is a few kilobytes; more than this is not one of ours. */
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;

/** Every object in the settings, strict: an unknown key anywhere is an error, not something to drop silently. */
const strictFields = Object.fromEntries(
  Object.entries(settingsFields()).map(([name, schema]) => {
    // By shape, not instanceof: bundlers may give this module and settings.ts different copies of zod's classes.
    const shape = (schema as { shape?: unknown }).shape;
    return [name, shape && typeof shape === 'object' ? z.strictObject(shape as Record<string, z.ZodMiniType>) : schema];
  }),
) as ReturnType<typeof settingsFields>;

const fileSettingsSchema = z.partial(z.strictObject(strictFields));

const fileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  exportedAt: z.optional(z.string().check(z.maxLength(40))),
  settings: fileSettingsSchema,
});

export type SettingsFileError =
  | { code: 'too-large'; detail: string }
  | { code: 'not-json'; detail: string }
  | { code: 'not-settings'; detail: string }
  | { code: 'newer-version'; detail: string }
  | { code: 'unknown-key'; detail: string }
  | { code: 'invalid'; detail: string };

export type SettingsFileResult = { ok: true; settings: Settings } | ({ ok: false } & SettingsFileError);

/** The JSON text of an export: the whole settings, nothing else. */
export function exportSettings(settings: Settings, now: Date = new Date()): string {
  const file = { format: SETTINGS_FILE_FORMAT, exportedAt: now.toISOString(), settings };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function exportFileName(now: Date = new Date()): string {
  return `red-thread-settings-${now.toISOString().slice(0, 10)}.json`;
}

/**
 * Reads an exported file. On success, the settings to store: the file's fields over `current`
 * (so a hand-written file with a few fields changes just those).
 */
export function importSettings(text: string, current: Settings): SettingsFileResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SETTINGS_FILE_BYTES) return { ok: false, code: 'too-large', detail: `${Math.ceil(bytes / 1024)} KB` };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, code: 'not-json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || (json as { format?: unknown }).format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, code: 'not-settings', detail: '' };
  }
  const version = (json as { settings?: { version?: unknown } }).settings?.version;
  if (typeof version === 'number' && version > SETTINGS_VERSION) return { ok: false, code: 'newer-version', detail: String(version) };

  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => (where ? `${where}.${k}` : k));
      return { ok: false, code: 'unknown-key', detail: keys.join(', ') };
    }
    return { ok: false, code: 'invalid', detail: where ? `${where}: ${issue.message}` : issue.message };
  }
  const { version: _version, ...fields } = parsed.data.settings;
  const settings: Settings = { ...current, ...fields, version: SETTINGS_VERSION };
  settings.fallbacks = [...new Set(settings.fallbacks)].filter((p) => p !== settings.provider);
  return { ok: true, settings };
}
