import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseProject, type MigrationStep } from '../../../src/project';
import { PlatformError } from '../../../src/renderer/platform/types';
import { windowTitle, suggestedFileName } from '../../../src/renderer/features/file/fileState';
import { fixtureText, setup, trainedRun } from './helpers';

const xorFile = () => ({ fileName: 'xor.nnproj', text: fixtureText('xor.nnproj') });

describe('unsaved-work tracking', () => {
  it('counts network edits, new runs and comparison changes, and a save clears them', async () => {
    const { controller, editor, runs, comparisons } = setup();
    expect(controller.isDirty()).toBe(false);

    editor.getState().updateParams('dense-1', { units: 5 });
    expect(controller.isDirty()).toBe(true);
    expect(await controller.save()).toBe(true);
    expect(controller.isDirty()).toBe(false);

    runs.getState().addRun(trainedRun('r1'));
    expect(controller.isDirty()).toBe(true);
    await controller.save();
    expect(controller.isDirty()).toBe(false);

    comparisons.port.load([]);
    expect(controller.isDirty()).toBe(true);
  });

  it('keeps an edit made while the platform was still writing as unsaved', async () => {
    const { controller, editor, platform } = setup();
    editor.getState().updateParams('dense-1', { units: 5 });
    const original = platform.saveProject;
    platform.saveProject = async (text, name) => {
      editor.getState().updateParams('dense-1', { units: 6 });
      return original(text, name);
    };
    await controller.save();
    expect(platform.saved[0].text).toContain('"units": 5');
    expect(controller.isDirty()).toBe(true);
  });

  it('stays unsaved and says why when the platform cannot write', async () => {
    const { controller, editor, platform, ui } = setup();
    editor.getState().updateParams('dense-1', { units: 5 });
    platform.saveResult = new Error('The disk is full: free some space on /home and save again.');
    expect(await controller.save()).toBe(false);
    expect(controller.isDirty()).toBe(true);
    expect(ui.errors[0].messages[0]).toContain('disk is full');
  });

  it('refuses to save weights that are not finite, naming the run and node, and writes nothing', async () => {
    const { controller, runs, platform, ui } = setup();
    const run = trainedRun('bad');
    run.weights!['dense-1'].kernel.data[3] = Number.NaN;
    runs.getState().addRun(run);
    expect(await controller.save()).toBe(false);
    expect(platform.saved).toHaveLength(0);
    expect(ui.errors[0].messages[0]).toMatch(/bad.*dense-1|dense-1.*bad/);
    expect(controller.isDirty()).toBe(true);
  });

  it('titles the window with project, file and an unsaved mark', async () => {
    expect(windowTitle('XOR demo', 'xor.nnproj', true)).toBe('XOR demo — xor.nnproj• — Layerwise');
    expect(windowTitle('XOR demo', 'xor.nnproj', false)).toBe('XOR demo — xor.nnproj — Layerwise');
    expect(windowTitle('XOR demo', null, true)).toBe('XOR demo• — Layerwise');
    expect(suggestedFileName('My net: v2', null)).toBe('My net- v2.nnproj');
    const { controller } = setup();
    await controller.openFile(xorFile());
    expect(controller.title()).toBe('XOR with one hidden layer — xor.nnproj — Layerwise');
  });
});

