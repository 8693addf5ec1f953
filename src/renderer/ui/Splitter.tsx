/**
 * The bar between the canvas and the training area, a WAI-ARIA window splitter: drag it with a mouse, pen or
 * finger, or focus it and use ArrowUp/ArrowDown (5% a press), Home/End (smallest/largest training area) and
 * Enter (maximise the training area, and back). Its value is the training area's share in percent.
 */
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_SHARE, MIN_SHARE, shareFromPointer, splitAfterKey, type SplitState } from './split';

interface SplitterProps {
  state: SplitState;
  onChange: (next: SplitState) => void;
  /** The element holding the canvas, the splitter and the training area; shares are parts of its height. */
  area: RefObject<HTMLElement | null>;
  /** The id of the training area, which this splitter resizes. */
  controls: string;
}

export function Splitter({ state, onChange, area, controls }: SplitterProps) {
  // Distance from the pointer to the splitter's bottom edge (the training area's top) when the drag began,
  // so the bar does not jump to centre itself under the pointer.
  const grab = useRef<number | null>(null);
  const { t } = useTranslation();

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // No text selection while dragging; focus the bar so the keyboard can take over from here.
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    grab.current = event.currentTarget.getBoundingClientRect().bottom - event.clientY;
  };

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = area.current?.getBoundingClientRect();
    if (grab.current === null || !box) return;
    const share = shareFromPointer(event.clientY + grab.current, box.top, box.height);
    if (share !== state.share) onChange({ share, restore: null });
  };

  const endDrag = () => {
    grab.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = splitAfterKey(state, event.key);
    if (!next) return;
    event.preventDefault();
    onChange(next);
  };

  const percent = Math.round(state.share);
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={t('split.resize')}
      aria-controls={controls}
      aria-valuenow={percent}
      aria-valuemin={MIN_SHARE}
      aria-valuemax={MAX_SHARE}
      aria-valuetext={t('split.value', { percent })}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onLostPointerCapture={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
