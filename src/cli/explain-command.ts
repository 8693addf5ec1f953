/**
 * `npm run explain -- <project.nnproj> [--run K] [--sample N | --input "0.3,-1.2" --target Y] [--weight L:I:J]
 * [--json]`: one sample through the network step by step — every layer's z and a, the loss with its numbers,
 * every δ = ∂L/∂z, the gradients of the first and last layers (all of them with --json) and one weight's update
 * under the run's optimizer. It uses the run's saved weights, or the seeded initial ones when there is no run.
 */
import { compile } from '../engine/compile';
import { dataShapeOf, parseNumberText, standardizeRows } from '../engine/data';
import { explainUpdate, traceSample, type SampleTrace, type WeightUpdate } from '../engine/explain';
import { createRunModel } from '../engine/train/setup';
import type { PreparedData } from '../engine/data';
import type { DatasetSpec, Model, TrainingSettings } from '../engine/types';
import type { Run } from '../project';
import { helpText, parseArgs, type CommandSpec } from './args';
import { loadDatasetResources, prepareProjectData } from './data';
import { EXIT_OK, InvalidInputError, runCommand, type CliIo } from './io';
import { compileProblemLines, loadProject, type LoadedProject } from './load-project';
import { loadTrainedModel, runDatasetSpec, selectRun } from './trained-model';

export const EXPLAIN_SPEC: CommandSpec = {
  command: 'npm run explain --',
  positionals: ['project.nnproj'],
  options: {
    run: {
      kind: 'string',
      placeholder: 'K',
      describe: 'which saved run: its number (1 is the first) or its id; default the last trained run',
    },
    sample: {
      kind: 'integer',
      min: 0,
      describe: 'the row of the training data to explain (0 is the first); default 0',
    },
    input: {
      kind: 'string',
      placeholder: '"X1,X2,…"',
      describe: 'raw feature values to explain instead of a training row (needs --target)',
    },
    target: {
      kind: 'string',
      placeholder: 'Y',
      describe: "the target of --input: a class name or number, or the value(s) for regression ('0.5' or '1,2')",
    },
    weight: {
      kind: 'string',
      placeholder: 'LAYER:I:J',
      describe: "the weight whose update is shown: layer id or label, input I (or 'b' for the bias), unit J",
    },
    json: { kind: 'flag', describe: 'print everything as one JSON object' },
  },
};

interface Sample {
  source: string;
  index?: number;
  x: number[];
  target: number[];
}

const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toPrecision(6).replace(/\.?0+(e|$)/, '$1'));
const list = (vs: readonly number[]): string => `[${vs.map(fmt).join(', ')}]`;

function numbersOf(text: string, option: string): number[] {
  return text.split(',').map((cell, k) => {
    const v = parseNumberText(cell.trim());
    if (!Number.isFinite(v)) {
      throw new InvalidInputError(`--${option} "${text}": value ${k + 1} ('${cell.trim()}') is not a number.`);
    }
    return v;
  });
}

