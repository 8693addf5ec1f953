// First: the language is chosen before any module builds words (the first document's name).
import './languageAtStart';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from './App';
import { TrainingPanel } from '../features/training/TrainingPanel';
import { registerCommands } from '../commands';
import { LANGUAGE_COMMANDS } from './i18n';

registerCommands(LANGUAGE_COMMANDS);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render Layerwise into');
createRoot(container).render(
  <StrictMode>
    <App trainingPanel={<TrainingPanel />} />
  </StrictMode>,
);
