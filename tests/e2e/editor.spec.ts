/**
 * The network editor end to end, in the browser build: build a network from the palette, wire it, see the
 * compiler's shapes, counts and messages on the nodes, be refused a loop, edit in the inspector, undo/redo,
 * copy/paste, auto-layout and delete with the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { connect, dragBetween } from './helpers';

const node = (page: Page, label: string) => page.getByTestId(`node-${label}`);
const stats = (page: Page, label: string) => page.getByTestId(`stats-${label}`);
const problems = (page: Page, label: string) => page.getByTestId(`problems-${label}`);
const status = (page: Page) => page.getByTestId('status-message');

/** Everything the document shows: each node's id, label, stats and position, and each edge's id. */
async function snapshot(page: Page) {
  return page.evaluate(() => ({
    nodes: [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .map((n) => `${n.dataset.id}|${n.getAttribute('aria-label')}|${n.style.transform}|${n.textContent}`)
      .sort(),
    edges: [...document.querySelectorAll<SVGGElement>('.react-flow__edge')].map((e) => e.dataset.id ?? e.id).sort(),
  }));
}

/** Selects an edge from the keyboard (a straight edge has no height, so it cannot be clicked reliably). */
async function selectEdge(page: Page, id: string) {
  await page.getByTestId(`rf__edge-${id}`).focus();
  await page.keyboard.press('Enter');
}

const countNodes = (page: Page) => page.locator('.react-flow__node').count();

async function nodeX(page: Page, label: string) {
  return (await node(page, label).boundingBox())!.x;
}

test('builds, wires, checks and edits a network', async ({ page }) => {
  await page.goto('/');
  const canvas = page.getByTestId('canvas');
  await expect(node(page, 'Dense 1')).toBeVisible();

  // Start from an empty canvas: select all and delete, from the keyboard.
  await canvas.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);

  // Drag Input, Dense, Dense, Output from the palette onto the canvas.
  const drops: [string, number][] = [
    ['input', 120],
    ['dense', 360],
    ['dense', 600],
    ['output', 840],
  ];
  for (const [type, x] of drops) {
    await page.getByTestId(`palette-${type}`).dragTo(canvas, { targetPosition: { x, y: 260 } });
  }
  for (const label of ['Input 1', 'Dense 1', 'Dense 2', 'Output 1']) await expect(node(page, label)).toBeVisible();

  // Unconnected layers carry the compiler's warnings.
  await expect(problems(page, 'Dense 1')).toBeVisible();

  // Wire Input → Dense(8, ReLU) → Dense(8, ReLU) → Output by dragging between handles.
  await connect(page, 'Input 1', 'Dense 1');
  await connect(page, 'Dense 1', 'Dense 2');
  await connect(page, 'Dense 2', 'Output 1');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  await expect(node(page, 'Dense 1')).toContainText('8 units');
  await expect(node(page, 'Dense 1')).toContainText('relu');
  await expect(stats(page, 'Input 1')).toContainText('out [2]');
  await expect(stats(page, 'Input 1')).toContainText('0 params');
  await expect(stats(page, 'Dense 1')).toContainText('out [8]');
  await expect(stats(page, 'Dense 1')).toContainText('24 params'); // 2×8 weights + 8 biases
  await expect(stats(page, 'Dense 2')).toContainText('72 params'); // 8×8 + 8
  await expect(stats(page, 'Output 1')).toContainText('out [1]');
  await expect(stats(page, 'Output 1')).toContainText('9 params'); // 8×1 + 1
  for (const label of ['Input 1', 'Dense 1', 'Dense 2', 'Output 1']) await expect(problems(page, label)).toHaveCount(0);
  await expect(page.getByTestId('problem-summary')).toContainText('Ready to train · 105 parameters');

  // Delete the edge into Dense 2: the compiler's message appears on Dense 2; reconnecting clears it.
  await selectEdge(page, 'e-dense-1-dense-2');
  await page.keyboard.press('Delete');
  await expect(page.locator('.react-flow__edge')).toHaveCount(2);
  await expect(problems(page, 'Dense 2')).toBeVisible();
  await expect(node(page, 'Dense 2')).toHaveClass(/has-error|has-warning/);
  await expect(problems(page, 'Dense 2')).toContainText("'Dense 2'");
  await connect(page, 'Dense 1', 'Dense 2');
  await expect(problems(page, 'Dense 2')).toHaveCount(0);

  // A loop is refused, with the reason in the status line.
  await connect(page, 'Dense 2', 'Dense 1');
  await expect(status(page)).toContainText('loop');
  await expect(page.locator('.react-flow__edge')).toHaveCount(3);

  // Change Dense 1's activation in the inspector; the node follows at once.
  await node(page, 'Dense 1').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Dense: Dense 1');
  await inspector.getByLabel('Activation').selectOption('tanh');
  await expect(node(page, 'Dense 1')).toContainText('tanh');
  await expect(inspector).toContainText('a = tanh(z)');
  // A bad value is explained and not committed.
  await inspector.getByLabel('Units').fill('0');
  await expect(inspector).toContainText('Use a number from 1 to 4096.');
  await expect(node(page, 'Dense 1')).toContainText('8 units');
  await inspector.getByLabel('Units').fill('16');
  await expect(stats(page, 'Dense 1')).toContainText('48 params');
  await expect(stats(page, 'Dense 2')).toContainText('136 params');

  // Undo and redo a mixed run of edits back to the same graph.
  const before = await snapshot(page);
  await page.getByTestId('palette-dropout').focus();
  await page.keyboard.press('Enter');
  await expect(node(page, 'Dropout 1')).toBeVisible();
  await node(page, 'Dense 2').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await inspector.getByLabel('Units').fill('12');
  await expect(stats(page, 'Dense 2')).toContainText('out [12]');
  await selectEdge(page, 'e-dense-2-output-1');
  await page.keyboard.press('Backspace');
  await connect(page, 'Dense 2', 'Dropout 1');
  await dragBetween(page, node(page, 'Output 1').locator('.layer-node-header'), canvas.locator('.react-flow__pane'));
  // Let the last drag settle before recording the state to return to.
  await expect.poll(async () => JSON.stringify(await snapshot(page)) !== JSON.stringify(before)).toBe(true);
  const after = await snapshot(page);
  // Dropout added, two arrow moves, units edited, edge deleted, connection, drag: seven steps.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Control+z');
  await expect.poll(() => snapshot(page)).toEqual(before);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+y');
  await expect.poll(() => snapshot(page)).toEqual(after);
  for (let i = 0; i < 7; i++) await page.keyboard.press('Control+z');
  await expect.poll(() => snapshot(page)).toEqual(before);

  // Copy and paste a sub-graph: new ids, the internal edge kept.
  await node(page, 'Dense 1').click();
  await node(page, 'Dense 2').click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(node(page, 'Dense 3')).toBeVisible();
  await expect(node(page, 'Dense 4')).toBeVisible();
  await expect(page.getByTestId('rf__edge-e-dense-3-dense-4')).toHaveCount(1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(status(page)).toContainText('Pasted 2 nodes');

  // Auto-layout: left to right in data-flow order.
  await page.keyboard.press('Control+l');
  await expect(status(page)).toContainText('Arranged');
  const inFlowOrder = async (labels: string[]) => {
    const xs = await Promise.all(labels.map((label) => nodeX(page, label)));
    return xs.every((x, i) => i === 0 || xs[i - 1]! < x);
  };
  await expect.poll(() => inFlowOrder(['Input 1', 'Dense 1', 'Dense 2', 'Output 1'])).toBe(true);
  await expect.poll(() => inFlowOrder(['Dense 3', 'Dense 4'])).toBe(true);

  // Delete a node with the keyboard alone: focus it, select with Enter, press Delete.
  const total = await countNodes(page);
  await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
  await page.locator('.react-flow__node[data-id="dense-4"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Delete');
  await expect(node(page, 'Dense 4')).toHaveCount(0);
  expect(await countNodes(page)).toBe(total - 1);
});
