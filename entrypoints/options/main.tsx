import { render } from 'preact';

function Options() {
  return <main>Lede options</main>;
}

render(<Options />, document.getElementById('app')!);
