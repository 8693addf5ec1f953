/**
 * The parts of the window a lesson step may hide or lock (its `hide` and `lock` lists, shell/lessonControls.ts)
 * carry `data-lesson-part="<control>"` on their root element, so a lesson finds them by what they are, not by a
 * CSS class that styling may rename.
 */
import type { LessonControl } from '../../project';

const ATTRIBUTE = 'data-lesson-part';

/** The attribute to spread on a part's root element: `<nav {...lessonPart('palette')}>`. */
export function lessonPart(control: LessonControl): { [ATTRIBUTE]: LessonControl } {
  return { [ATTRIBUTE]: control };
}

/** The selector that finds a part's root elements. */
export function lessonPartSelector(control: LessonControl): string {
  return `[${ATTRIBUTE}="${control}"]`;
}
