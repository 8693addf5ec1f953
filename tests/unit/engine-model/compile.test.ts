import { describe, expect, it } from 'vitest';
import { compile, nodeDisplayName } from '../../../src/engine/compile';
import type { CompileResult, Graph } from '../../../src/engine/types';
import {
  act,
  add,
  binary2d,
  chain,
  concat,
  dense,
  dropout,
  edges,
  input,
  output,
  regression1d,
  threeClasses,
} from './graphs';

const errors = (r: CompileResult) => r.problems.filter((p) => p.severity === 'error');
const warnings = (r: CompileResult) => r.problems.filter((p) => p.severity === 'warning');
const codes = (r: CompileResult) =>
  errors(r)
    .map((p) => p.code)
    .sort();

describe('compile: a valid network', () => {
  it('orders nodes, infers shapes and counts parameters', () => {
    const r = compile(chain([input(), dense('h1', 8), dense('h2', 4, 'relu', { useBias: false }), output()]), binary2d);
    expect(r.problems).toEqual([]);
    expect(r.plan).not.toBeNull();
    const plan = r.plan!;
    expect(plan.order).toEqual(['in', 'h1', 'h2', 'out']);
    expect(r.nodes.in.shape).toEqual([2]);
    expect(r.nodes.h1).toEqual({ shape: [8], params: 2 * 8 + 8 });
    expect(r.nodes.h2).toEqual({ shape: [4], params: 8 * 4 });
    expect(r.nodes.out).toEqual({ shape: [1], params: 4 + 1 });
    expect(r.totalParams).toBe(24 + 32 + 5);
    expect(plan.totalParams).toBe(61);
    expect(plan.nodes.h2.paramOffset).toBe(24);
    expect(plan.nodes.out.paramOffset).toBe(56);
    expect(plan.nodes.h2.params).toEqual({ units: 4, activation: 'relu', useBias: false, l2: 0 });
    expect(plan.nodes.h1.params).toMatchObject({ useBias: true });
    expect(plan.loss).toBe('binaryCrossEntropy');
    expect(plan.outputActivation).toBe('sigmoid');
  });

  it('gives the output its width from the data', () => {
    const soft2 = compile(chain([input(), dense('h', 3), output('softmax', 'crossEntropy')]), binary2d);
    expect(soft2.nodes.out.shape).toEqual([2]);
    const multi = compile(chain([input(), dense('h', 3), output('softmax', 'crossEntropy')]), threeClasses);
    expect(multi.nodes.in.shape).toEqual([4]);
    expect(multi.nodes.out.shape).toEqual([3]);
    const reg = compile(chain([input(), dense('h', 3), output('linear', 'mse')]), { ...regression1d, targets: 2 });
    expect(reg.nodes.out.shape).toEqual([2]);
    expect(reg.plan).not.toBeNull();
  });

  it('handles add and concat, keeping concat inputs in edge order', () => {
    const g: Graph = {
      nodes: [input(), dense('a', 4), dense('b', 4), dense('c', 3), add('sum'), concat('cat'), output()],
      edges: edges('in>a', 'in>b', 'in>c', 'a>sum', 'b>sum', 'c>cat', 'sum>cat', 'cat>out'),
    };
    const r = compile(g, binary2d);
    expect(r.problems).toEqual([]);
    expect(r.nodes.sum.shape).toEqual([4]);
    expect(r.nodes.cat.shape).toEqual([7]);
    expect(r.plan!.nodes.cat.inputs).toEqual(['c', 'sum']);
    expect(r.plan!.nodes.cat.inputWidth).toBe(7);
    expect(r.nodes.out.params).toBe(8);
    const order = r.plan!.order;
    for (const e of g.edges) expect(order.indexOf(e.source)).toBeLessThan(order.indexOf(e.target));
  });

  it('passes shapes through activation and dropout layers', () => {
    const r = compile(
      chain([input(), dense('h', 5, 'linear'), act('a', 'relu'), dropout('d', 0.5), output()]),
      binary2d,
    );
    expect(r.problems).toEqual([]);
    expect(r.nodes.a.shape).toEqual([5]);
    expect(r.nodes.d).toEqual({ shape: [5], params: 0 });
  });
});

