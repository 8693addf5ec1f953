import { describe, expect, it } from 'vitest';
import {
  LIST_COLUMNS,
  LIST_ROWS,
  listWindow,
  movedUnit,
} from '../../../src/renderer/features/editor/neurons/neuronList';

describe("the inspector's list of every unit", () => {
  it('renders all 40 units of a 40-unit layer at once (seven rows, one past the view)', () => {
    expect(listWindow(0, 40)).toEqual({ first: 0, count: 40 });
  });

  it('renders only the rows in view and one either side of a 2048-unit layer', () => {
    const rows = LIST_ROWS + 2;
    expect(listWindow(0, 2048)).toEqual({ first: 0, count: rows * LIST_COLUMNS });
    expect(listWindow(100, 2048)).toEqual({ first: 99 * LIST_COLUMNS, count: rows * LIST_COLUMNS });
    // Scrolled to the end: the last unit is rendered.
    const end = listWindow(10_000, 2048);
    expect(end.first + end.count).toBe(2048);
  });

  it('moves the chosen unit by one, by a row and by a page, and stays inside the layer', () => {
    expect(movedUnit(0, 'ArrowLeft', 40)).toBe(0);
    expect(movedUnit(0, 'ArrowRight', 40)).toBe(1);
    expect(movedUnit(3, 'ArrowDown', 40)).toBe(3 + LIST_COLUMNS);
    expect(movedUnit(3, 'ArrowUp', 40)).toBe(0);
    expect(movedUnit(0, 'PageDown', 2048)).toBe(LIST_COLUMNS * LIST_ROWS);
    expect(movedUnit(39, 'PageDown', 40)).toBe(39);
    expect(movedUnit(7, 'End', 40)).toBe(39);
    expect(movedUnit(7, 'Home', 40)).toBe(0);
    expect(movedUnit(7, 'a', 40)).toBeNull();
  });
});
