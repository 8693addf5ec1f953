/** "Compare…" for the inspector of a selected layer: opens the Compare form set to that layer. */
import { openCompareSetup } from './compareCommands';

export function CompareNodeButton({ nodeId, label }: { nodeId: string; label: string }) {
  return (
    <button
      type="button"
      className="compare-node-button"
      onClick={() => openCompareSetup(nodeId)}
      aria-label={`Compare values for ${label}`}
    >
      Compare…
    </button>
  );
}
