/**
 * Inspector controls that validate as the user types: a value that breaks a rule shows why, next to the
 * field, and is not written to the document until it is fixed.
 */
import { useEffect, useId, useState } from 'react';
import { parseNumberText } from '../../../engine/data';

interface NumberFieldProps {
  label: string;
  value: unknown;
  min: number;
  max: number;
  step?: number;
  integer?: boolean;
  hint?: string;
  onCommit: (value: number) => void;
}

export function validateNumber(
  text: string,
  { min, max, integer }: { min: number; max: number; integer?: boolean },
): string | null {
  if (text.trim() === '') return 'Enter a number.';
  const value = parseNumberText(text); // the one number reader: decimal, finite as float32
  if (!Number.isFinite(value)) return `"${text.trim().slice(0, 16)}" is not a decimal number.`;
  if (integer && !Number.isInteger(value)) return 'Use a whole number.';
  if (value < min || value > max) return `Use a number from ${min} to ${max}.`;
  return null;
}

export function NumberField({ label, value, min, max, step = 1, integer = false, hint, onCommit }: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value ?? ''));
  const error = validateNumber(text, { min, max, integer });

  // Follow the document when it changes from elsewhere (undo, another control), unless the text already says it.
  useEffect(() => {
    setText((current) => (Number(current) === value && current.trim() !== '' ? current : String(value ?? '')));
  }, [value]);

  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        className="nodrag"
        inputMode={integer ? 'numeric' : 'decimal'}
        min={min}
        max={max}
        step={step}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (validateNumber(next, { min, max, integer }) === null) onCommit(parseNumberText(next));
        }}
      />
      <p
        id={`${id}-message`}
        className={error ? 'inspector-field-error' : 'inspector-field-hint'}
        role={error ? 'alert' : undefined}
      >
        {error ?? hint ?? ''}
      </p>
    </div>
  );
}

interface SelectFieldProps {
  label: string;
  value: unknown;
  options: readonly { value: string; label: string }[];
  onCommit: (value: string) => void;
}

export function SelectField({ label, value, options, onCommit }: SelectFieldProps) {
  const id = useId();
  const known = options.some((o) => o.value === value);
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="nodrag"
        value={known ? String(value) : ''}
        onChange={(event) => onCommit(event.target.value)}
      >
        {!known && <option value="">{`(unknown: ${String(value)})`}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const error = text.trim() === '' ? 'Give the node a name so messages can refer to it.' : null;
  return (
    <div className="inspector-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        className="nodrag"
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-message`}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() !== '') onCommit(event.target.value);
        }}
      />
      <p id={`${id}-message`} className={error ? 'inspector-field-error' : 'inspector-field-hint'}>
        {error ?? ''}
      </p>
    </div>
  );
}
