/**
 * The arithmetic of the splitter between the canvas and the training area, kept free of React and the DOM so
 * it can be tested alone. A "share" is the training area's part of the split area's height, in percent.
 */

/** The training area never shrinks below this share, so its controls stay in reach. */
export const MIN_SHARE = 20;
/** …nor grows above this one, so the canvas keeps room to show and edit the network. */
export const MAX_SHARE = 80;
/**
 * Half of the height: on 1280×800 and 1440×900 windows the canvas still shows a template network whole (it is
 * fitted into view), and the training area fits its views side by side (loss, output, accuracy) tall enough
 * to read. Learners who edit more than they watch drag it down; the choice is remembered.
 */
export const DEFAULT_SHARE = 50;
/** How far one arrow key press moves the splitter. */
export const KEY_STEP = 5;

/** Keeps a share within [MIN_SHARE, MAX_SHARE]; anything that is not a finite number becomes the default. */
export function clampShare(share: number): number {
  if (!Number.isFinite(share)) return DEFAULT_SHARE;
  return Math.min(MAX_SHARE, Math.max(MIN_SHARE, share));
}

/**
 * Reads a share saved earlier. A missing, unreadable or out-of-range value gives the default rather than a
 * clamped guess: such a value was not written by us, so it says nothing about what the learner wanted.
 */
export function parseStoredShare(raw: string | null): number {
  if (raw === null || raw.trim() === '') return DEFAULT_SHARE;
  const share = Number(raw);
  if (!Number.isFinite(share) || share < MIN_SHARE || share > MAX_SHARE) return DEFAULT_SHARE;
  return share;
}

/** The splitter's state: the current share, and the share Enter goes back to after maximising. */
export interface SplitState {
  share: number;
  /** The size before the training area was maximised with Enter; null when it has not been. */
  restore: number | null;
}

/**
 * The WAI-ARIA window splitter keys. The separator is horizontal with the training area below it, so
 * ArrowUp moves it up and gives the training area more room. Returns null for keys the splitter ignores, so
 * the caller lets them through.
 */
export function splitAfterKey(state: SplitState, key: string): SplitState | null {
  switch (key) {
    case 'ArrowUp':
      return { share: clampShare(state.share + KEY_STEP), restore: null };
    case 'ArrowDown':
      return { share: clampShare(state.share - KEY_STEP), restore: null };
    case 'Home':
      return { share: MIN_SHARE, restore: null };
    case 'End':
      return { share: MAX_SHARE, restore: null };
    case 'Enter':
      return toggleMaximised(state);
    default:
      return null;
  }
}

/**
 * Enter maximises the training area and, pressed again, puts back the size it had. When there is no size to
 * put back (it was dragged or keyed to the maximum), it goes back to the default.
 */
export function toggleMaximised(state: SplitState): SplitState {
  if (state.share < MAX_SHARE) return { share: MAX_SHARE, restore: state.share };
  const back = state.restore !== null && state.restore < MAX_SHARE ? state.restore : DEFAULT_SHARE;
  return { share: back, restore: null };
}

/**
 * The share that puts the training area's top edge at `edgeY` (a client y coordinate) within a split area
 * whose top is at `top` and which is `height` pixels tall. Rounded to a tenth of a percent so the stored and
 * announced values stay short.
 */
export function shareFromPointer(edgeY: number, top: number, height: number): number {
  if (!(height > 0)) return DEFAULT_SHARE;
  const share = ((top + height - edgeY) / height) * 100;
  return Math.round(clampShare(share) * 10) / 10;
}
