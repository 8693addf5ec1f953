/**
 * The Compare dialog: saved comparisons on the left (select to reopen, delete), and on the right either the
 * form for a new one or the selected comparison's results. Escape or the Close button hides it; training
 * goes on in the background.
 */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../ui/Dialog';
import { CompareResults } from './CompareResults';
import { CompareSetup } from './CompareSetup';
import { compareStore, useCompare } from './compareStore';
import { comparisonTitle } from './parameters';

export function CompareDialog() {
  const mode = useCompare((s) => s.mode);
  const preset = useCompare((s) => s.preset);
  const comparisons = useCompare((s) => s.comparisons);
  const activeId = useCompare((s) => s.activeId);
  const active = comparisons.find((c) => c.id === activeId) ?? null;
  const store = compareStore.getState();
  const { t } = useTranslation();

  return (
    <Dialog title={t('compare.title')} onClose={store.close} close="header" className="compare-dialog">
      <div className="compare-dialog__body">
        <nav className="compare-list" aria-label={t('compare.saved')}>
          <button type="button" onClick={() => store.openSetup()} aria-pressed={mode === 'setup'}>
            {t('compare.newComparison')}
          </button>
          <ul>
            {comparisons.map((c) => (
              <li key={c.id}>
                <button
                  type="button"
                  onClick={() => store.openComparison(c.id)}
                  aria-current={mode === 'results' && c.id === activeId ? 'true' : undefined}
                >
                  {comparisonTitle(c, t)}
                  {c.running ? t('compare.training') : ''}
                </button>
                <button
                  type="button"
                  className="compare-delete"
                  onClick={() => store.removeComparison(c.id)}
                  aria-label={t('compare.delete', { name: comparisonTitle(c, t) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <section
          className="compare-main"
          aria-label={mode === 'results' && active ? t('compare.results') : t('compare.setup')}
        >
          {mode === 'results' && active ? (
            <CompareResults comparison={active} />
          ) : (
            <CompareSetup key={JSON.stringify(preset)} preset={preset} />
          )}
        </section>
      </div>
    </Dialog>
  );
}
