/**
 * The shape of a menu command as it crosses from the renderer to main: id, label, group and accelerator.
 *
 * Why it exists: every user action is registered once in the renderer's command registry
 * (src/renderer/commands/registry.ts, which also drives keyboard shortcuts and the browser build's menu).
 * The renderer sends that list as plain data (`describeCommands()` → `menu:setCommands`), and main builds the
 * native menu from it (src/main/menu.ts) without importing renderer code. A click sends `menu:command {id}`
 * back, where `runCommand(id)` performs it. The schema bounds what a page may put in the native menu.
 */
import { z } from 'zod';

/** Top-level menus in the order they appear; groups the renderer names otherwise go before Help. */
export const MENU_ORDER = ['File', 'Edit', 'View', 'Train', 'Help'] as const;

/**
 * Menu groups in the order every menu shows them (native menu, toolbar, shortcut reference): the known ones
 * of MENU_ORDER first, then the others in the order given, Help last. Only groups in `present` are returned,
 * unless `all` asks for the known ones too (the native menu always has them).
 */
export function orderMenuGroups(present: Iterable<string>, all = false): string[] {
  const given = [...new Set(present)];
  const known: readonly string[] = MENU_ORDER.filter((group) => group !== 'Help');
  const others = given.filter((group) => !known.includes(group) && group !== 'Help');
  return [...known, ...others, 'Help'].filter((group) => all || given.includes(group));
}

export const MenuCommandDescriptor = z.object({
  id: z.string().regex(/^[A-Za-z0-9._:-]{1,100}$/),
  label: z.string().min(1).max(100),
  /** Menu group: "File", "Edit", "View", "Train", "Help" or another name (it gets its own menu). */
  group: z.string().min(1).max(40),
  /** The group's title in the app's language; main falls back to `group`. */
  groupLabel: z.string().min(1).max(40).optional(),
  /** Electron accelerator syntax, e.g. "CmdOrCtrl+Shift+Z". */
  accelerator: z
    .string()
    .regex(/^[A-Za-z0-9+\-=[\];',./`\\ ]{1,60}$/)
    .optional(),
});
export type MenuCommandDescriptor = z.infer<typeof MenuCommandDescriptor>;

export const MenuCommandList = z.array(MenuCommandDescriptor).max(300);

/**
 * Commands the native menu performs itself, as Electron roles, instead of sending them to the page. Cut, copy
 * and paste must work in text fields, and a page cannot paste on its own (clipboard permission is denied), so
 * Electron performs them; the browser then fires the DOM `cut`/`copy`/`paste` events, which the canvas handles
 * for nodes when no text field has focus.
 */
export const NATIVE_ROLE_BY_ID = {
  'edit.cut': 'cut',
  'edit.copy': 'copy',
  'edit.paste': 'paste',
} as const;