describe('opening files', () => {
  it('opens a project with its graph, settings and runs, and remembers the file for Save', async () => {
    const { controller, editor, platform } = setup();
    expect(await controller.openFile({ ...xorFile(), handle: '/home/a/xor.nnproj' })).toBe(true);
    expect(editor.getState().doc.name).toBe('XOR with one hidden layer');
    expect(editor.getState().doc.dataset.kind).toBe('xor');
    expect(controller.isDirty()).toBe(false);
    editor.getState().setTraining({ epochs: 7 });
    await controller.save();
    expect(platform.saved[0]).toMatchObject({ name: 'xor.nnproj', handle: '/home/a/xor.nnproj', as: false });
  });

  for (const [name, expected] of [
    ['truncated.nnproj', /truncated\.nnproj is not valid JSON at line \d+, column \d+/],
    ['other-program.json', /other-program\.json is not a Layerwise project/],
    ['newer-version.nnproj', /newer version of Layerwise \(file format version 3\)/],
    ['schema-errors.nnproj', /schema-errors\.nnproj: graph\.nodes\[\d+\]/],
  ] as const) {
    it(`reports ${name} and leaves the open document, its runs and its unsaved state alone`, async () => {
      const { controller, editor, runs, ui } = setup();
      editor.getState().updateParams('dense-1', { units: 5 });
      runs.getState().addRun(trainedRun('r1'));
      const before = { doc: editor.getState().doc, runs: runs.getState().runs, file: controller.file.getState() };
      expect(await controller.openFile({ fileName: name, text: fixtureText(name) })).toBe(false);
      expect(ui.errors).toHaveLength(1);
      expect(ui.errors[0].title).toBe(`Could not open ${name}`);
      expect(ui.errors[0].messages.join('\n')).toMatch(expected);
      expect(ui.asked).toHaveLength(0);
      expect(editor.getState().doc).toBe(before.doc);
      expect(runs.getState().runs).toBe(before.runs);
      expect(controller.file.getState()).toBe(before.file);
      expect(controller.isDirty()).toBe(true);
    });
  }

  it('opens an older version upgraded, unsaved in memory only, and says what saving will write', async () => {
    const step: MigrationStep = { from: 1, description: 'rename', up: (p) => ({ ...p, upgradedBy: 'step 1' }) };
    const v1File = { fileName: 'xor.nnproj', text: fixtureText('v1/xor-canonical.nnproj') };
    const { controller, ui, platform } = setup({
      parse: (text, name) => parseProject(text, name, { migrations: [step] }),
    });
    expect(await controller.openFile(v1File)).toBe(true);
    expect(ui.notes).toEqual([
      'xor.nnproj was saved in file format version 1 and was upgraded to version 2. The file on disk changes only when you save it; older versions of Layerwise cannot open the saved file.',
    ]);
    expect(controller.isDirty()).toBe(true);
    expect(platform.saved).toHaveLength(0);
    await controller.save();
    expect(platform.saved[0].text).toContain('"version": 2');
    expect(platform.saved[0].text).toContain('"upgradedBy": "step 1"');
    expect(controller.isDirty()).toBe(false);
  });
});

describe('the unsaved-changes question', () => {
  it('Cancel keeps the document exactly as it was', async () => {
    const { controller, editor, ui } = setup();
    editor.getState().updateParams('dense-1', { units: 5 });
    const doc = editor.getState().doc;
    ui.answer = 'cancel';
    for (const action of [
      () => controller.newDocument(),
      () => controller.openFile(xorFile()),
      () => controller.close(),
      () => controller.newFromTemplate('deep-mlp'),
    ])
      expect(await action()).toBe(false);
    expect(ui.asked).toHaveLength(4);
    expect(editor.getState().doc).toBe(doc);
    expect(controller.isDirty()).toBe(true);
  });

  it("Don't Save replaces the work; Save writes it first", async () => {
    const { controller, editor, ui, platform, runs } = setup();
    editor.getState().updateParams('dense-1', { units: 5 });
    runs.getState().addRun(trainedRun('r1'));
    ui.answer = 'save';
    expect(await controller.openFile(xorFile())).toBe(true);
    expect(platform.saved).toHaveLength(1);
    expect(platform.saved[0].text).toContain('"units": 5');
    expect(runs.getState().runs.map((r) => r.id)).toEqual(['run-1']);

    editor.getState().setTraining({ epochs: 3 });
    ui.answer = 'discard';
    expect(await controller.newDocument()).toBe(true);
    expect(platform.saved).toHaveLength(1);
    expect(editor.getState().doc.name).toBe('Perceptron');
    expect(controller.file.getState().fileName).toBeNull();
  });

  it('does not ask when nothing is unsaved, and a cancelled Save in the question cancels the action', async () => {
    const { controller, editor, ui, platform } = setup();
    expect(await controller.openFile(xorFile())).toBe(true);
    expect(ui.asked).toHaveLength(0);
    editor.getState().setTraining({ epochs: 3 });
    ui.answer = 'save';
    platform.saveProject = async () => null;
    const doc = editor.getState().doc;
    expect(await controller.newDocument()).toBe(false);
    expect(editor.getState().doc).toBe(doc);
  });

  it('Revert goes back to the file as last saved', async () => {
    const { controller, editor, ui } = setup();
    await controller.openFile(xorFile());
    expect(controller.canRevert()).toBe(false);
    editor.getState().setTraining({ epochs: 3 });
    expect(controller.canRevert()).toBe(true);
    ui.answer = 'discard';
    expect(await controller.revert()).toBe(true);
    expect(editor.getState().doc.training.epochs).toBe(200);
    expect(controller.isDirty()).toBe(false);
  });
});

