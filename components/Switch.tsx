/** An on/off switch: a button with role="switch", named by its visible label (clicking the label toggles it too). */
export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  description?: string | undefined;
  disabled?: boolean | undefined;
  testId?: string | undefined;
}

export function Switch({ id, label, checked, onChange, description, disabled, testId }: SwitchProps) {
  return (
    <div class="rt-switch-row">
      <div class="rt-switch-row__text">
        <label for={id} class="rt-switch-row__label">
          {label}
        </label>
        {description && (
          <p class="rt-hint" id={`${id}-desc`}>
            {description}
          </p>
        )}
      </div>
      <button
        type="button"
        id={id}
        role="switch"
        class="rt-switch"
        aria-checked={checked}
        aria-describedby={description ? `${id}-desc` : undefined}
        disabled={disabled}
        data-testid={testId}
        onClick={() => onChange(!checked)}
      >
        <span class="rt-switch__thumb" aria-hidden="true" />
      </button>
    </div>
  );
}
