/**
 * The training area's share of the window, remembered across reloads in localStorage. Storage that is
 * missing or refuses access (a locked-down browser) only costs the memory: the splitter still works.
 */
import { useEffect, useState } from 'react';
import { parseStoredShare, type SplitState } from '../ui/split';

export const SHARE_STORAGE_KEY = 'layerwise.layout.trainingShare';

function readStoredShare(): number {
  try {
    return parseStoredShare(localStorage.getItem(SHARE_STORAGE_KEY));
  } catch {
    return parseStoredShare(null);
  }
}

export function useTrainingShare(): [SplitState, (next: SplitState) => void] {
  const [state, setState] = useState<SplitState>(() => ({ share: readStoredShare(), restore: null }));
  useEffect(() => {
    try {
      localStorage.setItem(SHARE_STORAGE_KEY, String(state.share));
    } catch {
      // Storage refused: the size lasts until the window closes, which is all we can offer.
    }
  }, [state.share]);
  return [state, setState];
}