export function explain(argv: readonly string[], io: CliIo): Promise<number> {
  return runCommand(io, async () => {
    const args = parseArgs(argv, EXPLAIN_SPEC);
    if (args.help) {
      io.stdout.write(helpText(EXPLAIN_SPEC));
      return EXIT_OK;
    }
    const opts = args.options;
    if (opts.input !== undefined && opts.sample !== undefined) {
      throw new InvalidInputError('--sample and --input both choose the sample: give only one of them.');
    }
    if (opts.input !== undefined && opts.target === undefined) {
      throw new InvalidInputError('--input needs --target: the loss and the gradients need the right answer.');
    }
    const [projectArg] = args.positionals;
    const loaded = await loadProject(projectArg, io);
    for (const line of loaded.notes) io.stderr.write(`${line}\n`);
    const hasTrained = loaded.project.runs.some((r) => r.weights);
    const choice = typeof opts.run === 'string' ? opts.run : undefined;
    const trainHint = `npm run train -- ${projectArg} --out ${projectArg}`;
    const run: Run | null = choice !== undefined || hasTrained ? selectRun(loaded, choice, trainHint).run : null;
    const spec: DatasetSpec = run ? runDatasetSpec(loaded, run) : (loaded.project.dataset as DatasetSpec);
    const training: TrainingSettings = run ? run.settings.training : loaded.project.training;

    let prepared: PreparedData | null = null;
    const prepare = async (): Promise<PreparedData> => {
      prepared ??= prepareProjectData(spec, await loadDatasetResources(spec, loaded.path, loaded.label), loaded.label);
      return prepared;
    };
    let model: Model;
    let standardization: PreparedData['standardization'];
    let classNames: string[];
    if (run) {
      const trained = await loadTrainedModel(loaded, run);
      for (const line of trained.notes) io.stderr.write(`${line}\n`);
      model = trained.model;
      standardization = trained.transform.standardization ?? null;
      classNames = trained.transform.classNames ?? [];
    } else {
      const data = await prepare();
      const compiled = compile(loaded.project.graph, dataShapeOf(data.dataset));
      if (!compiled.plan) throw new InvalidInputError(compileProblemLines(compiled.problems, loaded));
      model = createRunModel(compiled.plan, training);
      standardization = data.standardization;
      classNames = data.dataset.classNames;
    }
    const sample =
      opts.input !== undefined
        ? inputSample(String(opts.input), String(opts.target), model, standardization, classNames)
        : trainingSample(await prepare(), typeof opts.sample === 'number' ? opts.sample : 0, loaded);
    const trace = traceSample(model, sample.x, sample.target, { l2: training.l2 ?? 0 });
    const update = explainUpdate(
      model,
      trace,
      { name: training.optimizer, learningRate: training.learningRate },
      ...chosenWeight(model, typeof opts.weight === 'string' ? opts.weight : undefined),
    );
    const weights = run ? { run: run.id } : { run: null, initial: `seed ${training.seed}` };
    if (opts.json) {
      io.stdout.write(`${JSON.stringify({ ...weights, sample, ...trace, update })}\n`);
    } else {
      io.stdout.write(textReport(model, sample, trace, update, run ? `run ${run.id}` : 'the seeded initial weights'));
    }
    return EXIT_OK;
  });
}

function trainingSample(data: PreparedData, index: number, loaded: LoadedProject): Sample {
  const train = data.split.train;
  if (index >= train.n) {
    throw new InvalidInputError(
      `--sample ${index}: ${loaded.label} has ${train.n} training rows, so give a number from 0 to ${train.n - 1}.`,
    );
  }
  const f = train.features;
  const yWidth = train.task === 'regression' ? train.targets : 1;
  return {
    source: 'training data',
    index,
    x: Array.from(train.x.subarray(index * f, (index + 1) * f)),
    target: Array.from(train.y.subarray(index * yWidth, (index + 1) * yWidth)),
  };
}

function inputSample(
  input: string,
  target: string,
  model: Model,
  standardization: PreparedData['standardization'],
  classNames: string[],
): Sample {
  const raw = numbersOf(input, 'input');
  if (raw.length !== model.inputWidth) {
    throw new InvalidInputError(
      `--input "${input}" has ${raw.length} values but the network's Input takes ${model.inputWidth}.`,
    );
  }
  const x = standardization ? Array.from(standardizeRows(Float32Array.from(raw), standardization)) : raw;
  const task = model.plan.dataShape.task;
  if (task === 'regression') {
    const y = numbersOf(target, 'target');
    if (y.length !== model.outputWidth) {
      throw new InvalidInputError(
        `--target "${target}" has ${y.length} values but the network predicts ${model.outputWidth}.`,
      );
    }
    return { source: 'input', x, target: y };
  }
  const classes = model.plan.dataShape.classes;
  let k = classNames.indexOf(target.trim());
  if (k < 0 && /^\d+$/.test(target.trim())) k = Number(target.trim());
  if (!(k >= 0 && k < classes)) {
    const names = classNames.length > 0 ? ` (${classNames.join(', ')})` : '';
    throw new InvalidInputError(
      `--target "${target}" is not a class of this network: give a class name${names} or a number from 0 to ${classes - 1}.`,
    );
  }
  return { source: 'input', x, target: [k] };
}

