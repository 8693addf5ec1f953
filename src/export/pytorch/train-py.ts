/**
 * `train.py`: the project's training recipe in PyTorch — the same data and split (data.csv), standardization
 * fitted on the training rows, batch size, epochs, optimizer with Layerwise's (Keras') update rules, L2 on
 * the weight matrices, early stopping and seed — printing the JSON lines of `npm run train -- --json`. It runs
 * on one process, or distributed unchanged under torchrun (DistributedDataParallel with a DistributedSampler;
 * gloo on CPUs, nccl on GPUs).
 */
import { OPTIMIZER_DEFAULTS } from '../../engine/optim/optimizer';
import { layerNames } from '../names';
import type { ExportSource } from '../source';
import { targetColumns } from './data-csv';
import { outputDescription } from './model-py';
import { comment, py, pyList } from './python';

/** The L2 coefficient of each weight matrix: the training-wide L2 plus the layer's own. */
export function l2ByWeight(source: ExportSource): Record<string, number> {
  const names = layerNames(source.plan);
  const global = source.training.l2 ?? 0;
  const l2: Record<string, number> = {};
  for (const id of source.plan.order) {
    const node = source.plan.nodes[id];
    if (node.type === 'dense') l2[`${names.get(id)}.weight`] = global + ((node.params.l2 as number | undefined) ?? 0);
    if (node.type === 'output') l2[`${names.get(id)}.weight`] = global;
  }
  return l2;
}

const OPTIMIZER_CODE: Record<string, string> = {
  sgd: 'torch.optim.SGD(params, lr=lr)',
  momentum: 'torch.optim.SGD(params, lr=lr, momentum=RECIPE["momentum"])',
  rmsprop: 'KerasRMSprop(params, lr=lr)',
  adagrad: 'KerasAdagrad(params, lr=lr)',
  adam: 'KerasAdam(params, lr=lr)',
};

/**
 * The Python class of a Keras-rule optimizer that keeps one state tensor per parameter (RMSprop, Adagrad):
 * the same constructor (lr, one hyperparameter with its default, eps) and loop over the parameters that have
 * a gradient; `update` is the body run for each parameter p, one Python line an entry.
 */
function kerasOneStateOptimizer(o: {
  name: string;
  doc: string;
  hyperparameter: [name: string, defaultValue: number];
  update: string[];
}): string {
  const [h, defaultValue] = o.hyperparameter;
  return `class ${o.name}(torch.optim.Optimizer):
    """${o.doc}"""

    def __init__(self, params, lr, ${h}=${defaultValue}, eps=${OPTIMIZER_DEFAULTS.epsilon}):
        super().__init__(params, dict(lr=lr, ${h}=${h}, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            for p in group["params"]:
                if p.grad is None:
                    continue
${o.update.map((line) => `                ${line}`).join('\n')}`;
}

