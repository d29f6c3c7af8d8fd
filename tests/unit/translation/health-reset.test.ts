import 'fake-indexeddb/auto'; // the keys' store (utils/storage/secrets.ts) is IndexedDB
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackgroundTranslation } from '@/entrypoints/background/translation';
import { changedSecrets, saveSecret } from '@/utils/storage/secrets';
import { realClock } from '@/utils/translation/clock';
import { TranslationError } from '@/utils/translation/errors';
import { ProviderHealth } from '@/utils/translation/health';

const badKey = () => new TranslationError('bad-key', 'DeepL refused the key.');

describe('ProviderHealth.resetSetup', () => {
  test('named providers leave "needs setup"; the others keep it', () => {
    const health = new ProviderHealth(realClock);
    health.recordFailure('deepl', badKey());
    health.recordFailure('openai', new TranslationError('not-configured', 'Needs a key.'));
    health.resetSetup(['deepl']);
    expect(health.status('deepl')).toEqual({ state: 'ok' });
    expect(health.isUsable('deepl')).toBe(true);
    expect(health.status('openai').state).toBe('needs-setup');
    health.resetSetup();
    expect(health.status('openai').state).toBe('ok');
  });

  test('a rest after errors is not cut short by a reset', () => {
    const health = new ProviderHealth(realClock);
    health.recordFailure('microsoft', new TranslationError('rate-limited', '429'));
    health.resetSetup(['microsoft']);
    expect(health.status('microsoft').state).toBe('resting');
  });
});

describe('changedSecrets', () => {
  test('names the keys entered, changed or removed', () => {
    expect(changedSecrets(undefined, { deepl: 'a:fx' })).toEqual(['deepl']);
    expect(changedSecrets({ deepl: 'a:fx', openai: 'o' }, { deepl: 'b:fx', openai: 'o' })).toEqual(['deepl']);
    expect(changedSecrets({ libre: 'l' }, {})).toEqual(['libre']);
    expect(changedSecrets({ deepl: 'a' }, { deepl: 'a' })).toEqual([]);
  });

  test('a value that does not parse counts as every key changed', () => {
    expect(changedSecrets('garbage', { deepl: 'a' })).toEqual(['deepl', 'libre', 'openai']);
  });
});

describe('background: a new key ends "needs setup" without a settings change', () => {
  beforeEach(() => fakeBrowser.reset());

  test('saving a DeepL key resets only DeepL', async () => {
    const translation = createBackgroundTranslation();
    await translation.ready;
    const health = translation.service.health;
    health.recordFailure('deepl', badKey());
    health.recordFailure('openai', badKey());
    expect(health.status('deepl').state).toBe('needs-setup');
    await saveSecret('deepl', 'new-key:fx');
    await vi.waitFor(() => expect(health.status('deepl').state).toBe('ok'));
    expect(health.status('openai').state).toBe('needs-setup');
  });

  test('other local storage changes reset nothing', async () => {
    const translation = createBackgroundTranslation();
    await translation.ready;
    translation.service.health.recordFailure('deepl', badKey());
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await saveSecret('libre', ''); // no key changed: nothing to reset
    expect(translation.service.health.status('deepl').state).toBe('needs-setup');
  });
});
