/**
 * Remembers a window's size and position between launches and keeps it on a screen that still exists.
 *
 * Why it exists: a window restored onto a monitor that was unplugged opens off screen, where the user cannot
 * reach it. `clampToDisplays` is the pure decision (tested with made-up display layouts); load/save are the
 * small file part, tolerant of a missing or damaged state file.
 */
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWriteFile } from './atomic-write';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Bounds;
  maximized: boolean;
}

const BoundsSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() });
const WindowStateSchema = z.object({ bounds: BoundsSchema, maximized: z.boolean() });

export const DEFAULT_SIZE = { width: 1280, height: 820 };
/** How much of the window's title bar must stay on a display for the user to grab it. */
const MIN_VISIBLE = 120;

function overlapArea(a: Bounds, b: Bounds): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function centreOn(area: Bounds, width: number, height: number): Bounds {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: Math.round(area.x + (area.width - w) / 2),
    y: Math.round(area.y + (area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Returns bounds that fit on one of `workAreas` (the displays' usable areas, the first being the primary).
 * A saved window keeps its place if it overlaps a display enough to be grabbed; otherwise it moves onto the
 * display it overlaps most (or the primary) and shrinks to fit. No saved state → centred on the primary.
 */
export function clampToDisplays(saved: Bounds | null, workAreas: readonly Bounds[]): Bounds {
  const primary = workAreas[0];
  if (!primary) return { x: 0, y: 0, ...DEFAULT_SIZE };
  if (!saved || !Number.isFinite(saved.x + saved.y + saved.width + saved.height)) {
    return centreOn(primary, DEFAULT_SIZE.width, DEFAULT_SIZE.height);
  }
  let best = primary;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(saved, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  const width = Math.round(Math.min(Math.max(saved.width, 400), best.width));
  const height = Math.round(Math.min(Math.max(saved.height, 300), best.height));
  if (bestArea === 0) return centreOn(best, width, height);
  // Keep the top edge on the display (the title bar must be reachable) and enough width visible to grab.
  const x = Math.round(Math.min(Math.max(saved.x, best.x - width + MIN_VISIBLE), best.x + best.width - MIN_VISIBLE));
  const y = Math.round(Math.min(Math.max(saved.y, best.y), best.y + best.height - MIN_VISIBLE));
  return { x, y, width, height };
}

export async function loadWindowState(file: string): Promise<WindowState | null> {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(await fsp.readFile(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    // A missing or damaged state file only means "no remembered position": start centred.
    return null;
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await atomicWriteFile(file, JSON.stringify(state, null, 2));
}
