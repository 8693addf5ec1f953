import { describe, expect, it } from 'vitest';
import { compile } from '../../../src/engine/compile';
import { graphReaches } from '../../../src/engine/compile/structure';
import { initialParams, NODE_KINDS } from '../../../src/engine/nodeKinds';
import { NODE_TYPES, type GraphNode, type NodeType } from '../../../src/engine/types';
import {
  DenseParamsSchema,
  DropoutParamsSchema,
  MAX_DENSE_UNITS,
  MAX_DROPOUT_RATE,
} from '../../../src/project/schema-graph';
import { binary2d, chain, dense, edges, input, output } from './graphs';

const fresh = (type: NodeType, id: string): GraphNode => ({ id, type, params: initialParams(type) });

describe('node kinds', () => {
  it('gives every kind initial parameters that compile without a problem', () => {
    for (const type of NODE_TYPES) {
      if (type === 'input' || type === 'output') continue;
      const nodes = [input(), dense('a', 3), dense('b', 3), fresh(type, 'x'), output()];
      const links =
        NODE_KINDS[type].fanIn.min === 2 ? ['in>a', 'in>b', 'a>x', 'b>x', 'x>out'] : ['in>a', 'a>x', 'x>out'];
      const r = compile({ nodes, edges: edges(...links) }, binary2d);
      expect(
        r.problems.filter((p) => p.nodeId === 'x'),
        type,
      ).toEqual([]);
    }
    const ends = compile(chain([fresh('input', 'in'), dense('h', 3), fresh('output', 'out')]), binary2d);
    expect(ends.problems).toEqual([]);
  });

  it('lets the compiler fill in exactly the parameters it declares optional', () => {
    const plan = compile(chain([input(), fresh('dense', 'h'), output()]), binary2d).plan!;
    expect(plan.nodes.h.params).toEqual({
      units: NODE_KINDS.dense.params.units.initial,
      activation: NODE_KINDS.dense.params.activation.initial,
      useBias: NODE_KINDS.dense.params.useBias.absent,
      l2: NODE_KINDS.dense.params.l2.absent,
    });
  });

  it('agrees with the project file on every range (the format may not import engine values)', () => {
    const units = NODE_KINDS.dense.params.units;
    const l2 = NODE_KINDS.dense.params.l2;
    const rate = NODE_KINDS.dropout.params.rate;
    expect([units.min, units.max]).toEqual([1, MAX_DENSE_UNITS]);
    expect(rate.max).toBe(MAX_DROPOUT_RATE);
    const denseOk = (p: Record<string, unknown>) => DenseParamsSchema.safeParse({ activation: 'relu', ...p }).success;
    expect(denseOk({ units: units.max, l2: l2.max })).toBe(true);
    expect(denseOk({ units: units.max + 1 })).toBe(false);
    expect(denseOk({ units: units.min - 1 })).toBe(false);
    expect(denseOk({ units: 1, l2: l2.max + 0.01 })).toBe(false);
    expect(denseOk({ units: 1, l2: l2.min - 0.01 })).toBe(false);
    expect(DropoutParamsSchema.safeParse({ rate: rate.max }).success).toBe(true);
    expect(DropoutParamsSchema.safeParse({ rate: rate.max + 0.01 }).success).toBe(false);
  });

  it('reports an L2 strength above the range as the file format does', () => {
    const r = compile(chain([input(), dense('h', 3, 'tanh', { l2: 1.5 }), output()]), binary2d);
    expect(r.problems.map((p) => p.code)).toEqual(['bad-l2']);
  });
});

describe('graphReaches', () => {
  const g = { nodes: [input(), dense('a', 2), dense('b', 2), output()], edges: edges('in>a', 'a>b', 'b>out') };

  it('follows edges forward only', () => {
    expect(graphReaches(g, 'in', 'out')).toBe(true);
    expect(graphReaches(g, 'a', 'b')).toBe(true);
    expect(graphReaches(g, 'b', 'a')).toBe(false);
    expect(graphReaches(g, 'out', 'in')).toBe(false);
  });

  it('answers false for a node that is not in the graph', () => {
    expect(graphReaches(g, 'gone', 'out')).toBe(false);
  });
});
