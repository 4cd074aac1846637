// A small set of exclusive choices as native radios drawn as segmented buttons:
// arrow keys move between them, and the group has its legend for screen readers.
import { useId } from 'react';

export interface ChoiceGroupProps<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  label(option: T): string;
  hint?(option: T): string;
  autoFocus?: boolean;
}

export function ChoiceGroup<T extends string>({ legend, options, value, onChange, label, hint, autoFocus }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <fieldset className="comm-choice">
      <legend>{legend}</legend>
      <div className="comm-segments">
        {options.map((option) => (
          <label key={option} className={option === value ? 'comm-segment checked' : 'comm-segment'} title={hint?.(option)}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={option === value}
              onChange={() => onChange(option)}
              autoFocus={autoFocus && option === value}
            />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