describe('compile: structural errors', () => {
  it('names a dense layer with no input, by label', () => {
    const h2 = { ...dense('h2', 4), label: 'Hidden 2' };
    const g: Graph = {
      nodes: [input(), dense('h1', 4), h2, add('a'), output()],
      edges: edges('in>h1', 'h1>a', 'h2>a', 'a>out'),
    };
    const r = compile(g, binary2d);
    const p = errors(r).find((q) => q.code === 'no-input')!;
    expect(p.message).toBe("Dense layer 'Hidden 2' has no input: connect a layer into it.");
    expect(p.nodeId).toBe('h2');
    expect(r.plan).toBeNull();
    // Shapes still known where they can be.
    expect(r.nodes.h1).toEqual({ shape: [4], params: 12 });
    expect(r.nodes.a.shape).toEqual([4]);
    expect(r.nodes.out.params).toBe(5);
  });

  it('reports a cycle spelled out with node names', () => {
    const g: Graph = {
      nodes: [input(), dense('h1', 4), dense('h2', 4), add('a'), output()],
      edges: edges('in>a', 'a>h1', 'h1>h2', 'h2>a', 'h2>out'),
    };
    const r = compile(g, binary2d);
    const cycle = errors(r).filter((p) => p.code === 'cycle');
    expect(cycle).toHaveLength(1);
    expect(cycle[0].message).toMatch(/^The graph has a cycle: a → h1 → h2 → a\./);
    expect(cycle[0].edgeId).toBe('e4');
    expect(r.plan).toBeNull();
    expect(r.nodes.h1.shape).toEqual([4]);
  });

  it('reports a two-node cycle as in the example', () => {
    const g: Graph = {
      nodes: [input(), dense('h1', 4), dense('h2', 4), output()],
      edges: edges('h1>h2', 'h2>h1', 'in>out'),
    };
    const r = compile(g, binary2d);
    expect(errors(r).find((p) => p.code === 'cycle')!.message).toMatch(/^The graph has a cycle: h1 → h2 → h1/);
  });

  it('rejects add of mismatched shapes', () => {
    const a1 = { ...add('a1') };
    const g: Graph = {
      nodes: [input(), dense('x', 8), dense('y', 4), a1, output()],
      edges: edges('in>x', 'in>y', 'x>a1', 'y>a1', 'a1>out'),
    };
    const r = compile(g, binary2d);
    const p = errors(r).find((q) => q.code === 'shape-mismatch')!;
    expect(p.message).toMatch(/^Add 'a1' joins shapes \[8\] and \[4\]; they must match/);
    expect(p.nodeId).toBe('a1');
    expect(r.nodes.a1.shape).toBeUndefined();
    expect(r.nodes.out.shape).toEqual([1]);
  });

  it('says when nothing connects Input to Output', () => {
    const r = compile({ nodes: [input(), dense('h', 3), output()], edges: edges('in>h') }, binary2d);
    expect(codes(r)).toEqual(['no-path']);
    expect(errors(r)[0].message).toMatch(/^Nothing connects Input to Output/);
  });

  it('requires exactly one input and one output', () => {
    expect(codes(compile(chain([dense('h', 3), output()]), binary2d))).toContain('missing-input-node');
    expect(codes(compile(chain([input(), dense('h', 3)]), binary2d))).toContain('missing-output-node');
    const twoIn: Graph = { nodes: [input(), input('in2'), dense('h', 3), output()], edges: edges('in>h', 'h>out') };
    expect(errors(compile(twoIn, binary2d)).find((p) => p.code === 'multiple-inputs')!.nodeId).toBe('in2');
    const twoOut: Graph = {
      nodes: [input(), dense('h', 3), output(), output('sigmoid', 'binaryCrossEntropy', 'out2')],
      edges: edges('in>h', 'h>out', 'h>out2'),
    };
    expect(errors(compile(twoOut, binary2d)).find((p) => p.code === 'multiple-outputs')!.nodeId).toBe('out2');
  });

  it('rejects two edges into a single-input layer, for every such layer type', () => {
    for (const node of [
      dense('t', 3),
      act('t', 'relu'),
      dropout('t', 0.2),
      output('sigmoid', 'binaryCrossEntropy', 't'),
    ]) {
      const tail = node.type === 'output' ? [] : [output()];
      const g: Graph = {
        nodes: [input(), dense('a', 3), dense('b', 3), node, ...tail],
        edges: edges('in>a', 'in>b', 'a>t', 'b>t', ...(tail.length ? ['t>out'] : [])),
      };
      const r = compile(g, binary2d);
      const p = errors(r).find((q) => q.code === 'too-many-inputs');
      expect(p, node.type).toBeDefined();
      expect(p!.nodeId).toBe('t');
      expect(p!.edgeId).toBe('e4');
      expect(p!.message).toMatch(/takes one input but 2 are connected/);
    }
  });

  it('needs at least two inputs into add and concat', () => {
    for (const merge of [add('m'), concat('m')]) {
      const r = compile(chain([input(), dense('h', 3), merge, output()]), binary2d);
      const p = errors(r).find((q) => q.code === 'merge-needs-two')!;
      expect(p.nodeId).toBe('m');
      expect(r.nodes.m.shape).toEqual([3]);
    }
  });

  it('rejects connections into Input and out of Output', () => {
    const g: Graph = {
      nodes: [input(), dense('h', 3), dense('z', 2), output()],
      edges: edges('in>h', 'h>out', 'z>in', 'out>z'),
    };
    const c = codes(compile(g, binary2d));
    expect(c).toContain('input-has-incoming');
    expect(c).toContain('output-has-outgoing');
  });

  it('reports edges to missing nodes and repeated edges', () => {
    const g: Graph = { nodes: [input(), dense('h', 3), output()], edges: edges('in>h', 'h>out', 'ghost>h', 'in>h') };
    const r = compile(g, binary2d);
    expect(errors(r).find((p) => p.code === 'dangling-edge')!.edgeId).toBe('e3');
    expect(errors(r).find((p) => p.code === 'duplicate-edge')!.edgeId).toBe('e4');
  });

  it('reports duplicate node ids', () => {
    const r = compile(chain([input(), dense('h', 3), dense('h', 3), output()]), binary2d);
    expect(codes(r)).toContain('duplicate-id');
  });
});