export function trainPy(source: ExportSource, version: string): string {
  const { training, plan, dataset } = source;
  const out = outputDescription(source);
  const recipe = {
    optimizer: training.optimizer,
    learning_rate: training.learningRate,
    batch_size: training.batchSize,
    epochs: training.epochs,
    seed: training.seed,
    momentum: training.momentum ?? OPTIMIZER_DEFAULTS.momentum,
    early_stopping_patience: training.earlyStopping?.patience ?? null,
    // For reference: the split itself is data.csv's "split" column, as Layerwise made it.
    validation_split: dataset.validationSplit,
  };
  const l2 = l2ByWeight(source);
  const anyL2 = Object.values(l2).some((v) => v > 0);
  const classification = plan.dataShape.task === 'classification';
  const binary = plan.outputActivation === 'sigmoid';
  const targets = targetColumns(source);
  const standardized = source.transform.standardization !== undefined;

  return `"""Trains the network of ${JSON.stringify(comment(source.name))} in PyTorch, with the recipe it has in Layerwise.

    python train.py                        # one process: the GPU if there is one, else the CPU
    torchrun --nproc_per_node=4 train.py   # 4 processes (one per GPU), DistributedDataParallel

Exported by Layerwise ${version}. The data is data.csv: the rows Layerwise made, with a "split" column for
its training/validation split (replace it with your own rows in the same columns to train on real data).
${standardized ? 'The features are standardized inside the model with statistics of the training rows.\n' : ''}Each epoch prints one JSON line, as \`npm run train -- --json\` does, and the last line says how it ended:
    {"epoch": 1, "trainLoss": ..., "valLoss": ...${classification ? ', "trainAccuracy": ..., "valAccuracy": ...' : ''}}
    {"done": true, "end": "completed", "epochs": ${training.epochs}, "message": "..."}
The trained weights go to trained.safetensors (--out); load them with load_weights from model.py.
"""
import argparse
import copy
import csv
import hashlib
import json
import math
import os

import torch
import torch.distributed as dist
from torch import nn
from torch.nn.parallel import DistributedDataParallel
from torch.utils.data import DataLoader, DistributedSampler, TensorDataset

from model import CLASS_NAMES, FEATURE_NAMES, Network, load_weights, save_weights

RECIPE = {
${Object.entries(recipe)
  .map(([k, v]) => `    ${JSON.stringify(k)}: ${py(v)},`)
  .join('\n')}
}
# L2 penalty on each weight matrix (biases are not penalized): loss + l2 * sum(w ** 2), as in Layerwise.
L2 = ${py(l2)}
TARGET_COLUMNS = ${pyList(targets)}
EVALUATION_BATCH = 256


# Layerwise's optimizers follow Keras. torch.optim.Adam, RMSprop and Adagrad place epsilon differently (and
# Adagrad starts its accumulator at 0), which changes the first steps, so these three are written out here.
class KerasAdam(torch.optim.Optimizer):
    """w -= lr * sqrt(1 - b2^t) / (1 - b1^t) * m / (sqrt(v) + eps): epsilon before the bias correction."""

    def __init__(self, params, lr, betas=(${OPTIMIZER_DEFAULTS.beta1}, ${OPTIMIZER_DEFAULTS.beta2}), eps=${OPTIMIZER_DEFAULTS.epsilon}):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            b1, b2 = group["betas"]
            for p in group["params"]:
                if p.grad is None:
                    continue
                state = self.state[p]
                if not state:
                    state.update(t=0, m=torch.zeros_like(p), v=torch.zeros_like(p))
                state["t"] += 1
                t, m, v = state["t"], state["m"], state["v"]
                m.mul_(b1).add_(p.grad, alpha=1 - b1)
                v.mul_(b2).addcmul_(p.grad, p.grad, value=1 - b2)
                alpha = group["lr"] * math.sqrt(1 - b2**t) / (1 - b1**t)
                p.addcdiv_(m, v.sqrt().add_(group["eps"]), value=-alpha)


${kerasOneStateOptimizer({
  name: 'KerasRMSprop',
  doc: 's = rho * s + (1 - rho) * g^2;  w -= lr * g / sqrt(s + eps).',
  hyperparameter: ['rho', OPTIMIZER_DEFAULTS.rho],
  update: [
    's = self.state[p].setdefault("s", torch.zeros_like(p))',
    's.mul_(group["rho"]).addcmul_(p.grad, p.grad, value=1 - group["rho"])',
    'p.addcdiv_(p.grad, s.add(group["eps"]).sqrt(), value=-group["lr"])',
  ],
})}


${kerasOneStateOptimizer({
  name: 'KerasAdagrad',
  doc: `a += g^2 (a starts at ${OPTIMIZER_DEFAULTS.initialAccumulator});  w -= lr * g / sqrt(a + eps).`,
  hyperparameter: ['initial', OPTIMIZER_DEFAULTS.initialAccumulator],
  update: [
    'a = self.state[p].setdefault("a", torch.full_like(p, group["initial"]))',
    'a.addcmul_(p.grad, p.grad)',
    'p.addcdiv_(p.grad, a.add(group["eps"]).sqrt(), value=-group["lr"])',
  ],
})}


def make_optimizer(params, lr):
    return ${OPTIMIZER_CODE[training.optimizer]}


def read_data(path):
    """data.csv -> (train x, train y, validation x, validation y) as tensors."""
    rows = {"train": ([], []), "validation": ([], [])}
    with open(path, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            try:
                x = [float(row[name]) for name in FEATURE_NAMES]
${
  classification
    ? `                y = CLASS_NAMES.index(row[TARGET_COLUMNS[0]])`
    : `                y = [float(row[name]) for name in TARGET_COLUMNS]`
}
            except (KeyError, ValueError) as error:
                raise SystemExit(f"{path} line {line}: {error!r}; expected columns {FEATURE_NAMES + TARGET_COLUMNS}")
            xs, ys = rows[row.get("split") or "train"]
            xs.append(x)
            ys.append(y)

    def tensors(xs, ys):
        x = torch.tensor(xs, dtype=torch.float32).reshape(len(xs), len(FEATURE_NAMES))
${
  classification && !binary
    ? `        y = torch.tensor(ys, dtype=torch.long)  # class indices, as CrossEntropyLoss takes them`
    : classification
      ? `        y = torch.tensor(ys, dtype=torch.float32).reshape(-1, 1)  # 0 or 1, as BCEWithLogitsLoss takes them`
      : `        y = torch.tensor(ys, dtype=torch.float32).reshape(len(ys), len(TARGET_COLUMNS))`
}
        return x, y

    return (*tensors(*rows["train"]), *tensors(*rows["validation"]))


