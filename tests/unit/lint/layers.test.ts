import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints probe files at virtual paths inside each layer, so the rule is shown to fail where docs/architecture.md says it must.
const eslint = new ESLint({ cwd: process.cwd() });

async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages
    .filter((m) => m.ruleId === 'layerwise/layers' || m.ruleId === 'no-restricted-properties')
    .map((m) => m.message);
}

describe('import layers (docs/architecture.md)', () => {
  it('refuses react in src/engine', async () => {
    const msgs = await layerMessages('src/engine/probe.ts', "import React from 'react';\nexport const x = React;\n");
    expect(msgs.join('\n')).toMatch(/src\/engine may not import 'react'/);
  });

  it('refuses Node built-ins and electron in src/engine', async () => {
    const msgs = await layerMessages(
      'src/engine/probe.ts',
      "import fs from 'node:fs';\nimport path from 'path';\nimport { app } from 'electron';\nexport const x = [fs, path, app];\n",
    );
    expect(msgs).toHaveLength(3);
  });

  it('refuses imports of our other layers from src/engine', async () => {
    const msgs = await layerMessages(
      'src/engine/ops/probe.ts',
      "import { x } from '../../project/index';\nexport const y = x;\n",
    );
    expect(msgs.join('\n')).toMatch(/src\/engine may not import src\/project/);
  });

  it('lets src/project import engine types only', async () => {
    const value = await layerMessages(
      'src/project/probe.ts',
      "import { ACTIVATIONS } from '../engine/types';\nexport const y = ACTIVATIONS;\n",
    );
    expect(value).toEqual([
      "src/project may import only types from src/engine ('../engine/types'): write `import type` (see docs/architecture.md, layers)",
    ]);
    const inline = await layerMessages(
      'src/project/probe.ts',
      "import { type Tensor } from '../engine/types';\nexport type T = Tensor;\n",
    );
    expect(inline).toHaveLength(1);
    const types = await layerMessages(
      'src/project/probe.ts',
      "import type { Tensor } from '../engine/types';\nexport type T = Tensor;\n",
    );
    expect(types).toEqual([]);
  });

  it('allows imports inside the engine and pure libraries', async () => {
    const msgs = await layerMessages(
      'src/engine/ops/probe.ts',
      "import { Rng } from '../rng';\nexport const y = Rng;\n",
    );
    expect(msgs).toEqual([]);
  });

  it('refuses Math.random in the engine', async () => {
    const msgs = await layerMessages('src/engine/probe.ts', 'export const y = Math.random();\n');
    expect(msgs.join('\n')).toMatch(/seeded Rng/);
  });

  it('keeps main and preload away from the renderer', async () => {
    expect(
      await layerMessages('src/main/probe.ts', "import { App } from '../renderer/App';\nexport const y = App;\n"),
    ).toHaveLength(1);
    expect(
      await layerMessages('src/preload/probe.ts', "import { App } from '../renderer/App';\nexport const y = App;\n"),
    ).toHaveLength(1);
  });

  it('keeps electron and Node built-ins out of the renderer, but lets it import preload types', async () => {
    const msgs = await layerMessages(
      'src/renderer/shell/probe.ts',
      "import { ipcRenderer } from 'electron';\nimport fs from 'fs';\nexport const y = [ipcRenderer, fs];\n",
    );
    expect(msgs).toHaveLength(2);
    expect(
      await layerMessages(
        'src/renderer/shell/probe.ts',
        "import type { Api } from '../preload/api';\nexport type Y = Api;\n",
      ),
    ).toEqual([]);
  });

  it('keeps src/export pure (engine and project only) and lets the CLI and the renderer use it', async () => {
    const msgs = await layerMessages(
      'src/export/probe.ts',
      "import fs from 'node:fs';\nimport React from 'react';\nimport { x } from '../renderer/App';\nexport const y = [fs, React, x];\n",
    );
    expect(msgs.join('\n')).toMatch(/Node built-in 'node:fs'/);
    expect(msgs.join('\n')).toMatch(/src\/export may not import 'react'/);
    expect(msgs.join('\n')).toMatch(/src\/export may not import src\/renderer/);
    expect(
      await layerMessages(
        'src/export/probe.ts',
        "import { compile } from '../engine/compile';\nexport const y = compile;\n",
      ),
    ).toEqual([]);
    for (const [from, spec] of [
      ['src/cli/probe.ts', '../export/tfjs'],
      ['src/renderer/features/export/probe.ts', '../../../export/tfjs'],
    ]) {
      expect(await layerMessages(from, `import { tfjsFiles } from '${spec}';\nexport const y = tfjsFiles;\n`)).toEqual(
        [],
      );
    }
    expect(
      await layerMessages(
        'src/engine/probe.ts',
        "import { tfjsFiles } from '../export/tfjs';\nexport const y = tfjsFiles;\n",
      ),
    ).toHaveLength(1);
  });
});
