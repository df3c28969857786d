import { render } from 'preact';

function Popup() {
  return <main>Lede</main>;
}

render(<Popup />, document.getElementById('app')!);
