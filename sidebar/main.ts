/** Entry of the sidebar bundle (see `sidebar/index.html`). */
import { startSidebar } from './app';

const root = document.getElementById('app');
if (root !== null) startSidebar(root);
