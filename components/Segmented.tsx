/**
 * A choice of two or three: native radio buttons (arrow keys move between them) drawn as a
 * segmented control, inside a fieldset whose legend names the choice.
 */
export interface SegmentedOption<V extends string> {
  value: V;
  label: string;
}

export interface SegmentedProps<V extends string> {
  name: string;
  legend: string;
  value: V;
  options: readonly SegmentedOption<V>[];
  onChange(value: V): void;
  disabled?: boolean;
  hint?: string | undefined;
  testId?: string;
}

export function Segmented<V extends string>({ name, legend, value, options, onChange, disabled, hint, testId }: SegmentedProps<V>) {
  return (
    <fieldset class="rt-segmented" disabled={disabled} data-testid={testId} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend class="rt-segmented__legend">{legend}</legend>
      <div class="rt-segmented__options">
        {options.map((o) => (
          <label key={o.value} class="rt-segmented__option">
            <input type="radio" name={name} value={o.value} checked={o.value === value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p class="rt-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
    </fieldset>
  );
}
