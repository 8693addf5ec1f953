/**
 * Hides and locks the parts of the window the current lesson step names (its `hide` and `lock` lists), as
 * TensorFlow Playground's URL hides controls. A hidden part keeps its place but is not shown (nor read out);
 * a locked part is shown but `inert`: it cannot be focused, clicked or typed into.
 *
 * Why in the shell: the parts belong to different features, and only the shell may know them all. Each part's
 * root element says which part it is (`data-lesson-part`, ui/lessonPart.ts); the hidden/locked attributes are
 * ours alone, so removing them restores the part.
 */
import { useEffect } from 'react';
import type { LessonControl } from '../../project';
import { lessonControls, useLesson } from '../document/lessonStore';
import { lessonPartSelector } from '../ui/lessonPart';

const HIDDEN = 'data-lesson-hidden';
const LOCKED = 'data-lesson-locked';

function apply(hide: readonly LessonControl[], lock: readonly LessonControl[]): void {
  const wanted = new Map<Element, { hide: boolean; lock: boolean }>();
  const mark = (controls: readonly LessonControl[], key: 'hide' | 'lock') => {
    for (const control of controls) {
      for (const el of document.querySelectorAll(lessonPartSelector(control))) {
        const entry = wanted.get(el) ?? { hide: false, lock: false };
        entry[key] = true;
        wanted.set(el, entry);
      }
    }
  };
  mark(hide, 'hide');
  mark(lock, 'lock');
  for (const el of document.querySelectorAll(`[${HIDDEN}], [${LOCKED}]`)) {
    if (!wanted.has(el)) {
      el.removeAttribute(HIDDEN);
      el.removeAttribute(LOCKED);
      el.removeAttribute('inert');
    }
  }
  for (const [el, { hide: h, lock: l }] of wanted) {
    el.toggleAttribute(HIDDEN, h);
    el.toggleAttribute(LOCKED, l);
    el.toggleAttribute('inert', h || l);
  }
}

export function useLessonControls(): void {
  // Selected one by one: each is the step's own list (or one shared empty list), so it is stable between renders.
  const hide = useLesson((s) => lessonControls(s).hide);
  const lock = useLesson((s) => lessonControls(s).lock);
  useEffect(() => {
    apply(hide, lock);
    if (hide.length === 0 && lock.length === 0) return;
    // Panels mount and remount (the training settings fold away): apply again when the page changes.
    const observer = new MutationObserver(() => apply(hide, lock));
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      apply([], []);
    };
  }, [hide, lock]);
}
