import { render } from 'preact';
import './style.css';

/** Placeholder: the memory settings (sites, pause, size, export/import/delete) will be added here. */
function Options() {
  return (
    <main class="options">
      <h1>Lede</h1>
      <p>Lede reads news articles on your device. It sends nothing anywhere.</p>
      <p data-testid="options-placeholder">Settings for sites and reading memory will appear here.</p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
