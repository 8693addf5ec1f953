/**
 * Names for the layers of an export, made from the node labels the user sees on the canvas ("Hidden 1" →
 * `hidden_1`), so a PyTorch attribute, an ONNX value and a TF.js layer all carry the name of the node it
 * came from. Names are snake_case identifiers, unique within a network, and never a Python keyword or an
 * attribute `torch.nn.Module` already has.
 */
import type { Plan } from '../engine/types';

const PYTHON_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from ' +
    'global if import in is lambda nonlocal not or pass raise return try while with yield'
  ).split(' '),
);

/** Attributes and locals the generated code uses itself, or that nn.Module defines. */
const TAKEN = new Set(
  (
    'x self torch nn F forward training train eval parameters buffers children modules state_dict ' +
    'load_state_dict apply to cuda cpu type float double half zero_grad register_buffer add_module ' +
    'named_parameters named_buffers named_children named_modules requires_grad_ standardize predict ' +
    'reset_parameters logits features probabilities prediction standardized'
  ).split(' '),
);

/** "Hidden 1" → "hidden_1"; "2nd layer" → "layer_2nd"; empty or symbol-only labels fall back to `fallback`. */
export function snakeName(label: string, fallback: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  if (words.length === 0) return fallback;
  if (/^[0-9]/.test(words[0])) words.push(words.shift()!);
  const name = words.join('_');
  return /^[0-9]/.test(name) ? `${fallback}_${name}` : name;
}

/** A unique identifier per plan node (the input node included), in plan order. */
export function layerNames(plan: Plan): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const id of plan.order) {
    const node = plan.nodes[id];
    let base = snakeName(node.label, node.type);
    if (PYTHON_KEYWORDS.has(base) || TAKEN.has(base)) base = `${base}_layer`;
    let name = base;
    for (let k = 2; used.has(name); k++) name = `${base}_${k}`;
    used.add(name);
    names.set(id, name);
  }
  return names;
}
