/**
 * The app's layout: menu bar on top; the layer palette, the canvas (with its status line) and the inspector
 * side by side; and below them, past a splitter the learner can move, an area for the training views, which
 * the app's entry point passes in as `trainingPanel` so the editor does not depend on them. The file layer
 * (File commands, dialogs, title, recovery) draws only its dialogs.
 */
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCommandShortcuts } from '../commands';
import { CompareRoot } from '../features/compare/CompareRoot';
import { Canvas } from '../features/editor/Canvas';
import { Inspector } from '../features/editor/Inspector';
import { Palette } from '../features/editor/Palette';
import { StatusBar } from '../features/editor/StatusBar';
import { Toolbar } from './Toolbar';
import { useTheme } from './theme';
import { FileLayer } from '../features/file/FileLayer';
import { HelpRoot } from '../features/help/HelpRoot';
import { ExportRoot } from '../features/export/ExportRoot';
import { LessonColumn, LessonsRoot, useLessonColumn } from '../features/lessons/LessonsRoot';
import { comparisonsPort } from '../features/compare/compareStore';
import { getFileController } from './appController';
import { TrainingSplit } from './TrainingSplit';
import { useLessonControls } from './lessonControls';

export function App({ trainingPanel }: { trainingPanel?: ReactNode }) {
  const { t } = useTranslation();
  const { preference, theme, cycle } = useTheme();
  useCommandShortcuts();
  useLessonControls();
  const lessonColumn = useLessonColumn();
  // With the training area, the split below is the page's main landmark; alone, the editor is.
  const Workspace = trainingPanel ? 'div' : 'main';
  const workspace = (
    <Workspace className="workspace">
      <Palette />
      <section className="editor-area" aria-label={t('app.editor')}>
        <Canvas colorMode={theme} />
        <StatusBar />
      </section>
      <Inspector />
    </Workspace>
  );
  return (
    <ReactFlowProvider>
      <div className={`app${trainingPanel ? ' has-training' : ''}`}>
        <Toolbar themePreference={preference} onCycleTheme={cycle} />
        <FileLayer controller={getFileController()} comparisons={comparisonsPort} />
        {/* With a lesson open, its column runs the full height beside the editor and the training area;
            without one the wrapper takes no part in the layout. */}
        <div className={`lesson-layout${lessonColumn ? '' : ' lesson-layout--none'}`}>
          {trainingPanel ? <TrainingSplit training={trainingPanel}>{workspace}</TrainingSplit> : workspace}
          {lessonColumn && <LessonColumn />}
        </div>
        <CompareRoot />
        <HelpRoot />
        <ExportRoot />
        <LessonsRoot openProject={(file) => getFileController().openFile(file)} />
      </div>
    </ReactFlowProvider>
  );
}
