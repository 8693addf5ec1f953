/**
 * The canvas view the commands act on. The canvas sets it on mount and clears it on unmount; commands that
 * need it are disabled while there is none (before the canvas mounts, or in tests).
 */
import type { ViewApi } from './registry';

// The canvas that is mounted now, registered by it and cleared when it unmounts (at most one per window).
let current: ViewApi | null = null;

export function setViewApi(view: ViewApi | null): void {
  current = view;
}

export function getViewApi(): ViewApi | null {
  return current;
}
