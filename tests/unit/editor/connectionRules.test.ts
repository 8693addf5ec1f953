import { describe, expect, it } from 'vitest';
import { connectionRefusal } from '../../../src/renderer/document/connectionRules';
import { templateDocument } from '../../../src/renderer/document/templates';

describe('connection rules', () => {
  const graph = templateDocument('skip-add').graph; // input → dense-1 → dense-2 → add-1 → output, dense-1 → add-1

  it('allows a second input into a merge layer', () => {
    const withoutSkip = { ...graph, edges: graph.edges.filter((e) => e.id !== 'e-dense-1-add-1') };
    expect(connectionRefusal(withoutSkip, 'dense-1', 'add-1')).toBeNull();
  });

  it('refuses each broken rule with a sentence that names the nodes', () => {
    expect(connectionRefusal(graph, 'dense-2', 'dense-2')).toBe(
      'Dense 2 cannot connect to itself: connect it to the next layer instead.',
    );
    expect(connectionRefusal(graph, 'add-1', 'dense-1')).toMatch(/^Connecting Add 1 to Dense 1 would make a loop/);
    expect(connectionRefusal(graph, 'input-1', 'dense-2')).toMatch(/^Dense 2 already has an input and takes only one/);
    expect(connectionRefusal(graph, 'dense-1', 'input-1')).toMatch(/^Input 1 is an input/);
    expect(connectionRefusal(graph, 'output-1', 'add-1')).toMatch(/^Output 1 is the network's output/);
    expect(connectionRefusal(graph, 'dense-1', 'add-1')).toBe('Dense 1 is already connected to Add 1.');
    expect(connectionRefusal(graph, 'dense-1', 'gone')).toMatch(/no longer exists/);
  });
});
