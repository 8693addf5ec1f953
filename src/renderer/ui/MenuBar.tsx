/**
 * The in-window menu bar, after the WAI-ARIA menubar pattern: Alt or F10 moves focus to it (and back), Left
 * and Right move between menus, Down/Up/Enter/Space open one, arrows, Home and End move between its items,
 * Enter or Space runs one, Escape closes the menu and gives focus back. One menu is open at a time; a click
 * outside closes it; while one is open, pointing at another menu's name switches to it. Items run their
 * command by id from the registry, as shortcuts and the native menu do.
 *
 * Why by hand: the pattern is small, and the app's commands (labels, shortcuts, enabled states) are the menu's
 * data, so no widget library would save more than it costs.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { commandLabel, formatShortcut, groupLabel, runCommand, type Command } from '../commands';
import { isMacPlatform } from '../commands/useCommandShortcuts';
import './menuBar.css';

export interface MenuGroup {
  name: string;
  commands: readonly Command[];
}

export interface MenuBarProps {
  label: string;
  groups: readonly MenuGroup[];
  /** Told when a menu opens or all close, so the owner can keep enabled states current only while open. */
  onOpenChange?: (open: boolean) => void;
}

type FocusTarget = 'first' | 'last' | null;

const wrap = (i: number, n: number) => (i + n) % n;

/** "Mod+Shift+Z" as aria-keyshortcuts wants it: "Control+Shift+Z" (or "Meta+Shift+Z" on macOS). */
const ariaShortcut = (shortcut: string, isMac: boolean) => shortcut.replace('Mod', isMac ? 'Meta' : 'Control');

