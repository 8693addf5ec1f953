/**
 * Main's own native prompts (Save / Don't Save / Cancel on closing a window with unsaved work, the file
 * dialogs' filter) are worded by the window, which sends the words with the menu: in Japanese in a Japanese
 * window, in English, word for word as main wrote them, until a window has sent any.
 */
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createHandlers, type HandlerContext, type MainDeps } from '../../../src/main/handlers';
import { ENGLISH_NATIVE_TEXTS, projectFilters, unsavedPromptOptions } from '../../../src/main/native-texts';
import { createSession } from '../../../src/main/session';
import { bindNativeMenu, nativeTexts } from '../../../src/renderer/features/file/windowIntegration';
import type { Platform } from '../../../src/renderer/platform/types';
import { createTranslator } from '../../../src/shared/i18n';
import { invokeChannels, NativeTexts } from '../../../src/shared/ipc';

const en = createTranslator('en');
const ja = createTranslator('ja');

describe('the native prompts’ words', () => {
  it('are main’s English ones until a window sends its own', () => {
    expect(nativeTexts(en)).toEqual(ENGLISH_NATIVE_TEXTS);
    expect(unsavedPromptOptions('XOR demo')).toEqual({
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message: 'Do you want to save the changes you made to “XOR demo”?',
      detail: "Your changes will be lost if you don't save them.",
    });
    expect(projectFilters()).toEqual([{ name: 'Layerwise projects', extensions: ['nnproj'] }]);
  });

  it('read in Japanese from a Japanese window, with the document’s name', () => {
    const texts = nativeTexts(ja);
    expect(NativeTexts.safeParse(texts).success).toBe(true);
    const options = unsavedPromptOptions('隠れ層1つ — Layerwise', texts);
    expect(options.message).toBe('「隠れ層1つ — Layerwise」に加えた変更を保存しますか？');
    expect(options.detail).toBe('保存しないと、変更は失われます。');
    expect(options.buttons).toEqual(['保存', '保存しない', 'キャンセル']);
    expect(projectFilters(texts)[0].name).toBe('Layerwise プロジェクト');
  });

  it('are checked at the IPC boundary', () => {
    const request = invokeChannels['window:setNativeTexts'].request;
    const texts = nativeTexts(ja);
    expect(request.safeParse({ texts }).success).toBe(true);
    expect(request.safeParse({ texts: { ...texts, unsavedMessage: '保存しますか？' } }).success).toBe(false);
    expect(request.safeParse({ texts: { ...texts, save: '' } }).success).toBe(false);
    expect(request.safeParse({ texts: { ...texts, cancel: 'x'.repeat(101) } }).success).toBe(false);
    expect(request.safeParse({ texts: { ...texts, projectFiles: undefined } }).success).toBe(false);
  });
});

describe('main uses the words the window sent', () => {
  it('for the prompt the window asks for and for the open and save dialogs', async () => {
    const seen: unknown[] = [];
    const deps = {
      platform: 'linux',
      showOpenDialog: async (_w, texts) => {
        seen.push(['open', texts?.projectFiles]);
        return null;
      },
      showSaveDialog: async (_w, _name, _folder, texts) => {
        seen.push(['save', texts?.projectFiles]);
        return null;
      },
      confirmUnsaved: async (_w, name, texts) => {
        seen.push(['prompt', unsavedPromptOptions(name, texts).message]);
        return 'cancel';
      },
    } as Partial<MainDeps> as MainDeps;
    const handlers = createHandlers(deps);
    const context: HandlerContext = {
      session: createSession({ platform: 'linux', writeBackup: async () => undefined, onBackupError: () => undefined }),
      window: { setTitle: () => undefined, setDocumentEdited: () => undefined, close: () => undefined },
    };
    await handlers['app:confirmUnsaved']({ name: 'XOR' }, context);
    await handlers['file:open'](null, context);
    expect(await handlers['window:setNativeTexts']({ texts: nativeTexts(ja) }, context)).toBeNull();
    await handlers['app:confirmUnsaved']({ name: 'XOR' }, context);
    await handlers['file:open'](null, context);
    await handlers['file:saveAs']({ text: '{}', suggestedName: 'XOR' }, context);
    expect(seen).toEqual([
      ['prompt', 'Do you want to save the changes you made to “XOR”?'],
      ['open', undefined],
      ['prompt', '「XOR」に加えた変更を保存しますか？'],
      ['open', 'Layerwise プロジェクト'],
      ['save', 'Layerwise プロジェクト'],
    ]);
  });

  it('sent again by the window when its language changes', async () => {
    const sent: string[] = [];
    const platform = {
      setMenuCommands: () => undefined,
      setNativeTexts: (texts) => void sent.push(texts.dontSave),
      onMenuCommand: () => () => undefined,
    } as Partial<Platform> as Platform;
    const stop = bindNativeMenu(platform);
    try {
      await i18next.changeLanguage('ja');
    } finally {
      await i18next.changeLanguage('en');
      stop();
    }
    expect(sent[0]).toBe("Don't Save");
    expect(sent).toContain('保存しない');
    expect(sent.at(-1)).toBe("Don't Save");
  });
});
