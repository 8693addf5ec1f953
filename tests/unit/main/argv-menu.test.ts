import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { projectPathsFromArgv, suggestedFileName, withProjectExtension } from '../../../src/main/argv';
import { menuTemplate, shouldRegisterAccelerator } from '../../../src/main/menu';
import { MenuCommandDescriptor, MenuCommandList } from '../../../src/shared/menu-commands';

describe('projectPathsFromArgv', () => {
  it('finds .nnproj files, resolved against the launching folder, ignoring switches and the app folder', () => {
    const cwd = path.resolve('/home/u/work');
    expect(projectPathsFromArgv(['/usr/bin/layerwise', 'xor.nnproj'], cwd)).toEqual([path.join(cwd, 'xor.nnproj')]);
    expect(
      projectPathsFromArgv(
        [
          'electron',
          '.',
          '--allow-file-access-from-files',
          '--inspect=9229',
          '../a/B.NNPROJ',
          '/abs/c.nnproj',
          'notes.txt',
        ],
        cwd,
      ),
    ).toEqual([path.resolve(cwd, '../a/B.NNPROJ'), path.resolve('/abs/c.nnproj')]);
    expect(projectPathsFromArgv(['layerwise', '--', '-dash.nnproj'], cwd)).toEqual([path.join(cwd, '-dash.nnproj')]);
    expect(projectPathsFromArgv(['layerwise.nnproj'], cwd)).toEqual([]); // argv[0] is the program
  });

  it('adds the extension and cleans suggested names', () => {
    expect(withProjectExtension('/a/b')).toBe('/a/b.nnproj');
    expect(withProjectExtension('/a/b.NNPROJ')).toBe('/a/b.NNPROJ');
    expect(suggestedFileName('XOR: 1/2?')).toBe('XOR- 1-2-.nnproj');
    expect(suggestedFileName('   ')).toBe('Untitled project.nnproj');
    expect(suggestedFileName('spiral.nnproj')).toBe('spiral.nnproj');
  });
});