export function MenuBar({ label, groups, onOpenChange }: MenuBarProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  // Roving tabindex: the one menu name Tab reaches, and the one arrow keys move from.
  const [current, setCurrent] = useState(0);
  const bar = useRef<HTMLDivElement>(null);
  const names = useRef<(HTMLButtonElement | null)[]>([]);
  const menus = useRef<(HTMLUListElement | null)[]>([]);
  const focusOnOpen = useRef<FocusTarget>(null);
  const hoverOpened = useRef<number | null>(null);
  // Where focus was before Alt/F10 brought it here, for Escape (or Alt/F10 again) to give it back.
  const before = useRef<HTMLElement | null>(null);
  const id = useId();
  const isMac = isMacPlatform();
  const count = groups.length;

  useEffect(() => onOpenChange?.(open !== null), [open, onOpenChange]);

  // Opening by keyboard puts focus on the menu's first (or last) item once it is shown.
  useEffect(() => {
    if (open === null || !focusOnOpen.current) return;
    const items = menuItems(open);
    (focusOnOpen.current === 'first' ? items[0] : items[items.length - 1])?.focus();
    focusOnOpen.current = null;
  });

  // A press anywhere else closes the open menu, and the press goes on to what it was aimed at.
  useEffect(() => {
    if (open === null) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!bar.current?.contains(event.target as Node)) setOpen(null);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open]);

  // Alt alone (pressed and released with no other key) or F10 moves focus into the bar, or back out of it.
  useEffect(() => {
    let altAlone = false;
    const toggle = () => {
      const active = document.activeElement;
      if (bar.current?.contains(active)) {
        setOpen(null);
        giveFocusBack();
        return;
      }
      before.current = active instanceof HTMLElement ? active : null;
      names.current[current]?.focus();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      altAlone = event.key === 'Alt' && !event.ctrlKey && !event.metaKey && !event.shiftKey;
      if (event.key !== 'F10' || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (event.defaultPrevented) return;
      event.preventDefault();
      toggle();
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key !== 'Alt' || !altAlone || event.defaultPrevented) return;
      altAlone = false;
      event.preventDefault();
      toggle();
    };
    const forget = () => (altAlone = false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('pointerdown', forget);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('pointerdown', forget);
    };
  });

  function menuItems(index: number): HTMLElement[] {
    return [...(menus.current[index]?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  function giveFocusBack() {
    const target = before.current;
    before.current = null;
    if (target?.isConnected) target.focus();
  }

  function focusName(index: number) {
    setCurrent(index);
    names.current[index]?.focus();
  }

  function openMenu(index: number, focus: FocusTarget) {
    focusOnOpen.current = focus;
    setCurrent(index);
    setOpen(index);
    if (!focus) names.current[index]?.focus();
  }

  function closeMenu() {
    if (open === null) return;
    const index = open;
    setOpen(null);
    focusName(index);
  }

  function run(command: Command) {
    if (!command.enabled()) return;
    // Focus goes back to the menu's name first, so a dialog the command opens returns focus there.
    closeMenu();
    runCommand(command.id);
  }

  function onNameKeyDown(event: ReactKeyboardEvent, index: number) {
    const handled = new Map<string, () => void>([
      [
        'ArrowRight',
        () => (open !== null ? openMenu(wrap(index + 1, count), 'first') : focusName(wrap(index + 1, count))),
      ],
      [
        'ArrowLeft',
        () => (open !== null ? openMenu(wrap(index - 1, count), 'first') : focusName(wrap(index - 1, count))),
      ],
      ['ArrowDown', () => openMenu(index, 'first')],
      ['ArrowUp', () => openMenu(index, 'last')],
      ['Enter', () => openMenu(index, 'first')],
      [' ', () => openMenu(index, 'first')],
      ['Home', () => focusName(0)],
      ['End', () => focusName(count - 1)],
      ['Escape', () => (open !== null ? closeMenu() : giveFocusBack())],
    ]).get(event.key);
    if (!handled) return;
    event.preventDefault();
    handled();
  }

  function onItemKeyDown(event: ReactKeyboardEvent, index: number, command: Command) {
    const items = menuItems(index);
    const at = items.indexOf(event.currentTarget as HTMLElement);
    const handled = new Map<string, () => void>([
      ['ArrowDown', () => items[wrap(at + 1, items.length)]?.focus()],
      ['ArrowUp', () => items[wrap(at - 1, items.length)]?.focus()],
      ['Home', () => items[0]?.focus()],
      ['End', () => items[items.length - 1]?.focus()],
      ['ArrowRight', () => openMenu(wrap(index + 1, count), 'first')],
      ['ArrowLeft', () => openMenu(wrap(index - 1, count), 'first')],
      ['Escape', closeMenu],
      ['Enter', () => run(command)],
      [' ', () => run(command)],
    ]).get(event.key);
    if (event.key === 'Tab') setOpen(null);
    if (!handled) return;
    event.preventDefault();
    handled();
  }

  return (
    <div
      role="menubar"
      aria-label={label}
      className="menubar"
      ref={bar}
      // Plain keys pressed in the menus belong to them, not to the page's shortcuts (Delete, F, …); Alt and
      // F10 go on to the window, where they take focus back out of the bar.
      onKeyDown={(event) => {
        if (!event.ctrlKey && !event.metaKey && event.key !== 'Alt' && event.key !== 'F10') event.stopPropagation();
      }}
      onBlur={(event) => {
        if (!bar.current?.contains(event.relatedTarget as Node | null)) setOpen(null);
      }}
    >
      {groups.map((group, index) => {
        const isOpen = open === index;
        return (
          <div role="none" className="menubar__menu" key={group.name}>
            <button
              type="button"
              role="menuitem"
              id={`${id}-${index}`}
              className="menubar__name"
              aria-haspopup="menu"
              aria-expanded={isOpen}
              aria-controls={`${id}-${index}-menu`}
              tabIndex={index === current ? 0 : -1}
              ref={(el) => {
                names.current[index] = el;
              }}
              onClick={() => {
                // A menu the pointer opened on its way here stays open for the click that follows.
                if (isOpen && hoverOpened.current !== index) setOpen(null);
                else openMenu(index, null);
                hoverOpened.current = null;
              }}
              onPointerEnter={() => {
                if (open === null || isOpen) return;
                hoverOpened.current = index;
                openMenu(index, null);
              }}
              onPointerLeave={() => (hoverOpened.current = null)}
              onKeyDown={(event) => onNameKeyDown(event, index)}
            >
              {groupLabel(group.name)}
            </button>
            <ul
              role="menu"
              id={`${id}-${index}-menu`}
              aria-label={t('toolbar.groupMenu', { name: groupLabel(group.name) })}
              hidden={!isOpen}
              ref={(el) => {
                menus.current[index] = el;
              }}
            >
              {group.commands.map((command) => {
                const enabled = isOpen && command.enabled();
                const shortcut = command.shortcuts[0];
                return (
                  <li role="none" key={command.id}>
                    <button
                      type="button"
                      role="menuitem"
                      tabIndex={-1}
                      aria-disabled={enabled ? undefined : true}
                      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut, isMac) : undefined}
                      onClick={() => run(command)}
                      onKeyDown={(event) => onItemKeyDown(event, index, command)}
                    >
                      <span>{commandLabel(command)}</span>
                      {shortcut && <kbd aria-hidden="true">{formatShortcut(shortcut, isMac)}</kbd>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
