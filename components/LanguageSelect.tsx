/** The target language: the 16 languages by their own names, so each reader finds theirs. */
import { TARGET_LANGUAGES, type LanguageCode } from '@/utils/languages';

export interface LanguageSelectProps {
  id: string;
  label: string;
  value: LanguageCode;
  onChange(code: LanguageCode): void;
  disabled?: boolean;
  hint?: string;
}

export function LanguageSelect({ id, label, value, onChange, disabled, hint }: LanguageSelectProps) {
  return (
    <div class="rt-field">
      <label class="rt-field__label" for={id}>
        {label}
      </label>
      <select id={id} class="rt-select" value={value} disabled={disabled} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.currentTarget.value as LanguageCode)}>
        {TARGET_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.native}
          </option>
        ))}
      </select>
      {hint && (
        <p class="rt-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
