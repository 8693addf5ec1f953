/**
 * Builds the native application menu template from the command list the renderer sends (as plain data, see
 * src/shared/menu-commands.ts).
 *
 * Why it exists: the menu's layout rules (macOS gets an app menu and a Window menu, Exit sits in File
 * elsewhere, About moves to the app menu on macOS, development-only items are hidden in release builds, cut/copy/
 * paste are native roles) are decisions worth testing, so they live in a pure function that returns plain
 * template objects. Electron's Menu.buildFromTemplate is called only in index.ts.
 */
import type { MenuItemConstructorOptions } from 'electron';
import { NATIVE_ROLE_BY_ID, orderMenuGroups, type MenuCommandDescriptor } from '../shared/menu-commands';

export interface MenuTemplateOptions {
  appName: string;
  isDev: boolean;
  /** Called with the command id when a non-native item is clicked (index.ts sends `menu:command`). */
  onCommand: (id: string) => void;
}

const ABOUT_ID = 'help.about';

const MODIFIER = /(^|\+)(CmdOrCtrl|CommandOrControl|Cmd|Command|Ctrl|Control|Alt|Option|AltGr|Super|Meta)\+/i;
const FUNCTION_KEY = /^F([1-9]|1[0-9]|2[0-4])$/i;

/**
 * A native accelerator without a modifier (Delete, Escape, F) would fire while the user types in a text field,
 * so such shortcuts are only shown in the menu; the renderer's own keyboard handling performs them, and it
 * knows when a text field has focus.
 */
export function shouldRegisterAccelerator(accelerator: string): boolean {
  return MODIFIER.test(accelerator) || FUNCTION_KEY.test(accelerator);
}

function commandItem(command: MenuCommandDescriptor, onCommand: (id: string) => void): MenuItemConstructorOptions {
  const item: MenuItemConstructorOptions = { id: command.id, label: command.label };
  if (command.accelerator) {
    item.accelerator = command.accelerator;
    if (!shouldRegisterAccelerator(command.accelerator)) item.registerAccelerator = false;
  }
  const role = (NATIVE_ROLE_BY_ID as Record<string, MenuItemConstructorOptions['role']>)[command.id];
  if (role) item.role = role;
  else item.click = () => onCommand(command.id);
  return item;
}

/** Groups in menu order: the known ones always (Help last), others in the order the renderer listed them. */
function orderedGroups(commands: readonly MenuCommandDescriptor[]): string[] {
  return orderMenuGroups(
    commands.map((c) => c.group),
    true,
  );
}

export function menuTemplate(
  commands: readonly MenuCommandDescriptor[],
  platform: NodeJS.Platform,
  options: MenuTemplateOptions,
): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  const about = commands.find((command) => command.id === ABOUT_ID);

  if (isMac) {
    template.push({
      label: options.appName,
      submenu: [
        ...(about ? [commandItem(about, options.onCommand), { type: 'separator' as const }] : []),
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }

  for (const group of orderedGroups(commands)) {
    const submenu = commands
      .filter((command) => command.group === group && !(isMac && command.id === ABOUT_ID))
      .map((command) => commandItem(command, options.onCommand));
    if (group === 'File' && !isMac) submenu.push({ type: 'separator' }, { role: 'quit', label: 'Exit' });
    if (group === 'View') {
      submenu.push({ type: 'separator' }, { role: 'togglefullscreen' });
      if (options.isDev) submenu.push({ role: 'reload' }, { role: 'toggleDevTools' });
    }
    if (submenu.length === 0) continue;
    const title = commands.find((command) => command.group === group && command.groupLabel)?.groupLabel ?? group;
    template.push({ label: title, ...(group === 'Help' ? { role: 'help' as const } : {}), submenu });
    if (group === 'View' && isMac) template.push({ role: 'windowMenu' });
  }
  return template;
}
