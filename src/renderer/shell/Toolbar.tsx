/**
 * The window's top bar: the app and project name, the menu bar with every registered command grouped as in
 * the native menu (File, Edit, View, Train, other groups, Help), a quick "New from template" picker, and the
 * theme toggle. In Electron the native menu runs the same commands by id.
 */
import { useEffect, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getCommands, onCommandsChanged, type Command } from '../commands';
import { MenuBar } from '../ui/MenuBar';
import { WelcomeSlot } from '../features/lessons/LessonsRoot';
import { getFileController } from './appController';
import { useEditor } from '../document/editorStore';
import { orderMenuGroups } from '../../shared/menu-commands';
import { TEMPLATES, templateWords } from '../document/templates';
import type { ThemePreference } from './theme';

/**
 * While a menu is open it follows document, selection and clipboard changes so enabled states stay current;
 * while all are closed it selects constants, so a drag does not re-render the menus every frame.
 */
function useMenuFreshness(open: boolean): void {
  useEditor((s) => (open ? s.revision : 0));
  useEditor((s) => (open ? s.selectedNodeIds : null));
  useEditor((s) => (open ? s.clipboard : null));
}

/** A quick picker beside the menus; the file controller asks about unsaved changes before replacing. */
function TemplateMenu() {
  const { t } = useTranslation();
  return (
    <select
      className="template-picker"
      aria-label={t('toolbar.template')}
      value=""
      onChange={(event) => {
        const id = event.target.value;
        event.target.value = '';
        if (id) void getFileController().newFromTemplate(id);
      }}
    >
      <option value="">{t('commands.file.newFromTemplate')}</option>
      {TEMPLATES.map((template) => {
        const words = templateWords(template);
        return (
          <option key={template.id} value={template.id} title={words.description}>
            {words.name}
          </option>
        );
      })}
    </select>
  );
}

const THEME_LABELS: Record<ThemePreference, string> = {
  system: 'toolbar.themeSystem',
  light: 'toolbar.themeLight',
  dark: 'toolbar.themeDark',
};

export function Toolbar({
  themePreference,
  onCycleTheme,
}: {
  themePreference: ThemePreference;
  onCycleTheme: () => void;
}) {
  const { t } = useTranslation();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onCommandsChanged(refresh), []);
  const [menuOpen, setMenuOpen] = useState(false);
  useMenuFreshness(menuOpen);
  const name = useEditor((s) => s.doc.name);
  const dirty = useEditor((s) => s.doc !== s.savedDoc);
  const groups = new Map<string, Command[]>();
  for (const command of getCommands()) {
    const list = groups.get(command.group) ?? [];
    list.push(command);
    groups.set(command.group, list);
  }
  // The native menu's order: known groups, then any group another part of the app registers, Help last.
  const ordered = orderMenuGroups(groups.keys());
  return (
    <header className="toolbar">
      <h1 className="app-title" title={name}>
        Layerwise{' '}
        <span className="project-name">
          — {name}
          {dirty ? ' •' : ''}
        </span>
      </h1>
      <div className="toolbar__menus">
        <MenuBar
          label={t('menu.bar')}
          groups={ordered.map((name) => ({ name, commands: groups.get(name)! }))}
          onOpenChange={setMenuOpen}
        />
        <TemplateMenu />
        <WelcomeSlot openProject={(file) => getFileController().openFile(file)} />
      </div>
      <button
        type="button"
        className="theme-toggle"
        onClick={onCycleTheme}
        aria-label={t('toolbar.themeChange', { name: t(THEME_LABELS[themePreference]) })}
      >
        {t(THEME_LABELS[themePreference])}
      </button>
    </header>
  );
}