describe('compile: unreachable nodes are warnings', () => {
  it('warns about a dead-end branch and a loose node, and still builds the plan', () => {
    const g: Graph = {
      nodes: [input(), dense('h', 3), dense('dead', 2), dense('loose', 5), output()],
      edges: edges('in>h', 'h>out', 'h>dead'),
    };
    const r = compile(g, binary2d);
    expect(errors(r)).toEqual([]);
    const w = warnings(r);
    expect(w.map((p) => [p.code, p.nodeId])).toEqual([
      ['unreachable', 'dead'],
      ['unreachable', 'loose'],
    ]);
    expect(w[0].message).toMatch(/does not lead to Output/);
    expect(w[1].message).toBe(
      "Dense layer 'loose' is not connected to Input, so training ignores it: connect it or delete it.",
    );
    expect(r.plan!.order).toEqual(['in', 'h', 'out']);
    expect(r.totalParams).toBe(9 + 4);
    expect(r.nodes.dead).toEqual({ shape: [2], params: 8 });
  });

  it('does not let a bad parameter on an ignored node block training', () => {
    const g: Graph = { nodes: [input(), dense('h', 3), dense('loose', 0), output()], edges: edges('in>h', 'h>out') };
    const r = compile(g, binary2d);
    expect(r.plan).not.toBeNull();
    expect(warnings(r).some((p) => p.code === 'bad-units')).toBe(true);
  });
});

