// A web app (a mail inbox): an empty shell that its own script fills in at load, as single-page
// apps do; the text is in table rows and buttons, not paragraphs.
import { shell } from './text';

const APP = `(() => {
  const words = 'invoice meeting agenda lunch report draft travel review update reminder budget photos'.split(' ');
  const pick = (i, k) => words[(i * 7 + k * 3) % words.length];
  const list = document.getElementById('inbox');
  for (let i = 0; i < 60; i++) {
    const row = document.createElement('tr');
    for (const text of ['Sender ' + (i % 17), pick(i, 1) + ' ' + pick(i, 2) + ' for ' + pick(i, 3), pick(i, 4) + ' ' + pick(i, 5) + ' ' + pick(i, 6) + ' ' + pick(i, 7) + '…', (i % 12 + 1) + ' Dec']) {
      const cell = document.createElement('td');
      cell.textContent = text;
      row.append(cell);
    }
    list.append(row);
  }
  const folders = document.getElementById('folders');
  for (const f of ['Inbox', 'Starred', 'Snoozed', 'Sent', 'Drafts', 'Spam', 'Bin', 'Work', 'Travel']) {
    const li = document.createElement('li');
    const b = document.createElement('button');
    b.textContent = f;
    li.append(b);
    folders.append(li);
  }
})();`;

export function appPage(): string {
  return shell({
    title: 'Inbox (12) - Harbour Mail',
    site: 'Harbour Mail',
    css: '#app{display:grid;grid-template-columns:220px 1fr}#inbox td{padding:.3rem .6rem;white-space:nowrap}',
    body: `<div id="app"><nav><button class="compose">Compose</button><ul id="folders"></ul></nav>
<main><div class="toolbar"><button>Archive</button><button>Delete</button><button>Mark as read</button></div>
<table><tbody id="inbox"></tbody></table></main></div><script>${APP}</script>`,
  });
}