describe('menuTemplate', () => {
  // As the renderer's registry.describeCommands() sends them.
  const commands: MenuCommandDescriptor[] = [
    { id: 'file.new', label: 'New Project', group: 'File', accelerator: 'CmdOrCtrl+N' },
    { id: 'file.save', label: 'Save', group: 'File', accelerator: 'CmdOrCtrl+S' },
    { id: 'edit.undo', label: 'Undo', group: 'Edit', accelerator: 'CmdOrCtrl+Z' },
    { id: 'edit.copy', label: 'Copy', group: 'Edit', accelerator: 'CmdOrCtrl+C' },
    { id: 'edit.paste', label: 'Paste', group: 'Edit', accelerator: 'CmdOrCtrl+V' },
    { id: 'edit.delete', label: 'Delete', group: 'Edit', accelerator: 'Delete' },
    { id: 'view.fit', label: 'Fit View', group: 'View', accelerator: 'Shift+1' },
    { id: 'compare.run', label: 'Compare Activations', group: 'Compare' },
    { id: 'help.about', label: 'About Layerwise', group: 'Help' },
    { id: 'train.start', label: 'Train', group: 'Train', accelerator: 'CmdOrCtrl+Enter' },
  ];
  const labels = (items: MenuItemConstructorOptions[]) => items.map((item) => item.label ?? item.role);
  const submenu = (items: MenuItemConstructorOptions[], label: string) =>
    items.find((item) => item.label === label)!.submenu as MenuItemConstructorOptions[];

  it('orders File, Edit, View, Train, other groups, Help; Exit in File on Windows and Linux', () => {
    const template = menuTemplate(commands, 'win32', {
      appName: 'Layerwise',
      isDev: false,
      onCommand: () => undefined,
    });
    expect(labels(template)).toEqual(['File', 'Edit', 'View', 'Train', 'Compare', 'Help']);
    const file = submenu(template, 'File');
    expect(file[0]).toMatchObject({ id: 'file.new', label: 'New Project', accelerator: 'CmdOrCtrl+N' });
    expect(file.at(-1)).toMatchObject({ role: 'quit' });
    expect(submenu(template, 'View').some((item) => item.role === 'toggleDevTools')).toBe(false);
    expect(submenu(template, 'Help').map((item) => item.id)).toEqual(['help.about']);
  });

  it('gives macOS an app menu with About and Quit, and a Window menu; dev builds get developer tools', () => {
    const template = menuTemplate(commands, 'darwin', {
      appName: 'Layerwise',
      isDev: true,
      onCommand: () => undefined,
    });
    expect(labels(template)).toEqual(['Layerwise', 'File', 'Edit', 'View', 'windowMenu', 'Train', 'Compare']);
    const appMenu = template[0].submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]).toMatchObject({ id: 'help.about' });
    expect(appMenu.at(-1)).toMatchObject({ role: 'quit' });
    expect(submenu(template, 'File').some((item) => item.role === 'quit')).toBe(false);
    expect(submenu(template, 'View').some((item) => item.role === 'toggleDevTools')).toBe(true);
  });

  it('sends the command id on click, and leaves cut/copy/paste to Electron', () => {
    const clicked: string[] = [];
    const template = menuTemplate(commands, 'linux', {
      appName: 'Layerwise',
      isDev: false,
      onCommand: (id) => clicked.push(id),
    });
    const all = template.flatMap((menu) => menu.submenu as MenuItemConstructorOptions[]);
    for (const item of all) (item.click as (() => void) | undefined)?.();
    expect(clicked).toEqual(
      commands
        .filter((c) => c.id !== 'edit.copy' && c.id !== 'edit.paste')
        .map((c) => c.id)
        .sort((a, b) => clickedOrder(a) - clickedOrder(b)),
    );
    expect(all.find((item) => item.id === 'edit.copy')).toMatchObject({ role: 'copy', accelerator: 'CmdOrCtrl+C' });
  });

  it('shows but does not register shortcuts without a modifier, which would fire while typing', () => {
    const template = menuTemplate(commands, 'linux', {
      appName: 'Layerwise',
      isDev: false,
      onCommand: () => undefined,
    });
    const all = template.flatMap((menu) => menu.submenu as MenuItemConstructorOptions[]);
    expect(all.find((item) => item.id === 'edit.delete')).toMatchObject({
      accelerator: 'Delete',
      registerAccelerator: false,
    });
    expect(all.find((item) => item.id === 'edit.undo')?.registerAccelerator).toBeUndefined();
    expect(['Escape', 'F', 'Backspace', 'Shift+1'].map(shouldRegisterAccelerator)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(['CmdOrCtrl+Z', 'Ctrl+Shift+S', 'Alt+F4', 'F1', 'Command+,'].map(shouldRegisterAccelerator)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('builds a menu with only native items before the renderer sends its commands', () => {
    expect(
      labels(menuTemplate([], 'linux', { appName: 'Layerwise', isDev: false, onCommand: () => undefined })),
    ).toEqual(['File', 'View']);
  });

  it('accepts the descriptors the registry produces and refuses junk from a page', () => {
    expect(MenuCommandList.safeParse(commands).success).toBe(true);
    expect(
      MenuCommandDescriptor.safeParse({ id: 'x', label: 'X', group: 'File', accelerator: 'CmdOrCtrl+Shift+Z' }).success,
    ).toBe(true);
    expect(MenuCommandDescriptor.safeParse({ id: 'x y', label: 'X', group: 'File' }).success).toBe(false);
    expect(MenuCommandDescriptor.safeParse({ id: 'x', label: '', group: 'File' }).success).toBe(false);
    expect(
      MenuCommandDescriptor.safeParse({ id: 'x', label: 'X', group: 'File', accelerator: 'Ctrl+\n<script>' }).success,
    ).toBe(false);
    expect(MenuCommandList.safeParse(Array.from({ length: 301 }, () => commands[0])).success).toBe(false);
  });
});

/** Menu order: File, Edit, View, Train, Compare, Help (the order the clicks happen in). */
function clickedOrder(id: string): number {
  return ['file', 'edit', 'view', 'train', 'compare', 'help'].indexOf(id.split('.')[0]);
}