describe('compile: parameters', () => {
  const one = (node: ReturnType<typeof dense>) => compile(chain([input(), node, output()]), binary2d);

  it('validates units', () => {
    for (const units of [0, 4097, 2.5, '8', undefined])
      expect(codes(one(dense('h', units as number)))).toEqual(['bad-units']);
    expect(codes(one(dense('h', 4096)))).toEqual([]);
    expect(errors(one(dense('h', 0)))[0].message).toBe(
      "Dense layer 'h' has 0 units: use a whole number from 1 to 4096.",
    );
  });

  it('validates activation names and keeps softmax to the output', () => {
    expect(codes(one(dense('h', 3, 'swish')))).toEqual(['bad-activation']);
    expect(codes(one(act('h', 'nope')))).toEqual(['bad-activation']);
    expect(codes(one(dense('h', 3, 'softmax')))).toEqual(['softmax-hidden']);
    expect(codes(one(act('h', 'softmax')))).toEqual(['softmax-hidden']);
    for (const a of ['linear', 'sigmoid', 'tanh', 'relu', 'leakyRelu', 'elu', 'gelu'])
      expect(codes(one(dense('h', 3, a)))).toEqual([]);
  });

  it('validates the dropout rate', () => {
    for (const rate of [-0.1, 0.96, Number.NaN, '0.5'])
      expect(codes(one(dropout('h', rate as number)))).toEqual(['bad-rate']);
    for (const rate of [0, 0.5, 0.95]) expect(codes(one(dropout('h', rate)))).toEqual([]);
  });

  it('validates l2 and useBias', () => {
    expect(codes(one(dense('h', 3, 'tanh', { l2: -1 })))).toEqual(['bad-l2']);
    expect(codes(one(dense('h', 3, 'tanh', { useBias: 'yes' })))).toEqual(['bad-param']);
  });

  it('validates the output activation and loss against the task, saying what to use', () => {
    const net = (a: string, l: string, shape = binary2d) =>
      compile(chain([input(), dense('h', 3), output(a, l)]), shape);
    expect(codes(net('sigmoid', 'binaryCrossEntropy'))).toEqual([]);
    expect(codes(net('softmax', 'crossEntropy'))).toEqual([]);
    expect(errors(net('softmax', 'binaryCrossEntropy'))[0].message).toMatch(
      /use sigmoid with binary cross-entropy \(1 unit\) or softmax with cross-entropy \(2 units\)/,
    );
    expect(errors(net('sigmoid', 'binaryCrossEntropy', { ...threeClasses, features: 2 }))[0].message).toBe(
      "Binary cross-entropy needs one output unit but the dataset has 3 classes: use softmax with cross-entropy on Output 'out'.",
    );
    expect(codes(net('softmax', 'crossEntropy', threeClasses))).toEqual([]);
    expect(codes(net('sigmoid', 'crossEntropy', threeClasses))).toEqual(['loss-mismatch']);
    expect(codes(net('linear', 'mse', regression1d))).toEqual([]);
    expect(errors(net('sigmoid', 'binaryCrossEntropy', regression1d))[0].message).toMatch(
      /use a linear output with mean squared error/,
    );
    expect(codes(net('relu', 'mse', regression1d))).toEqual(['bad-activation']);
    expect(codes(net('linear', 'hinge', regression1d))).toEqual(['bad-loss']);
  });

  it('lets mean squared error train on classes, with a warning that says what usually works better', () => {
    const net = (a: string, shape = binary2d) => compile(chain([input(), dense('h', 3), output(a, 'mse')]), shape);
    for (const [activation, shape, better] of [
      ['sigmoid', binary2d, /sigmoid with binary cross-entropy usually learns faster, because/],
      ['softmax', threeClasses, /softmax with cross-entropy usually learns faster, because/],
      ['linear', threeClasses, /one-hot class targets .*softmax with cross-entropy usually works better, because/],
      ['sigmoid', threeClasses, /sigmoid with binary cross-entropy usually/],
    ] as const) {
      const result = net(activation, shape);
      expect(result.plan, activation).not.toBeNull();
      expect(result.problems.map((p) => [p.severity, p.code, p.nodeId])).toEqual([['warning', 'loss-unusual', 'out']]);
      expect(result.problems[0].message).toMatch(better);
    }
    // Binary cross-entropy on 3 classes cannot be computed, so it stays an error.
    expect(errors(net2('sigmoid', 'binaryCrossEntropy'))).toHaveLength(1);
    function net2(a: string, l: string) {
      return compile(chain([input(), dense('h', 3), output(a, l)]), { ...threeClasses, features: 2 });
    }
  });

  it('reports a dataset shape it cannot build for', () => {
    expect(codes(compile(chain([input(), output()]), { features: 0, task: 'classification', classes: 2 }))).toEqual([
      'data-shape',
    ]);
    expect(codes(compile(chain([input(), output()]), { features: 2, task: 'classification', classes: 1 }))).toEqual([
      'data-shape',
    ]);
  });
});

describe('nodeDisplayName', () => {
  it('uses the label when present, else the id', () => {
    expect(nodeDisplayName({ id: 'h1', label: 'Hidden' })).toBe('Hidden');
    expect(nodeDisplayName({ id: 'h1', label: '  ' })).toBe('h1');
    expect(nodeDisplayName({ id: 'h1' })).toBe('h1');
  });
});

describe('compile: speed', () => {
  it('compiles a 200-node graph in plan order, and reports how long it takes', () => {
    // A chain of residual blocks: dense → dense → add(skip), plus concat joins, ~200 nodes.
    const nodes = [input(), dense('d0', 16)];
    const pairs: string[] = ['in>d0'];
    let prev = 'd0';
    for (let b = 0; nodes.length < 198; b++) {
      nodes.push(dense(`a${b}`, 16, 'relu'), dense(`b${b}`, 16, 'tanh'), add(`s${b}`));
      pairs.push(`${prev}>a${b}`, `a${b}>b${b}`, `b${b}>s${b}`, `${prev}>s${b}`);
      prev = `s${b}`;
    }
    nodes.push(output());
    pairs.push(`${prev}>out`);
    const g: Graph = { nodes, edges: edges(...pairs) };
    expect(g.nodes.length).toBeGreaterThanOrEqual(199);
    const c0 = performance.now();
    compile(g, binary2d);
    const cold = performance.now() - c0;
    // The editor recompiles on every edit, so the figure that matters is the warmed-up one.
    for (let i = 0; i < 30; i++) compile(g, binary2d);
    const runs = 50;
    const t0 = performance.now();
    let r: CompileResult | undefined;
    for (let i = 0; i < runs; i++) r = compile(g, binary2d);
    const ms = (performance.now() - t0) / runs;
    console.log(
      `compile: ${g.nodes.length} nodes, ${g.edges.length} edges in ${ms.toFixed(3)} ms (first, cold: ${cold.toFixed(1)} ms)`,
    );
    expect(r!.problems).toEqual([]);
    expect(r!.plan!.order).toHaveLength(g.nodes.length);
  });
});