def l2_penalty(model):
    named = dict(model.named_parameters())
    return sum(l2 * (named[name] ** 2).sum() for name, l2 in L2.items() if l2 > 0)


@torch.no_grad()
def evaluate(model, loss_sum, x, y):
    """Mean loss (without the L2 term) and accuracy over a whole set, in eval mode (no dropout)."""
    if len(x) == 0:
        return float("nan"), float("nan")
    model.eval()
    total, correct = 0.0, 0
    for start in range(0, len(x), EVALUATION_BATCH):
        xb, yb = x[start : start + EVALUATION_BATCH], y[start : start + EVALUATION_BATCH]
        out = model(xb)
        total += loss_sum(out, yb).item()
${
  classification && !binary
    ? `        correct += (out.argmax(dim=1) == yb).sum().item()`
    : classification
      ? `        correct += ((torch.sigmoid(out) > 0.5) == (yb > 0.5)).sum().item()`
      : `        pass`
}
    return total / y.numel(), correct / len(x)


def weights_checksum(model):
    digest = hashlib.sha256()
    for name, t in model.state_dict().items():
        digest.update(name.encode())
        digest.update(t.detach().cpu().contiguous().numpy().tobytes())
    return digest.hexdigest()[:16]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="data.csv", help="the rows to train on (default data.csv)")
    parser.add_argument("--epochs", type=int, default=RECIPE["epochs"])
    parser.add_argument("--init", help="start from these weights (a .safetensors file) instead of a fresh seeded init")
    parser.add_argument("--out", default="trained.safetensors", help="where rank 0 writes the trained weights")
    parser.add_argument("--no-shuffle", action="store_true", help="feed the training rows in file order every epoch")
    args = parser.parse_args()

    # torchrun sets RANK, LOCAL_RANK and WORLD_SIZE (and MASTER_ADDR/PORT); without them this is one process.
    distributed = "WORLD_SIZE" in os.environ and int(os.environ["WORLD_SIZE"]) > 1
    rank, world = 0, 1
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if distributed:
        dist.init_process_group("nccl" if torch.cuda.is_available() else "gloo")
        rank, world = dist.get_rank(), dist.get_world_size()
        if torch.cuda.is_available():
            device = torch.device("cuda", int(os.environ.get("LOCAL_RANK", 0)))
            torch.cuda.set_device(device)

    torch.manual_seed(RECIPE["seed"])
    x_train, y_train, x_val, y_val = read_data(args.data)
    model = Network()
