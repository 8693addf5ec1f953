import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampToDisplays, DEFAULT_SIZE, loadWindowState, saveWindowState } from '../../../src/main/window-state';

const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('clampToDisplays', () => {
  it('keeps a window that is on a display', () => {
    expect(clampToDisplays({ x: 100, y: 100, width: 1000, height: 700 }, [laptop])).toEqual({
      x: 100,
      y: 100,
      width: 1000,
      height: 700,
    });
    expect(clampToDisplays({ x: 2000, y: 200, width: 1200, height: 900 }, [laptop, external])).toEqual({
      x: 2000,
      y: 200,
      width: 1200,
      height: 900,
    });
  });

  it('moves a window from an unplugged display onto the primary and shrinks it to fit', () => {
    const bounds = clampToDisplays({ x: 2000, y: 200, width: 2000, height: 1200 }, [laptop]);
    expect(bounds.width).toBe(1440);
    expect(bounds.height).toBe(875);
    expect(bounds.x).toBeGreaterThanOrEqual(laptop.x);
    expect(bounds.y).toBeGreaterThanOrEqual(laptop.y);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(laptop.x + laptop.width);
  });

  it('pulls a title bar above the top edge back down and keeps part of the window grabbable', () => {
    const bounds = clampToDisplays({ x: 1400, y: -300, width: 800, height: 600 }, [laptop]);
    expect(bounds.y).toBe(laptop.y);
    expect(bounds.x).toBeLessThanOrEqual(laptop.x + laptop.width - 120);
  });

  it('centres a first launch (or garbage) on the primary display', () => {
    expect(clampToDisplays(null, [laptop])).toEqual({ x: 80, y: 53, width: 1280, height: 820 });
    expect(clampToDisplays(null, [{ x: 0, y: 0, width: 1024, height: 768 }])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 768,
    });
    expect(clampToDisplays({ x: NaN, y: 0, width: 1, height: 1 }, [external])).toEqual({
      x: 1440 + (2560 - DEFAULT_SIZE.width) / 2,
      y: (1440 - DEFAULT_SIZE.height) / 2,
      ...DEFAULT_SIZE,
    });
  });

  it('round-trips through the state file and ignores a damaged one', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'layerwise-window-'));
    try {
      const file = path.join(dir, 'sub', 'window-state.json');
      expect(await loadWindowState(file)).toBeNull();
      const state = { bounds: { x: 1, y: 2, width: 900, height: 600 }, maximized: true };
      await saveWindowState(file, state);
      expect(await loadWindowState(file)).toEqual(state);
      await writeFile(file, '{"bounds":"nope"}');
      expect(await loadWindowState(file)).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
