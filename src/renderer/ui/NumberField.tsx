/**
 * The app's one number field: a labelled input that keeps what the user is typing and reports only valid
 * numbers, so a half-typed value ("0.", "") never reaches the document; a value that breaks a rule shows
 * why, next to the field, until it is fixed. The inspector and the training settings both use it.
 */
import i18next, { type TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseNumberText } from '../../engine/data';
import './field.css';

export interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Why `text` is not an allowed number, in words for the learner (in `t`'s language), or null when it is. */
export function validateNumber(
  text: string,
  { min, max, integer = false }: NumberRules,
  t: TFunction = i18next.t,
): string | null {
  if (text.trim() === '') return t('numberField.empty');
  const value = parseNumberText(text); // the one number reader: decimal, finite as float32
  if (!Number.isFinite(value)) return t('numberField.notNumber', { text: text.trim().slice(0, 16) });
  if (integer && !Number.isInteger(value)) return t('numberField.whole');
  const tooLow = min !== undefined && value < min;
  const tooHigh = max !== undefined && value > max;
  if (!tooLow && !tooHigh) return null;
  // The bounds as written in the code (4096, 0.95): a learner types them as they read them.
  if (min !== undefined && max !== undefined) return t('numberField.range', { min: String(min), max: String(max) });
  return tooLow ? t('numberField.atLeast', { min: String(min) }) : t('numberField.atMost', { max: String(max) });
}

export interface NumberFieldProps extends NumberRules {
  label: string;
  /** The document's value; anything that is not a number shows as typed text to correct. */
  value: unknown;
  /** Called with each valid number the user types that differs from `value`. */
  onChange: (value: number) => void;
  step?: number | 'any';
  disabled?: boolean;
  hint?: string;
  /** A valid but risky value ("above 1 most networks diverge"): shown instead of the hint. */
  warning?: string;
  /** The wrapper's class: `field` (the default) or a panel's own. */
  className?: string;
}

export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  integer = false,
  step = 'any',
  disabled,
  hint,
  warning,
  className = 'field',
}: NumberFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(value ?? ''));
  const problem = validateNumber(text, { min, max, integer }, t);

  // Follow the document when it changes from elsewhere (undo, another control), unless the text already says it.
  useEffect(() => {
    setText((current) => (current.trim() !== '' && parseNumberText(current) === value ? current : String(value ?? '')));
  }, [value]);

  const note = problem ?? warning ?? hint;
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        // nodrag: the field also works inside a canvas node without dragging it.
        className="nodrag"
        inputMode={integer ? 'numeric' : 'decimal'}
        value={text}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        aria-invalid={problem !== null}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          if (validateNumber(next, { min, max, integer }, t) === null && parseNumberText(next) !== value)
            onChange(parseNumberText(next));
        }}
      />
      {note && (
        <small
          id={`${id}-note`}
          className={problem ? 'field__error' : warning ? 'field__warning' : 'field__hint'}
          role={!problem && warning ? 'status' : undefined}
        >
          {note}
        </small>
      )}
    </div>
  );
}