/** [nodeId, j, i] of --weight, or the first weight of the first layer. */
function chosenWeight(model: Model, text: string | undefined): [string, number, number | undefined] {
  const layers = model.plan.order.map((id) => model.plan.nodes[id]).filter((n) => n.paramCount > 0);
  if (text === undefined) return [layers[0].id, 0, 0];
  const known = layers.map((n) => n.id).join(', ');
  const parts = text.split(':');
  const layer = layers.find((n) => n.id === parts[0] || n.label === parts[0]);
  if (parts.length !== 3 || !layer) {
    throw new InvalidInputError(
      `--weight "${text}": write LAYER:I:J with a layer that has weights (${known}), input I (or b for the bias) and unit J, e.g. ${layers[0].id}:0:1.`,
    );
  }
  const j = Number(parts[2]);
  const i = parts[1] === 'b' ? undefined : Number(parts[1]);
  const inRange = (v: number, n: number) => Number.isInteger(v) && v >= 0 && v < n;
  if (!inRange(j, layer.width) || (i !== undefined && !inRange(i, layer.inputWidth))) {
    throw new InvalidInputError(
      `--weight "${text}": layer ${layer.id} has inputs 0 to ${layer.inputWidth - 1} (or b) and units 0 to ${layer.width - 1}.`,
    );
  }
  return [layer.id, j, i];
}

function textReport(model: Model, sample: Sample, trace: SampleTrace, update: WeightUpdate, weights: string): string {
  const out: string[] = [];
  const where = sample.index !== undefined ? `row ${sample.index} of the training data` : 'the given input';
  out.push(`Sample: ${where}, x = ${list(sample.x)}, target = ${list(sample.target)} (${weights})`, '', 'Forward');
  for (const node of trace.forward) {
    if (node.type === 'input') {
      out.push(`  ${node.label}: a = ${list(node.output)}`);
      continue;
    }
    out.push(`  ${node.label} (${node.type}${node.activation ? `, ${node.activation}` : ''})`);
    if (node.units) {
      out.push(`    z = ${list(node.units.map((u) => u.z))}`);
      if (node.softmax)
        out.push(`    e^(z − ${fmt(node.softmax.max)}) = ${list(node.softmax.exps)}, sum ${fmt(node.softmax.sum)}`);
    }
    if (node.parts) for (const p of node.parts) out.push(`    from ${p.from}: ${list(p.values)}`);
    if (node.mask) out.push(`    mask = ${list(node.mask)}`);
    out.push(`    a = ${list(node.output)}`);
  }
  const { loss } = trace;
  out.push(
    '',
    `Loss (${loss.name}): prediction ${list(loss.prediction)}, target ${list(loss.target)}, L = ${fmt(loss.value)}`,
    '',
    'Backward (δ = ∂L/∂z)',
  );
  for (const node of trace.backward) {
    const label = model.plan.nodes[node.nodeId].label;
    if (node.units) {
      const factors = node.units.map((u) =>
        u.fPrime === undefined ? fmt(u.delta) : `${fmt(u.dA)}·${fmt(u.fPrime)} = ${fmt(u.delta)}`,
      );
      out.push(`  ${label}: δ = [${factors.join(', ')}]`);
    } else {
      out.push(`  ${label}: ∂L/∂a = ${list(node.dOutput)}`);
    }
  }
  const weighted = trace.backward.filter((b) => b.kernelGrad);
  const shown = [...new Set([weighted[weighted.length - 1], weighted[0]])];
  out.push('', 'Gradients ∂L/∂w = x·δ (first and last layers; all of them with --json)');
  for (const node of shown) {
    const label = model.plan.nodes[node.nodeId].label;
    node.kernelGrad!.forEach((row, i) => out.push(`  ${label} w[${i}][·]: ${list(row)}`));
    if (node.biasGrad) out.push(`  ${label} b[·]: ${list(node.biasGrad)}`);
  }
  const name = `${model.plan.nodes[update.nodeId].label} ${update.i === undefined ? `b[${update.j}]` : `w[${update.i}][${update.j}]`}`;
  out.push('', `Update of ${name} (${update.optimizer}, η = ${fmt(update.lr)})`);
  out.push(`  w = ${fmt(update.w)}, ∂L/∂w = ${fmt(update.grad)}`);
  if (update.adam) {
    const a = update.adam;
    out.push(
      `  t = ${a.t}: m = ${fmt(a.m)}, v = ${fmt(a.v)}, m̂ = m/(1 − β₁ᵗ) = ${fmt(a.mHat)}, v̂ = v/(1 − β₂ᵗ) = ${fmt(a.vHat)}, α = ${fmt(a.alpha)}`,
    );
  } else if (update.after !== undefined) {
    out.push(`  state ${fmt(update.before!)} → ${fmt(update.after)}`);
  }
  out.push(`  w_new = w + (${fmt(update.step)}) = ${fmt(update.wNew)}`, '');
  return out.join('\n');
}
