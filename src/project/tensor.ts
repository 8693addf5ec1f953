/**
 * Trained weights in a project file: `{ "shape": [2, 4], "data": "<base64 of little-endian float32>" }`.
 * Base64 of raw float32 is exact (every bit survives, unlike decimal text) and about 4× smaller than JSON
 * numbers. Byte order is fixed explicitly through DataView, so files move between machines unchanged.
 */
import type { Tensor, WeightsByNode } from '../engine/types';
import { base64ToBytes, bytesToBase64 } from './base64';
import { ProjectSaveError } from './errors';
import { setOwn } from './paths';
import { schemaIssueMessage, type SchemaIssueCode, type SchemaIssueParams } from './schema-issues';

/** Whether this machine stores floats little-endian, as the file does (then the bytes need no reordering). */
const LITTLE_ENDIAN = new Uint8Array(new Float32Array([1]).buffer)[3] === 0x3f;

/** A tensor as stored in the file. */
export interface TensorJson {
  shape: number[];
  data: string;
}

export type WeightsJson = Record<string, { kernel: TensorJson; bias?: TensorJson }>;

/** Number of elements a shape holds; 1 for the empty shape (a scalar). */
export function shapeSize(shape: readonly number[]): number {
  let size = 1;
  for (const d of shape) size *= d;
  return size;
}

/** Index of the first NaN or ±Infinity in `data`, or -1 when every value is finite. */
export function firstNonFinite(data: Float32Array): number {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) return i;
  return -1;
}

/**
 * Encodes a tensor for the file. Throws ProjectSaveError when the shape does not match the data or a value
 * is not finite; `where` names the tensor in that message ("Run 'r1', node 'h1' kernel").
 */
export function encodeTensor(tensor: Tensor, where = 'A tensor'): TensorJson {
  const { shape, data } = tensor;
  if (shapeSize(shape) !== data.length) {
    throw new ProjectSaveError(
      `${where} has shape [${shape.join(', ')}] (${shapeSize(shape)} values) but holds ${data.length} values, so it cannot be saved.`,
      '',
    );
  }
  const bad = firstNonFinite(data);
  if (bad >= 0) {
    throw new ProjectSaveError(
      `${where} holds ${String(data[bad])} at index ${bad}; only finite numbers can be saved. ` +
        'The training probably diverged: lower the learning rate, train again, and save the new run.',
      '',
    );
  }
  let bytes: Uint8Array;
  if (LITTLE_ENDIAN) {
    bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength); // already the file's byte order
  } else {
    bytes = new Uint8Array(data.length * 4);
    const view = new DataView(bytes.buffer);
    for (let i = 0; i < data.length; i++) view.setFloat32(i * 4, data[i], true);
  }
  return { shape: [...shape], data: bytesToBase64(bytes) };
}

/** What is wrong with a stored tensor: which field, a sentence fragment, and the same as a code and parameters. */
export interface TensorFailure {
  ok: false;
  field: 'shape' | 'data';
  reason: string;
  code: SchemaIssueCode;
  params: SchemaIssueParams;
}

function dataFailure(code: SchemaIssueCode, params: SchemaIssueParams): TensorFailure {
  return { ok: false, field: 'data', reason: schemaIssueMessage(code, params), code, params };
}

/** Decodes a stored tensor, or says what is wrong with it. */
export function decodeTensorResult(json: TensorJson): { ok: true; tensor: Tensor } | TensorFailure {
  const size = shapeSize(json.shape);
  const decoded = base64ToBytes(json.data);
  if (!decoded.ok) return dataFailure(decoded.code, decoded.params);
  const { bytes } = decoded;
  if (bytes.length !== size * 4) {
    return dataFailure('schema-tensor-bytes', {
      bytes: bytes.length,
      shape: json.shape.join(', '),
      size,
      sizeBytes: size * 4,
    });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const data = new Float32Array(size);
  for (let i = 0; i < size; i++) data[i] = view.getFloat32(i * 4, true);
  const bad = firstNonFinite(data);
  if (bad >= 0) {
    return dataFailure('schema-tensor-finite', { value: String(data[bad]), index: bad });
  }
  return { ok: true, tensor: { shape: [...json.shape], data } };
}

/** Decodes a stored tensor; throws an Error with a readable reason when it is damaged. */
export function decodeTensor(json: TensorJson): Tensor {
  const result = decodeTensorResult(json);
  if (!result.ok) throw new Error(`The tensor's ${result.field} ${result.reason}.`);
  return result.tensor;
}

/** Encodes every node's weights. `owner` names the run in messages ("Run 'r1'"). */
export function encodeWeights(weights: WeightsByNode, owner = 'The weights'): WeightsJson {
  const out: WeightsJson = {};
  for (const nodeId of Object.keys(weights)) {
    const entry = weights[nodeId];
    const name = `${owner}, node '${nodeId}'`;
    const encoded: WeightsJson[string] = { kernel: encodeTensor(entry.kernel, `${name} kernel`) };
    if (entry.bias !== undefined) encoded.bias = encodeTensor(entry.bias, `${name} bias`);
    setOwn(out, nodeId, encoded);
  }
  return out;
}

/** Decodes every node's weights; throws an Error naming the node when one is damaged. */
export function decodeWeights(json: WeightsJson): WeightsByNode {
  const out: WeightsByNode = {};
  for (const nodeId of Object.keys(json)) {
    const entry = json[nodeId];
    const decode = (t: TensorJson, part: string): Tensor => {
      const r = decodeTensorResult(t);
      if (!r.ok) throw new Error(`The ${part} of node '${nodeId}': its ${r.field} ${r.reason}.`);
      return r.tensor;
    };
    const decoded: WeightsByNode[string] = { kernel: decode(entry.kernel, 'kernel') };
    if (entry.bias !== undefined) decoded.bias = decode(entry.bias, 'bias');
    setOwn(out, nodeId, decoded);
  }
  return out;
}
