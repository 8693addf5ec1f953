/**
 * The inspector's choice and text controls. A name that is empty shows why, next to the field, and is not
 * written to the document until it is fixed. (Numbers use the app's one number field, ui/NumberField.)
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface SelectFieldProps {
  label: string;
  value: unknown;
  options: readonly { value: string; label: string }[];
  onCommit: (value: string) => void;
}

export function SelectField({ label, value, options, onCommit }: SelectFieldProps) {
  const { t } = useTranslation();
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
        {!known && <option value="">{t('fields.unknown', { value: String(value) })}</option>}
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
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const error = text.trim() === '' ? t('fields.nameNeeded') : null;
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
