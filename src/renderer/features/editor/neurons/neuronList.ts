/**
 * The inspector's list of every unit, as numbers: which units the scrolled grid renders (and asks the worker
 * to picture) and where the keyboard moves the chosen unit. Pure.
 */
import { MAX_WINDOW_UNITS } from '../../../../engine';

/** Tiles per row, and rows in view at once. */
export const LIST_COLUMNS = 6;
export const LIST_ROWS = 6;
/** Rows rendered above and below the view, so a short scroll shows pictures at once. */
const OVERSCAN_ROWS = 1;

/** The units to render when row `firstRow` is at the top of the view: whole rows, within the node's width. */
export function listWindow(firstRow: number, units: number): { first: number; count: number } {
  const rows = Math.ceil(units / LIST_COLUMNS);
  const top = Math.max(0, Math.min(firstRow, rows - LIST_ROWS) - OVERSCAN_ROWS);
  const first = top * LIST_COLUMNS;
  const wanted = Math.min((LIST_ROWS + 2 * OVERSCAN_ROWS) * LIST_COLUMNS, MAX_WINDOW_UNITS);
  return { first, count: Math.max(0, Math.min(wanted, units - first)) };
}

/** The unit a key moves the chosen one to, inside 0 … units − 1; null for other keys. */
export function movedUnit(unit: number, key: string, units: number): number | null {
  const clamp = (u: number) => Math.max(0, Math.min(units - 1, u));
  switch (key) {
    case 'ArrowLeft':
      return clamp(unit - 1);
    case 'ArrowRight':
      return clamp(unit + 1);
    case 'ArrowUp':
      return clamp(unit - LIST_COLUMNS);
    case 'ArrowDown':
      return clamp(unit + LIST_COLUMNS);
    case 'PageUp':
      return clamp(unit - LIST_COLUMNS * LIST_ROWS);
    case 'PageDown':
      return clamp(unit + LIST_COLUMNS * LIST_ROWS);
    case 'Home':
      return 0;
    case 'End':
      return units - 1;
    default:
      return null;
  }
}
