/**
 * A labelled number input that keeps what the user is typing and reports only valid numbers, so a field
 * half-typed ("0.") never writes an invalid setting into the document.
 */
import { useEffect, useId, useState } from 'react';

export interface NumberFieldProps {
  label: string;
  value: number;
  onChange: (value: number) => void;
  min?: number;
  max?: number;
  step?: number | 'any';
  integer?: boolean;
  disabled?: boolean;
  hint?: string;
  /** A valid but risky value ("above 1 most networks diverge"): shown instead of the hint. */
  warning?: string;
}

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 'any',
  integer = false,
  disabled,
  hint,
  warning,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    // Follow outside changes (undo, another field) unless the text already means this value.
    setText((t) => (Number(t) === value ? t : String(value)));
  }, [value]);

  function commit(next: string) {
    setText(next);
    const v = Number(next);
    let why: string | null = null;
    if (next.trim() === '' || !Number.isFinite(v)) why = `${label} must be a number.`;
    else if (integer && !Number.isInteger(v)) why = `${label} must be a whole number.`;
    else if (min !== undefined && v < min) why = `${label} must be at least ${min}.`;
    else if (max !== undefined && v > max) why = `${label} must be at most ${max}.`;
    setProblem(why);
    if (!why && v !== value) onChange(v);
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        value={text}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        aria-invalid={problem !== null}
        aria-describedby={problem || warning || hint ? `${id}-note` : undefined}
        onChange={(e) => commit(e.target.value)}
      />
      {(problem || warning || hint) && (
        <small
          id={`${id}-note`}
          className={problem ? 'field__error' : warning ? 'field__warning' : 'field__hint'}
          role={!problem && warning ? 'status' : undefined}
        >
          {problem ?? warning ?? hint}
        </small>
      )}
    </div>
  );
}
