/**
 * The user's settings: one versioned zod schema, stored in storage.sync so they follow the
 * user across devices. Secrets (provider keys) are NOT here: they live in the extension origin's
 * IndexedDB only (see `secrets.ts`).
 *
 * Reading is forgiving field by field: a corrupt or partial stored value keeps its valid
 * fields and defaults the rest, and reports which fields were reset, so the user can be told
 * once. Nothing ever wipes all settings because one field is bad.
 */
import * as z from 'zod/mini';
import { LANGUAGE_CODES } from '../languages';
import { once } from '../once';

export const SETTINGS_VERSION = 1;

export const PROVIDER_IDS = ['microsoft', 'google', 'deepl', 'libre', 'openai', 'chrome'] as const;
export type ProviderId = (typeof PROVIDER_IDS)[number];
export const providerIdSchema = once(() => z.enum(PROVIDER_IDS));

export const DISPLAY_MODES = ['bilingual', 'replace'] as const;
export type DisplayMode = (typeof DISPLAY_MODES)[number];

/** The kinds of content a reader can turn off one by one. */
export const UNIT_KINDS = ['feedTitle', 'noteTitle', 'noteBody', 'comment', 'bio'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * The fields' schemas, built on first use rather than when a module imports this one: every
 * RedNote page evaluates the content script, and each zod schema costs its set-up there
 * (the settings are read after the first await, not while the script is evaluated).
 */
export const settingsFields = once(() => {
  const httpUrl = z.url({ protocol: /^https?$/ }).check(z.maxLength(500));
  return {
    version: z.int(),
    /** null: follow the browser's language. */
    targetLanguage: z.nullable(z.enum(LANGUAGE_CODES)),
    displayMode: z.enum(DISPLAY_MODES),
    provider: providerIdSchema(),
    /** Tried in order when the chosen provider fails or rests. */
    fallbacks: z.array(providerIdSchema()).check(z.maxLength(PROVIDER_IDS.length)),
    deepl: z.object({ plan: z.enum(['free', 'pro']) }),
    libre: z.object({ url: z.union([httpUrl, z.literal('')]) }),
    openai: z.object({ baseUrl: httpUrl, model: z.string().check(z.minLength(1), z.maxLength(100)) }),
    /** Per site host: always on (default) or never. */
    sites: z.record(z.string().check(z.maxLength(100)), z.enum(['always', 'never'])),
    translate: z.object(Object.fromEntries(UNIT_KINDS.map((k) => [k, z.boolean()])) as Record<UnitKind, z.ZodMiniBoolean>),
    guidance: z.object({ tips: z.boolean(), glossary: z.boolean(), labels: z.boolean() }),
    dismissedTips: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(200)),
    /**
     * Text inside note images (recognised on this computer, translated, laid over the image): on or
     * off, and read automatically for the open note or only on request. Added without a version
     * bump: readSettings gives a missing field its default.
     */
    imageText: z.object({ enabled: z.boolean(), auto: z.boolean() }),
  };
});

export const settingsSchema = once(() => z.object(settingsFields()));
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  targetLanguage: null,
  displayMode: 'bilingual',
  provider: 'microsoft',
  fallbacks: ['google'],
  deepl: { plan: 'free' },
  libre: { url: '' },
  openai: { baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini' },
  sites: {},
  translate: { feedTitle: true, noteTitle: true, noteBody: true, comment: true, bio: true },
  guidance: { tips: true, glossary: true, labels: true },
  dismissedTips: [],
  imageText: { enabled: true, auto: true },
};

export interface SettingsReadResult {
  settings: Settings;
  /** Fields that were present but invalid, and so were reset to their defaults. */
  resetFields: string[];
  /** True when the stored value came from a newer version of the extension. */
  fromFuture: boolean;
}

/** Earlier versions, one step each. Version 0 was the unversioned shape of early builds. */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => {
    // v0 kept the target language as `target` and a single `enabled` flag for all sites.
    const { target, enabled: _enabled, ...rest } = old;
    return { ...rest, targetLanguage: target ?? null, version: 1 };
  },
};

/**
 * Turns whatever is stored into valid settings, field by field. Objects are checked one level
 * deeper too, so a bad `guidance.tips` keeps the good `guidance.glossary`.
 */
export function readSettings(stored: unknown): SettingsReadResult {
  const resetFields: string[] = [];
  if (stored === undefined || stored === null) return { settings: structuredClone(DEFAULT_SETTINGS), resetFields, fromFuture: false };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: structuredClone(DEFAULT_SETTINGS), resetFields: ['*'], fromFuture: false };
  }
  let raw = stored as Record<string, unknown>;
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0;
  const fromFuture = version > SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const migrate = MIGRATIONS[version];
    if (!migrate) break;
    raw = migrate(raw);
    version += 1;
  }

  const settings = structuredClone(DEFAULT_SETTINGS) as Record<string, unknown>;
  for (const [name, schema] of Object.entries(settingsFields())) {
    if (name === 'version' || !(name in raw)) continue;
    const value = raw[name];
    const whole = schema.safeParse(value);
    if (whole.success) {
      settings[name] = whole.data;
      continue;
    }
    const defaults = (DEFAULT_SETTINGS as Record<string, unknown>)[name];
    if (schema instanceof z.ZodMiniObject && value && typeof value === 'object' && !Array.isArray(value)) {
      const merged = { ...(defaults as object) } as Record<string, unknown>;
      for (const [inner, innerSchema] of Object.entries(schema.shape as Record<string, z.ZodMiniType>)) {
        const innerValue = (value as Record<string, unknown>)[inner];
        if (innerValue === undefined) continue;
        const parsed = innerSchema.safeParse(innerValue);
        if (parsed.success) merged[inner] = parsed.data;
        else resetFields.push(`${name}.${inner}`);
      }
      settings[name] = merged;
    } else if (schema instanceof z.ZodMiniArray && Array.isArray(value)) {
      // Keep the good items of a list; drop the bad ones.
      const element = schema.def.element as z.ZodMiniType;
      const good = value.filter((item) => element.safeParse(item).success);
      const parsed = schema.safeParse(good);
      settings[name] = parsed.success ? parsed.data : defaults;
      resetFields.push(name);
    } else {
      resetFields.push(name);
    }
  }
  settings.version = SETTINGS_VERSION;
  // A provider can't be its own fallback.
  const result = settings as Settings;
  result.fallbacks = [...new Set(result.fallbacks)].filter((p) => p !== result.provider);
  return { settings: result, resetFields, fromFuture };
}

/** A partial update as the extension's pages send it: validated like a whole, then merged. */
export const settingsPatchSchema = once(() => z.strictObject(z.partial(z.omit(settingsSchema(), { version: true })).shape));
export type SettingsPatch = z.infer<ReturnType<typeof settingsPatchSchema>>;

export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  const next = { ...settings, ...patch, version: SETTINGS_VERSION };
  next.fallbacks = [...new Set(next.fallbacks)].filter((p) => p !== next.provider);
  return next;
}
