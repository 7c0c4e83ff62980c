/** Entry of the sidebar bundle (see `sidebar/index.html`). */
import { startSidebar } from './app';
import { startExercisePanel } from './exercisePanel';

const root = document.getElementById('app');
// The menu's "Create an exercise…" opens the same page with its root marked data-panel="exercise".
if (root !== null && root.dataset.panel === 'exercise') startExercisePanel(root);
else if (root !== null) startSidebar(root);
