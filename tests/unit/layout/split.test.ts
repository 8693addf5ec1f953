import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SHARE,
  KEY_STEP,
  MAX_SHARE,
  MIN_SHARE,
  clampShare,
  parseStoredShare,
  shareFromPointer,
  splitAfterKey,
  toggleMaximised,
} from '../../../src/renderer/ui/split';

describe('clampShare', () => {
  it('keeps shares inside the range and leaves those already inside alone', () => {
    expect(clampShare(5)).toBe(MIN_SHARE);
    expect(clampShare(95)).toBe(MAX_SHARE);
    expect(clampShare(42.5)).toBe(42.5);
  });

  it('turns a non-number into the default instead of an edge', () => {
    expect(clampShare(Number.NaN)).toBe(DEFAULT_SHARE);
    expect(clampShare(Number.POSITIVE_INFINITY)).toBe(DEFAULT_SHARE);
  });

  it('always lands in [min, max] for any double', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        const share = clampShare(x);
        return share >= MIN_SHARE && share <= MAX_SHARE;
      }),
    );
  });
});

describe('parseStoredShare', () => {
  it('reads a number in range as written', () => {
    expect(parseStoredShare('65')).toBe(65);
    expect(parseStoredShare('33.3')).toBe(33.3);
    expect(parseStoredShare(String(MIN_SHARE))).toBe(MIN_SHARE);
    expect(parseStoredShare(String(MAX_SHARE))).toBe(MAX_SHARE);
  });

  it('falls back to the default for anything missing, malformed or out of range', () => {
    for (const raw of [null, '', '  ', 'abc', '50%', 'NaN', 'Infinity', '10', '95', '-50', '{"share":60}']) {
      expect(parseStoredShare(raw), `stored value ${JSON.stringify(raw)}`).toBe(DEFAULT_SHARE);
    }
  });
});

describe('splitAfterKey', () => {
  const at = (share: number, restore: number | null = null) => ({ share, restore });

  it('moves by one step per arrow press: up gives the training area more room', () => {
    expect(splitAfterKey(at(50), 'ArrowUp')).toEqual(at(50 + KEY_STEP));
    expect(splitAfterKey(at(50), 'ArrowDown')).toEqual(at(50 - KEY_STEP));
  });

  it('stops at the edges instead of passing them', () => {
    expect(splitAfterKey(at(MAX_SHARE - 2), 'ArrowUp')).toEqual(at(MAX_SHARE));
    expect(splitAfterKey(at(MIN_SHARE + 2), 'ArrowDown')).toEqual(at(MIN_SHARE));
  });

  it('jumps to the smallest and largest training area with Home and End', () => {
    expect(splitAfterKey(at(47), 'Home')).toEqual(at(MIN_SHARE));
    expect(splitAfterKey(at(47), 'End')).toEqual(at(MAX_SHARE));
  });

  it('ignores other keys so they reach the rest of the app', () => {
    expect(splitAfterKey(at(50), 'ArrowLeft')).toBeNull();
    expect(splitAfterKey(at(50), 'a')).toBeNull();
  });

  it('forgets the size to restore once the splitter is moved another way', () => {
    expect(splitAfterKey(at(MAX_SHARE, 35), 'ArrowDown')).toEqual(at(MAX_SHARE - KEY_STEP));
  });
});

describe('toggleMaximised (Enter)', () => {
  it('maximises the training area, then puts back the size it had', () => {
    const maximised = toggleMaximised({ share: 35, restore: null });
    expect(maximised).toEqual({ share: MAX_SHARE, restore: 35 });
    expect(toggleMaximised(maximised)).toEqual({ share: 35, restore: null });
  });

  it('goes back to the default when it was already at the maximum with nothing to restore', () => {
    expect(toggleMaximised({ share: MAX_SHARE, restore: null })).toEqual({ share: DEFAULT_SHARE, restore: null });
    expect(splitAfterKey({ share: MAX_SHARE, restore: null }, 'Enter')).toEqual({
      share: DEFAULT_SHARE,
      restore: null,
    });
  });
});

describe('shareFromPointer', () => {
  // A split area 800px tall whose top is 100px down the window.
  const top = 100;
  const height = 800;

  it('measures the training area from its top edge to the bottom of the split area', () => {
    expect(shareFromPointer(500, top, height)).toBe(50);
    expect(shareFromPointer(340, top, height)).toBe(70);
    expect(shareFromPointer(333, top, height)).toBe(70.9); // 567/800 = 70.875%, rounded to a tenth
  });

  it('clamps a pointer dragged past either end', () => {
    expect(shareFromPointer(0, top, height)).toBe(MAX_SHARE);
    expect(shareFromPointer(2000, top, height)).toBe(MIN_SHARE);
  });

  it('gives the default for an area with no height (not laid out yet)', () => {
    expect(shareFromPointer(300, top, 0)).toBe(DEFAULT_SHARE);
  });

  it('puts the edge back where the pointer is, to within rounding, for any in-range position', () => {
    fc.assert(
      fc.property(
        fc.double({ min: MIN_SHARE, max: MAX_SHARE, noNaN: true }),
        fc.integer({ min: 200, max: 2000 }),
        (want, h) => {
          const edge = top + h - (want / 100) * h;
          return Math.abs(shareFromPointer(edge, top, h) - want) <= 0.05 + 1e-9;
        },
      ),
    );
  });
});
