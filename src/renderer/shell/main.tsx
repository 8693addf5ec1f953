import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './app.css';
import { App } from './App';
import { TrainingPanel } from '../features/training/TrainingPanel';
import { registerCommands } from '../commands';
import { LANGUAGE_COMMANDS, startI18n } from './i18n';

startI18n();
registerCommands(LANGUAGE_COMMANDS);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to render Layerwise into');
createRoot(container).render(
  <StrictMode>
    <App trainingPanel={<TrainingPanel />} />
  </StrictMode>,
);
