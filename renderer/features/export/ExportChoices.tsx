// The dialog's two kinds of question: one of a few (radios, each with an optional hint)
// and any of many (checkboxes; none ticked means "all").
import { useId, type ReactNode } from 'react';

export interface OneOfProps<T extends string> {
  legend: string;
  options: readonly T[];
  value: T;
  onChange(value: T): void;
  label(option: T): string;
  hint?(option: T): string | null;
  /** Shown under the options (e.g. the "other zone" picker). */
  children?: ReactNode;
  autoFocus?: boolean;
}

export function OneOf<T extends string>({ legend, options, value, onChange, label, hint, children, autoFocus }: OneOfProps<T>) {
  const name = useId();
  return (
    <fieldset className="export-group">
      <legend>{legend}</legend>
      {options.map((option) => {
        const note = hint?.(option) ?? null;
        return (
          <label key={option} className="export-option">
            <input type="radio" name={name} value={option} checked={option === value} onChange={() => onChange(option)} autoFocus={autoFocus && option === value} />
            <span>
              {label(option)}
              {note && <span className="field-hint">{note}</span>}
            </span>
          </label>
        );
      })}
      {children}
    </fieldset>
  );
}

export interface AnyOfProps {
  legend: string;
  hint: string;
  /** Shown instead of the boxes when there is nothing to choose from. */
  empty?: string;
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  onToggle(value: string, on: boolean): void;
}

export function AnyOf({ legend, hint, empty, options, chosen, onToggle }: AnyOfProps) {
  const hintId = useId();
  return (
    <fieldset className="export-group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <p className="field-hint" id={hintId}>
        {options.length === 0 && empty ? empty : hint}
      </p>
      <div className="export-checks">
        {options.map((option) => (
          <label key={option.value} className="inline">
            <input type="checkbox" checked={chosen.includes(option.value)} onChange={(event) => onToggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
