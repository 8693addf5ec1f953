import { spawnSync } from 'node:child_process';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Probe files at virtual paths inside the renderer's parts, linted with the project's own config (`npm run
// lint`), so each rule of docs/architecture.md's renderer layering is shown to fail where it must and to allow the rest.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'layerwise/layers').map((m) => m.message);
}

const importing = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('renderer layers (docs/architecture.md)', () => {
  it('fails on a file in features/editor that imports features/training', async () => {
    const msgs = await layerMessages('src/renderer/features/editor/probe.ts', importing('../training/TrainingPanel'));
    expect(msgs).toEqual([
      "features/editor may not import features/training ('../training/TrainingPanel'): features never import each other; share through the document store or run the other feature's command by id (docs/architecture.md, layers)",
    ]);
  });

  it('makes the lint command (what `npm run lint` runs) exit with an error for that file', () => {
    const run = spawnSync(
      process.execPath,
      ['node_modules/eslint/bin/eslint.js', '--stdin', '--stdin-filename', 'src/renderer/features/editor/probe.ts'],
      { input: importing('../training/TrainingPanel'), encoding: 'utf8' },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('features/editor may not import features/training');
    const allowed = spawnSync(
      process.execPath,
      ['node_modules/eslint/bin/eslint.js', '--stdin', '--stdin-filename', 'src/renderer/features/editor/probe.ts'],
      { input: importing('./Canvas'), encoding: 'utf8' },
    );
    expect(allowed.status).toBe(0);
  });

  it('fails on every pair of different features, also for type-only and dynamic imports', async () => {
    expect(
      await layerMessages(
        'src/renderer/features/file/probe.ts',
        "import type { X } from '../compare/compareTypes';\nexport type Y = X;\n",
      ),
    ).toHaveLength(1);
    expect(
      await layerMessages(
        'src/renderer/features/training/deep/probe.ts',
        "export const load = () => import('../../file/controller');\n",
      ),
    ).toHaveLength(1);
  });

  it('lets a feature use its own files, the document, commands, ui, run and platform', async () => {
    const code = [
      "import { a } from './local';",
      "import { b } from '../../document/editorStore';",
      "import { c } from '../../commands';",
      "import { d } from '../../ui/CommandButton';",
      "import { e } from '../../run/dataClient';",
      "import { f } from '../../platform';",
      "import { g } from '../../../engine';",
      'export const y = [a, b, c, d, e, f, g];',
    ].join('\n');
    expect(await layerMessages('src/renderer/features/editor/probe.ts', code)).toEqual([]);
  });

  it('keeps features and the shell out of the document', async () => {
    const feature = await layerMessages('src/renderer/document/probe.ts', importing('../features/editor/Canvas'));
    expect(feature.join('\n')).toMatch(/renderer\/document may not import renderer\/features\/editor/);
    const shell = await layerMessages('src/renderer/document/probe.ts', importing('../shell/App'));
    expect(shell.join('\n')).toMatch(/renderer\/document may not import renderer\/shell/);
    const ui = await layerMessages('src/renderer/document/probe.ts', importing('../ui/CommandButton'));
    expect(ui).toHaveLength(1);
  });

  it('keeps the registry, ui, run and platform below the features and the shell', async () => {
    expect(await layerMessages('src/renderer/commands/probe.ts', importing('../document/editorStore'))).toHaveLength(1);
    expect(await layerMessages('src/renderer/ui/probe.ts', importing('../features/help/HelpRoot'))).toHaveLength(1);
    expect(await layerMessages('src/renderer/ui/probe.ts', importing('../document/editorStore'))).toHaveLength(1);
    expect(await layerMessages('src/renderer/run/probe.ts', importing('../features/training/session'))).toHaveLength(1);
    expect(await layerMessages('src/renderer/run/probe.ts', importing('../document/document'))).toEqual([]);
    expect(await layerMessages('src/renderer/platform/probe.ts', importing('../run/dataClient'))).toHaveLength(1);
    expect(await layerMessages('src/renderer/ui/probe.ts', importing('../commands'))).toEqual([]);
  });

  it('refuses a feature importing the shell, and lets the shell import every part', async () => {
    expect(await layerMessages('src/renderer/features/file/probe.ts', importing('../../shell/appController'))).toEqual([
      "renderer/features/file may not import renderer/shell ('../../shell/appController'); allowed: document, commands, ui, run, platform (docs/architecture.md, layers)",
    ]);
    const code = [
      "import { a } from '../features/editor/Canvas';",
      "import { b } from '../features/training/TrainingPanel';",
      "import { c } from '../document/editorStore';",
      "import { d } from '../ui/CommandButton';",
      "import { e } from './App';",
      'export const y = [a, b, c, d, e];',
    ].join('\n');
    expect(await layerMessages('src/renderer/shell/probe.tsx', code)).toEqual([]);
  });

  it('refuses renderer code outside the named parts', async () => {
    const root = await layerMessages('src/renderer/probe.ts', 'export const y = 1;\n');
    expect(root.join('\n')).toMatch(/renderer\/probe\.ts is outside the renderer's parts; put it in one of document/);
    expect(await layerMessages('src/renderer/widgets/probe.ts', 'export const y = 1;\n')).toHaveLength(1);
    expect(await layerMessages('src/renderer/features/probe.ts', 'export const y = 1;\n')).toHaveLength(1);
  });

  it('keeps main away from the engine', async () => {
    const msgs = await layerMessages('src/main/probe.ts', importing('../engine'));
    expect(msgs.join('\n')).toMatch(/src\/main may not import src\/engine/);
  });
});
