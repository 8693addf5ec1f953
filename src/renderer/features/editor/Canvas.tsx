/**
 * The network canvas. React Flow draws what the store holds (controlled mode); changes it reports go back
 * to the store as actions: moves (one undo step per drag), selection (UI state only) and connections
 * (checked by the connection rules, with the reason shown when refused).
 */
import {
  Background,
  BackgroundVariant,
  ControlButton,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useReactFlow,
  type Connection,
  type Edge,
  type EdgeChange,
  type FinalConnectionState,
  type FitViewOptions,
  type NodeChange,
  type ColorMode,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { registerCommands, setViewApi } from '../../commands';
import { useCompiled } from '../../document/compiled';
import { connectionRefusal } from '../../document/connectionRules';
import { editorStore, useEditor } from '../../document/editorStore';
import { showStatus } from '../../document/status';
import { EDIT_COMMANDS } from './editCommands';
import { NEURON_COMMANDS } from './neurons/neuronCommands';
import { WeightLines } from './neurons/WeightLines';
import { buildFlowEdges, buildFlowNodes, createFlowCache, type LayerFlowNode } from './flowModel';
import { nodeTypes } from './nodes/nodeTypes';
import { DROP_OFFSET, readPaletteType, PALETTE_MIME } from './paletteDrag';
import { parseFlag, useStoredLayout } from '../../ui/useStoredLayout';
import { StepBar } from './stepThrough/StepBar';
import { useStepEdges, useStepNodes } from './stepThrough/stepEdges';

const SNAP_GRID: [number, number] = [20, 20];
/** The minimap's size: small enough to leave the canvas to the network. */
const MINIMAP_SIZE = { width: 132, height: 88 };
/**
 * Fitting a network into view keeps it clear of what floats over the canvas: the zoom controls on the left
 * and, while it is shown, the minimap in the bottom-right corner.
 */
const fitOptions = (minimap: boolean): FitViewOptions<LayerFlowNode> => ({
  padding: {
    top: '24px',
    bottom: '24px',
    left: '64px',
    right: minimap ? `${MINIMAP_SIZE.width + 40}px` : '24px',
  },
  maxZoom: 1.25,
});
const PRO_OPTIONS = { hideAttribution: true };
const minimapClass = (node: LayerFlowNode) => `minimap-${node.type ?? ''}`;

/** Applies React Flow's selection changes to the current selection. */
function nextSelection(current: ReadonlySet<string>, changes: readonly (NodeChange<LayerFlowNode> | EdgeChange)[]) {
  let next: Set<string> | null = null;
  for (const change of changes) {
    if (change.type !== 'select') continue;
    next ??= new Set(current);
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next;
}

export function Canvas({ colorMode }: { colorMode: ColorMode }) {
  const { t } = useTranslation();
  const graph = useEditor((s) => s.doc.graph);
  const selectedNodeIds = useEditor((s) => s.selectedNodeIds);
  const selectedEdgeIds = useEditor((s) => s.selectedEdgeIds);
  const { result, shape } = useCompiled();
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(() => new Map());
  const cache = useRef(createFlowCache());
  const wrapper = useRef<HTMLDivElement>(null);
  const flow = useReactFlow<LayerFlowNode, Edge>();
  const [minimap, setMinimap] = useStoredLayout('minimap', parseFlag(true));
  const fit = useMemo(() => fitOptions(minimap), [minimap]);

  const flowNodes = useMemo(
    () => buildFlowNodes(graph, selectedNodeIds, result, shape, measured, cache.current, t),
    [graph, selectedNodeIds, result, shape, measured, t],
  );
  const flowEdges = useMemo(
    () => buildFlowEdges(graph, selectedEdgeIds, result, cache.current, t),
    [graph, selectedEdgeIds, result, t],
  );
  // During the step-through the wires carry the values flowing along them.
  const edges = useStepEdges(flowEdges);
  const nodes = useStepNodes(flowNodes);

  // The Edit and View commands act on this document and this canvas, so they are offered while it is shown.
  useEffect(() => registerCommands(EDIT_COMMANDS), []);
  useEffect(() => registerCommands(NEURON_COMMANDS), []);

  useEffect(() => {
    setViewApi({
      fitView: () => void flow.fitView({ ...fit, duration: 200 }),
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      center: () => {
        const rect = wrapper.current?.getBoundingClientRect();
        if (!rect) return { x: 0, y: 0 };
        return flow.screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      },
    });
    return () => setViewApi(null);
  }, [flow, fit]);

  // A newly opened network (file or template) is fitted into view once React Flow has measured its nodes.
  const loadCount = useEditor((s) => s.loadCount);
  useEffect(() => {
    if (loadCount === 0) return;
    const frame = requestAnimationFrame(() => void flow.fitView(fit));
    return () => cancelAnimationFrame(frame);
    // Fitted when a network is opened, not again each time the minimap is toggled.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadCount, flow]);

  const onNodesChange = useCallback((changes: NodeChange<LayerFlowNode>[]) => {
    const state = editorStore.getState();
    const positions = new Map<string, { x: number; y: number }>();
    let dragging = false;
    let sizes: Map<string, { width: number; height: number }> | null = null;
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        positions.set(change.id, change.position);
        dragging ||= change.dragging === true;
      } else if (change.type === 'dimensions' && change.dimensions) {
        sizes ??= new Map();
        sizes.set(change.id, change.dimensions);
      }
    }
    if (sizes) {
      const update = sizes;
      setMeasured((old) => new Map([...old, ...update]));
    }
    if (positions.size > 0) state.moveNodes(positions, dragging);
    const selection = nextSelection(state.selectedNodeIds, changes);
    if (selection) state.setSelection(selection, editorStore.getState().selectedEdgeIds);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const state = editorStore.getState();
    const selection = nextSelection(state.selectedEdgeIds, changes);
    if (selection) state.setSelection(state.selectedNodeIds, selection);
  }, []);

  const isValidConnection = useCallback(
    (c: Connection | Edge) => connectionRefusal(editorStore.getState().doc.graph, c.source, c.target) === null,
    [],
  );

  const onConnect = useCallback((c: Connection) => {
    const refusal = editorStore.getState().connect(c.source, c.target);
    if (refusal) showStatus(refusal, 'error');
  }, []);

  // React Flow does not call onConnect for a refused connection; say why it was refused.
  const onConnectEnd = useCallback((_event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (state.isValid !== false || !state.fromNode || !state.toNode) return;
    const fromSource = state.fromHandle?.type !== 'target';
    const source = fromSource ? state.fromNode.id : state.toNode.id;
    const target = fromSource ? state.toNode.id : state.fromNode.id;
    const refusal = connectionRefusal(editorStore.getState().doc.graph, source, target);
    if (refusal) showStatus(refusal, 'error');
  }, []);

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const type = readPaletteType(event.dataTransfer);
      if (!type) return;
      event.preventDefault();
      const point = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      editorStore
        .getState()
        .addNode(type, { x: Math.round(point.x - DROP_OFFSET.x), y: Math.round(point.y - DROP_OFFSET.y) });
    },
    [flow],
  );

  const onMoveEnd = useCallback((_event: unknown, viewport: { x: number; y: number; zoom: number }) => {
    editorStore.getState().setViewport(viewport);
  }, []);

  return (
    <div className="canvas" ref={wrapper} onDragOver={onDragOver} onDrop={onDrop} data-testid="canvas">
      <ReactFlow<LayerFlowNode, Edge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectEnd={onConnectEnd}
        isValidConnection={isValidConnection}
        onMoveEnd={onMoveEnd}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        snapToGrid
        snapGrid={SNAP_GRID}
        fitView
        fitViewOptions={fit}
        colorMode={colorMode}
        proOptions={PRO_OPTIONS}
        minZoom={0.1}
        aria-label={t('canvas.label')}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} />
        <WeightLines />
        <Panel position="top-center">
          <StepBar />
        </Panel>
        <Controls aria-label={t('canvas.zoom')}>
          <ControlButton
            onClick={() => setMinimap(!minimap)}
            aria-pressed={minimap}
            aria-label={t('canvas.minimap')}
            title={minimap ? t('canvas.hideMinimap') : t('canvas.showMinimap')}
          >
            <MinimapIcon />
          </ControlButton>
        </Controls>
        {minimap && (
          <MiniMap
            pannable
            zoomable
            ariaLabel={t('canvas.minimapOf')}
            nodeClassName={minimapClass}
            style={MINIMAP_SIZE}
          />
        )}
      </ReactFlow>
    </div>
  );
}

/** A small map with a frame in it: the button that shows or hides the minimap. */
function MinimapIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="3" width="13" height="10" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <rect x="8" y="8" width="4.5" height="3" fill="currentColor" />
    </svg>
  );
}
