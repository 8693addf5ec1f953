/**
 * The networks a lesson compares (lesson 10: wide and shallow against deep), each with its parameter count as
 * the engine's compiler counts it for the project's dataset, and a button that loads it into the editor.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compile, type Graph } from '../../../engine';
import { lessonText, type Lesson } from '../../../project';
import { dataShapeOfSpec } from '../../document/document';
import { editorStore, useEditor } from '../../document/editorStore';

type Variant = NonNullable<Lesson['variants']>[number];

export function LessonVariants({ variants }: { variants: readonly Variant[] }) {
  const { t, i18n } = useTranslation();
  const dataset = useEditor((s) => s.doc.dataset);
  const counts = useMemo(
    () => variants.map((v) => compile(v.graph as unknown as Graph, dataShapeOfSpec(dataset)).totalParams),
    [variants, dataset],
  );
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <section className="lesson-variants" aria-label={t('lessons.variantsTitle')}>
      <h3>{t('lessons.variantsTitle')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('lessons.variantName')}</th>
            <th scope="col">{t('lessons.variantParameters')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('lessons.variantLoad')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {variants.map((v, i) => {
            const name = lessonText(v.name, i18n.language);
            return (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td data-testid="variant-parameters" data-count={counts[i]}>
                  {format.format(counts[i]!)}
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={t('lessons.variantLoadNamed', { name })}
                    onClick={() => editorStore.getState().replaceGraph(v.graph as unknown as Graph)}
                  >
                    {t('lessons.variantLoad')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
