import { describe, expect, it } from 'vitest';
import { shortcutSections, type ListedCommand } from '../../../src/renderer/features/help/shortcutList';
import { orderMenuGroups } from '../../../src/shared/menu-commands';

const command = (id: string, group: string, shortcuts: string[] = []): ListedCommand => ({
  id,
  label: id.toUpperCase(),
  group,
  shortcuts,
});

describe('shortcutSections', () => {
  // Registered in the order the app does it: Edit on import, Train and Help next, File and Compare on mount.
  const registered = [
    command('edit.undo', 'Edit', ['Mod+Z']),
    command('edit.redo', 'Edit', ['Mod+Shift+Z', 'Mod+Y']),
    command('view.fit', 'View', ['F']),
    command('train.start', 'Train', ['Mod+Enter']),
    command('help.shortcuts', 'Help', ['Mod+/', 'F1']),
    command('help.about', 'Help'),
    command('file.save', 'File', ['Mod+S']),
    command('compare.new', 'Compare'),
  ];

  it('orders groups as the native menu bar does: File, Edit, View, Train, other groups, Help last', () => {
    expect(shortcutSections(registered, false).map((s) => s.group)).toEqual([
      'File',
      'Edit',
      'View',
      'Train',
      'Compare',
      'Help',
    ]);
  });

  it('lists every command once, in registration order within its group, including those without a key', () => {
    const sections = shortcutSections(registered, false);
    const ids = sections.flatMap((s) => s.entries.map((e) => e.id));
    expect([...ids].sort()).toEqual(registered.map((c) => c.id).sort());
    expect(sections.find((s) => s.group === 'Edit')!.entries.map((e) => e.id)).toEqual(['edit.undo', 'edit.redo']);
    expect(sections.find((s) => s.group === 'Help')!.entries.find((e) => e.id === 'help.about')!.keys).toEqual([]);
  });

  it('names keys with Ctrl off macOS and with the macOS symbols on macOS, every alternative included', () => {
    const redo = (isMac: boolean) =>
      shortcutSections(registered, isMac)
        .find((s) => s.group === 'Edit')!
        .entries.find((e) => e.id === 'edit.redo')!.keys;
    expect(redo(false)).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
    expect(redo(true)).toEqual(['⌘⇧Z', '⌘Y']);
    const help = shortcutSections(registered, true).find((s) => s.group === 'Help')!.entries[0]!;
    expect(help.keys).toEqual(['⌘/', 'F1']);
  });

  it('leaves out groups that have no commands and keeps an unknown group even without Help', () => {
    const sections = shortcutSections([command('x.one', 'Extra'), command('edit.undo', 'Edit', ['Mod+Z'])], false);
    expect(sections.map((s) => s.group)).toEqual(['Edit', 'Extra']);
  });
});

describe('menu group order shared by the native menu, the toolbar and this list', () => {
  it('puts known groups first, others in the order given, Help last, and keeps only present groups', () => {
    expect(orderMenuGroups(['Help', 'Compare', 'Edit', 'File', 'Train'])).toEqual([
      'File',
      'Edit',
      'Train',
      'Compare',
      'Help',
    ]);
    expect(orderMenuGroups(['Compare'], true)).toEqual(['File', 'Edit', 'View', 'Train', 'Compare', 'Help']);
  });
});