${standardized ? '    model.standardize.fit(x_train)  # training rows only, so nothing of the validation set leaks in\n' : ''}    if args.init:
        load_weights(model, args.init)
    model.to(device)
    x_train, y_train, x_val, y_val = (t.to(device) for t in (x_train, y_train, x_val, y_val))

    train_set = TensorDataset(x_train, y_train)
    if distributed:
        # Each process trains on its share of every batch; DDP averages the gradients, so the global batch
        # stays the recipe's batch size.
        sampler = DistributedSampler(train_set, shuffle=not args.no_shuffle, seed=RECIPE["seed"])
        batch = max(1, RECIPE["batch_size"] // world)
        loader = DataLoader(train_set, batch_size=batch, sampler=sampler)
        net = DistributedDataParallel(model, device_ids=[device.index] if device.type == "cuda" else None)
    else:
        sampler = None
        generator = torch.Generator().manual_seed(RECIPE["seed"])
        loader = DataLoader(train_set, batch_size=RECIPE["batch_size"], shuffle=not args.no_shuffle, generator=generator)
        net = model

    loss_fn = ${out.loss}
    loss_sum = ${out.loss.replace('()', '(reduction="sum")')}
    optimizer = make_optimizer(model.parameters(), RECIPE["learning_rate"])
    patience = RECIPE["early_stopping_patience"]
    best = {"loss": math.inf, "epoch": 0, "state": None}
    waited = 0
    end, message, epochs_done = "completed", f"Trained for {args.epochs} epoch{'s' if args.epochs != 1 else ''}.", 0

    for epoch in range(1, args.epochs + 1):
        if sampler is not None:
            sampler.set_epoch(epoch)
        net.train()
        for xb, yb in loader:
            optimizer.zero_grad()
            loss = loss_fn(net(xb), yb)${anyL2 ? ' + l2_penalty(model)' : ''}
            loss.backward()
            optimizer.step()
        train_loss, train_acc = evaluate(model, loss_sum, x_train, y_train)
        val_loss, val_acc = evaluate(model, loss_sum, x_val, y_val)
        if not math.isfinite(train_loss) or (len(x_val) and not math.isfinite(val_loss)):
            end, message = "diverged", f"Training diverged at epoch {epoch}: try a learning rate 10x lower."
            break
        epochs_done = epoch
        if rank == 0:
            line = {"epoch": epoch, "trainLoss": train_loss, "valLoss": val_loss if len(x_val) else None}
${classification ? '            line.update(trainAccuracy=train_acc, valAccuracy=val_acc if len(x_val) else None)\n' : ''}            print(json.dumps(line), flush=True)
        if patience:
            monitored = val_loss if len(x_val) else train_loss
            if monitored < best["loss"]:
                best.update(loss=monitored, epoch=epoch, state=copy.deepcopy(model.state_dict()))
                waited = 0
            else:
                waited += 1
                if waited >= patience:
                    model.load_state_dict(best["state"])
                    message = (
                        f"Stopped early at epoch {epoch}: the loss had not improved for {patience} epochs. "
                        f"Restored the weights from epoch {best['epoch']}."
                    )
                    break

    if rank == 0:
        save_weights(model, args.out, metadata={"epochs": str(epochs_done)})
    done = {"done": True, "end": end, "epochs": epochs_done, "message": message}
    if distributed:
        done.update(rank=rank, worldSize=world, weightsChecksum=weights_checksum(model))
    print(json.dumps(done), flush=True)
    if distributed:
        dist.destroy_process_group()


if __name__ == "__main__":
    main()
`;
}
