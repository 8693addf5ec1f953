import { describe, expect, it } from 'vitest';
import {
  describeCommands,
  formatShortcut,
  getCommand,
  isTypingTarget,
  matchesShortcut,
  registerCommands,
  runCommand,
} from '../../../src/renderer/commands';
import { editorStore } from '../../../src/renderer/document/editorStore';
import { templateDocument } from '../../../src/renderer/document/templates';
import { EDIT_COMMANDS } from '../../../src/renderer/features/editor/editCommands';

// The canvas registers these when it mounts; here there is no canvas.
registerCommands(EDIT_COMMANDS);

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('shortcuts', () => {
  it('maps Mod to Ctrl off macOS and to Cmd on macOS', () => {
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+Z', false)).toBe(true);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('z', { meta: true }), 'Mod+Z', true)).toBe(true);
    expect(matchesShortcut(key('z', { ctrl: true }), 'Mod+Z', true)).toBe(false);
  });

  it('tells undo from redo by Shift', () => {
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrl: true, shift: true }), 'Mod+Shift+Z', false)).toBe(true);
  });

  it('matches bare keys only without modifiers', () => {
    expect(matchesShortcut(key('f'), 'F', false)).toBe(true);
    expect(matchesShortcut(key('f', { ctrl: true }), 'F', false)).toBe(false);
    expect(matchesShortcut(key('Backspace'), 'Backspace', false)).toBe(true);
  });

  it('formats for menus', () => {
    expect(formatShortcut('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(formatShortcut('Mod+Shift+Z', true)).toBe('⌘⇧Z');
  });

  it('leaves keys typed into fields alone', () => {
    expect(isTypingTarget({ tagName: 'INPUT', isContentEditable: false } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: false } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

describe('command registry', () => {
  it('describes every edit command as plain data with Electron accelerators', () => {
    const described = describeCommands();
    const byId = new Map(described.map((c) => [c.id, c]));
    expect(byId.get('edit.undo')).toEqual({
      id: 'edit.undo',
      label: 'Undo',
      group: 'Edit',
      groupLabel: 'Edit',
      accelerator: 'CmdOrCtrl+Z',
    });
    expect(byId.get('edit.redo')?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    expect(byId.get('view.layout')?.accelerator).toBe('CmdOrCtrl+L');
    expect(byId.get('view.fit')?.accelerator).toBe('F');
    for (const id of ['edit.cut', 'edit.copy', 'edit.paste', 'edit.duplicate', 'edit.selectAll', 'edit.delete'])
      expect(byId.has(id)).toBe(true);
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
  });

  it('runs commands by id against the editor store, only when enabled', () => {
    const state = () => editorStore.getState();
    state().loadDocument(templateDocument('deep-mlp'));
    expect(runCommand('edit.undo')).toBe(false);
    expect(runCommand('edit.copy')).toBe(false);
    state().setSelection(['dense-1'], []);
    expect(runCommand('edit.duplicate')).toBe(true);
    expect(state().doc.graph.nodes.map((n) => n.id)).toContain('dense-4');
    expect(runCommand('edit.undo')).toBe(true);
    expect(state().doc.graph.nodes.map((n) => n.id)).not.toContain('dense-4');
    expect(runCommand('edit.redo')).toBe(true);
    expect(runCommand('edit.selectAll')).toBe(true);
    expect(runCommand('edit.delete')).toBe(true);
    expect(state().doc.graph.nodes).toEqual([]);
    expect(runCommand('no.such.command')).toBe(false);
  });

  it('accepts commands from other parts of the app and removes them again', () => {
    let saved = 0;
    const unregister = registerCommands([
      {
        id: 'file.save',
        label: 'Save',
        group: 'File',
        shortcuts: ['Mod+S'],
        enabled: () => true,
        perform: () => (saved += 1),
      },
    ]);
    expect(runCommand('file.save')).toBe(true);
    expect(saved).toBe(1);
    expect(describeCommands().find((c) => c.id === 'file.save')?.accelerator).toBe('CmdOrCtrl+S');
    unregister();
    expect(getCommand('file.save')).toBeUndefined();
  });
});
