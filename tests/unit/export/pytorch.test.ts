/**
 * The PyTorch export, run by PyTorch (Debian's python3-torch; skipped with the reason where it is missing):
 *   - model.py with weights.safetensors gives the engine's outputs on the validation rows (every example,
 *     trained briefly, and random networks with add, concat, dropout and every activation), through the
 *     built-in safetensors reader when the package is absent;
 *   - train.py for 2 epochs from the engine's initial weights with shuffling off reports the engine's losses
 *     (SGD, Adam, RMSprop, L2), and its optimizers step as the engine's on gradients near epsilon, where
 *     torch.optim's epsilon placement would differ;
 *   - two ranks on CPU (gloo), started as torchrun would start them, finish one epoch with the same weights.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareData } from '../../../src/engine/data';
import { predictBatch } from '../../../src/engine/inspect';
import { createOptimizer } from '../../../src/engine/optim';
import { scoreDataset } from '../../../src/engine/train/metrics';
import { createRunModel } from '../../../src/engine/train/setup';
import { buildExportSource, exportNetwork } from '../../../src/export';
import type { Project } from '../../../src/project';
import { EXAMPLES, closeness, loadProjectFile, trainBriefly } from './helpers';
import { freePort, jsonLines, runPython, torchMissing, writeExport } from './python';
import { randomProject } from './random-graphs';

const missing = torchMissing();
if (missing) console.warn(`Skipping the PyTorch export tests: ${missing}.`);

const root = mkdtempSync(join(tmpdir(), 'layerwise-pytorch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Reads each folder's model.py and weights, runs the validation rows of its data.csv, prints JSON. */
const PREDICT_SCRIPT = `
import csv, importlib.util, json, sys, torch
results = {}
for i, folder in enumerate(sys.argv[1:]):
    spec = importlib.util.spec_from_file_location(f"exported_{i}", f"{folder}/model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    model = module.load_weights(module.Network(), f"{folder}/weights.safetensors")
    with open(f"{folder}/data.csv", newline="") as f:
        rows = [[float(r[n]) for n in module.FEATURE_NAMES] for r in csv.DictReader(f) if r["split"] == "validation"]
    results[folder] = model.predict(torch.tensor(rows, dtype=torch.float32)).flatten().tolist()
print(json.dumps(results))
`;

