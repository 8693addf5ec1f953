/** A labelled choice of one layer (setup form and neuron pictures alike). */
import type { LayerOption } from './layers';

export function LayerSelect({
  id,
  label,
  options,
  value,
  onChange,
  className = 'field',
}: {
  id: string;
  label: string;
  options: readonly LayerOption[];
  value: string;
  onChange: (id: string) => void;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((n) => (
          <option key={n.id} value={n.id}>
            {n.label}
          </option>
        ))}
      </select>
    </div>
  );
}