describe('the notices in Japanese', () => {
  it('says what was opened, saved, started, reverted and restored in Japanese, with the file names', async () => {
    await i18next.changeLanguage('ja');
    try {
      const { controller, editor, platform, ui } = setup();
      await controller.openFile(xorFile());
      editor.getState().setTraining({ epochs: 3 });
      await controller.save();
      editor.getState().setTraining({ epochs: 4 });
      ui.answer = 'discard';
      await controller.revert();
      await controller.newFromTemplate('deep-mlp');
      platform.backups.restore = async () => ({
        id: 'b1',
        name: 'xor.nnproj',
        savedAt: '2026-01-01T00:00:00Z',
        path: null,
        text: fixtureText('xor.nnproj'),
      });
      await controller.restoreBackup('b1');
      const v1File = { fileName: 'old.nnproj', text: fixtureText('v1/xor-canonical.nnproj') };
      await controller.openFile(v1File);
      expect(ui.notes).toEqual([
        'xor.nnproj を開きました。',
        'xor.nnproj を保存しました。',
        '最後に保存した xor.nnproj に戻しました。',
        'テンプレート「深い MLP」から新しいプロジェクトを始めました。',
        'xor.nnproj の保存していない作業を復元しました。残すには保存してください。',
        expect.stringMatching(
          /^old\.nnproj はファイル形式のバージョン 1 で保存されていたので、バージョン 2 に変換しました。/,
        ),
      ]);
    } finally {
      await i18next.changeLanguage('en');
    }
  });
});

describe('platform failures worded in the window’s language', () => {
  const diskFull = {
    code: 'fs-disk-full',
    params: { action: 'save', file: 'xor.nnproj', folder: '/home/a' },
    message:
      'Could not save “xor.nnproj”: the disk is full. Free some space on the disk and try again. The previous version of the file was not changed.',
  };

  it('shows a failure’s problems, one line each, in Japanese and in English', async () => {
    const { controller, editor, platform, ui } = setup();
    editor.getState().updateParams('dense-1', { units: 5 });
    platform.saveResult = new PlatformError(diskFull.message, [diskFull]);
    await i18next.changeLanguage('ja');
    try {
      expect(await controller.save()).toBe(false);
      platform.openRecent = async () => {
        throw new PlatformError('two problems', [
          { code: 'open-not-recent', params: { file: 'a.nnproj' }, message: 'not recent' },
          { message: 'A sentence main has no code for.' },
        ]);
      };
      await controller.openRecent('/home/a/a.nnproj');
      controller.reportExternalFailure('Could not open “b.nnproj”…', [
        { code: 'fs-folder', params: { action: 'open', file: 'b.nnproj', folder: '/home/a' }, message: 'x' },
      ]);
    } finally {
      await i18next.changeLanguage('en');
    }
    expect(await controller.save()).toBe(false);
    expect(ui.errors.map((e) => e.messages)).toEqual([
      [
        '「xor.nnproj」を保存できませんでした。ディスクがいっぱいです。ディスクの空き容量を増やしてから、もう一度試してください。前の版のファイルは変わっていません。',
      ],
      [
        '「a.nnproj」は「最近使ったファイル」にないため、Layerwise は開きませんでした。「ファイル › 開く…」で選んでください。',
        'A sentence main has no code for.',
      ],
      ['「b.nnproj」を開けませんでした。これはフォルダで、プロジェクトファイルではありません。'],
      [diskFull.message],
    ]);
    expect(controller.isDirty()).toBe(true);
  });

  it('shows a plain error’s own sentence', async () => {
    const { controller, ui } = setup();
    await controller.openRecent('gone');
    expect(ui.errors[0].messages).toEqual(['That recent file is no longer stored.']);
  });
});