describe.skipIf(missing !== null)('PyTorch export run by PyTorch', () => {
  it('model.py on the saved weights gives the engine’s outputs on the validation rows', async () => {
    const cases: { dir: string; expected: Float32Array }[] = [];
    for (const name of EXAMPLES) {
      const trained = trainBriefly(loadProjectFile(`examples/${name}.nnproj`), 3);
      const source = buildExportSource(trained.project, trained.project.runs[0], trained.resources);
      cases.push({
        dir: writeExport(join(root, name), exportNetwork(source, 'pytorch', 'test')),
        expected: trained.expected,
      });
    }
    for (let k = 0; k < 6; k++) {
      const source = buildExportSource(randomProject(k), null);
      const v = prepareData(source.dataset).split.validation;
      const expected = predictBatch(createRunModel(source.plan, source.training), v.x, v.n);
      cases.push({ dir: writeExport(join(root, `random-${k}`), exportNetwork(source, 'pytorch', 'test')), expected });
    }
    writeFileSync(join(root, 'predict.py'), PREDICT_SCRIPT);
    const result = await runPython(['predict.py', ...cases.map((c) => c.dir)], root);
    expect(result.stderr).toBe('');
    const outputs = JSON.parse(result.stdout) as Record<string, number[]>;
    for (const c of cases) {
      expect(outputs[c.dir].length, c.dir).toBe(c.expected.length);
      expect(closeness(outputs[c.dir], c.expected), c.dir).toBeLessThan(1e-5);
    }
  }, 180_000);

  /** The engine's losses over `epochs` epochs with the training rows in split order (no shuffle). */
  function engineLosses(project: Project, epochs: number): { trainLoss: number; valLoss: number }[] {
    const source = buildExportSource(project, null);
    const prepared = prepareData(project.dataset);
    const { train, validation } = prepared.split;
    const model = createRunModel(source.plan, project.training);
    const optimizer = createOptimizer(project.training.optimizer, model.params.length, {
      momentum: project.training.momentum,
    });
    const b = project.training.batchSize;
    const yw = train.task === 'classification' ? 1 : train.targets;
    const history = [];
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let start = 0; start < train.n; start += b) {
        const rows = Math.min(b, train.n - start);
        const x = train.x.subarray(start * train.features, (start + rows) * train.features);
        const y = train.y.subarray(start * yw, (start + rows) * yw);
        model.computeGradients(x, y, rows);
        optimizer.step(model.params, model.grads, project.training.learningRate);
      }
      history.push({ trainLoss: scoreDataset(model, train).loss, valLoss: scoreDataset(model, validation).loss });
    }
    return history;
  }

  const xor = loadProjectFile('examples/xor.nnproj');
  const iris = loadProjectFile('examples/iris.nnproj');
  const sine = loadProjectFile('examples/sine.nnproj');
  const recipes: [string, Project][] = [
    ['xor, SGD', { ...xor, training: { ...xor.training, optimizer: 'sgd', learningRate: 0.1 } }],
    ['xor, Adam with L2 0.01', { ...xor, training: { ...xor.training, l2: 0.01 } }],
    ['iris (standardized, softmax), Adam', iris],
    ['sine (regression), RMSprop', { ...sine, training: { ...sine.training, optimizer: 'rmsprop' } }],
  ];

  it.each(recipes)(
    'train.py (%s) for 2 epochs without shuffling reports the engine’s losses',
    async (name, project) => {
      const dir = writeExport(
        join(root, `train-${name.replace(/\W+/g, '-')}`),
        exportNetwork(buildExportSource(project, null), 'pytorch', 'test'),
      );
      const result = await runPython(
        ['train.py', '--epochs', '2', '--no-shuffle', '--init', 'weights.safetensors'],
        dir,
      );
      expect(result.status, result.stderr).toBe(0);
      const lines = jsonLines(result.stdout);
      const epochs = lines.filter((l) => 'epoch' in l) as { trainLoss: number; valLoss: number }[];
      const expected = engineLosses(project, 2);
      expect(epochs).toHaveLength(2);
      for (let e = 0; e < 2; e++) {
        expect(Math.abs(epochs[e].trainLoss - expected[e].trainLoss) / expected[e].trainLoss).toBeLessThan(1e-4);
        expect(Math.abs(epochs[e].valLoss - expected[e].valLoss) / expected[e].valLoss).toBeLessThan(1e-4);
      }
      expect(lines.at(-1)).toMatchObject({ done: true, end: 'completed', epochs: 2 });
      // The trained weights come back through the built-in writer and reader.
      expect(readFileSync(join(dir, 'trained.safetensors')).length).toBeGreaterThan(8);
    },
    120_000,
  );

  it('train.py’s optimizers step exactly as the engine’s, gradients near epsilon included', async () => {
    // Gradients from 1 down to 1e-9: below about 1e-6, where epsilon's placement decides the step, torch.optim's
    // Adam, RMSprop and Adagrad would move these weights by up to 30 times more than Keras and the engine do.
    const n = 40;
    const p0 = Array.from({ length: n }, (_, i) => 1e-3 * Math.sin(i + 1)); // small, so float32 resolves tiny steps
    const grads = [0, 1, 2].map((t) => Array.from({ length: n }, (_, i) => Math.cos(i * 3 + t) * 10 ** -(i % 10)));
    const lr = 0.01;
    const engine: Record<string, number[]> = {};
    for (const name of ['adam', 'rmsprop', 'adagrad', 'momentum', 'sgd'] as const) {
      const params = Float32Array.from(p0);
      const optimizer = createOptimizer(name, n);
      for (const g of grads) optimizer.step(params, Float32Array.from(g), lr);
      engine[name] = [...params];
    }
    const dir = writeExport(join(root, 'optimizers'), exportNetwork(buildExportSource(xor, null), 'pytorch', 'test'));
    writeFileSync(join(dir, 'steps.json'), JSON.stringify({ p0, grads, lr }));
    writeFileSync(
      join(dir, 'steps.py'),
      `import json, torch, train
spec = json.load(open("steps.json"))
make = {"adam": train.KerasAdam, "rmsprop": train.KerasRMSprop, "adagrad": train.KerasAdagrad,
        "momentum": lambda ps, lr: torch.optim.SGD(ps, lr=lr, momentum=0.9), "sgd": lambda ps, lr: torch.optim.SGD(ps, lr=lr)}
out = {}
for name, factory in make.items():
    p = torch.nn.Parameter(torch.tensor(spec["p0"], dtype=torch.float32))
    opt = factory([p], spec["lr"])
    for g in spec["grads"]:
        p.grad = torch.tensor(g, dtype=torch.float32)
        opt.step()
    out[name] = p.detach().tolist()
print(json.dumps(out))
`,
    );
    const result = await runPython(['steps.py'], dir);
    expect(result.stderr).toBe('');
    const python = JSON.parse(result.stdout) as Record<string, number[]>;
    for (const name of Object.keys(engine)) {
      const moved = engine[name].map((v, i) => v - p0[i]);
      const pyMoved = python[name].map((v, i) => v - p0[i]);
      // Compare the steps, not the weights, so small steps count as much as large ones.
      const worst = Math.max(...moved.map((m, i) => Math.abs(pyMoved[i] - m) / Math.max(Math.abs(m), 1e-6)));
      expect(worst, name).toBeLessThan(1e-3);
    }
  }, 60_000);

  it('two ranks on CPU (gloo) train one epoch and end with the same weights', async () => {
    const dir = writeExport(join(root, 'ddp'), exportNetwork(buildExportSource(iris, null), 'pytorch', 'test'));
    const port = String(await freePort());
    const env = (rank: number) => ({
      MASTER_ADDR: '127.0.0.1',
      MASTER_PORT: port,
      RANK: String(rank),
      LOCAL_RANK: String(rank),
      WORLD_SIZE: '2',
      CUDA_VISIBLE_DEVICES: '',
    });
    const ranks = await Promise.all([0, 1].map((r) => runPython(['train.py', '--epochs', '1'], dir, env(r))));
    const done = ranks.map((r) => {
      expect(r.status, r.stderr).toBe(0);
      return jsonLines(r.stdout).find((l) => l.done === true)!;
    });
    expect(done.map((d) => d.rank)).toEqual([0, 1]);
    expect(done.every((d) => d.end === 'completed' && d.epochs === 1 && d.worldSize === 2)).toBe(true);
    expect(typeof done[0].weightsChecksum).toBe('string');
    expect(done[1].weightsChecksum).toBe(done[0].weightsChecksum);
  }, 120_000);
});
