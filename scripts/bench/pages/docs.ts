// A library's API reference page: a sidebar of links, signatures, parameter tables, short notes
// and code samples.
import { repeat, seeded, sentence, shell, title, words } from './text';

export function docsPage(): string {
  const r = seeded(5);
  const entry = (i: number) => {
    const name = words(r, 2).replace(' ', '_');
    return `<section id="${name}-${i}"><h2><code>${name}(options)</code></h2><p>${sentence(r, 8, 16)}</p>
<table class="params"><tr><th>Parameter</th><th>Type</th><th>Description</th></tr>${repeat(
      3,
      () => `<tr><td><code>${words(r, 1)}</code></td><td><code>string</code></td><td>${sentence(r, 5, 10)}</td></tr>`,
    )}</table>
<pre><code>const ${name} = await client.${name}({
  ${words(r, 1)}: '${words(r, 1)}',
  limit: 20,
});
console.log(${name}.items.length);</code></pre>
<p class="note">Since version ${1 + (i % 4)}.${i % 10}. ${sentence(r, 6, 12)}</p></section>`;
  };
  const body = `<div class="docs"><nav class="sidebar"><ul>${repeat(40, (i) => `<li><a href="#s${i}">${words(r, 2)}</a></li>`)}</ul></nav>
<main><h1>${title(r, 2)} API reference</h1><p>${sentence(r, 10, 16)}</p>${repeat(14, entry)}</main>
<nav class="toc"><h2>On this page</h2><ul>${repeat(14, (i) => `<li><a href="#e${i}">${words(r, 2)}</a></li>`)}</ul></nav></div>`;
  return shell({
    title: 'Client API reference · Harbour SDK docs',
    site: 'Harbour SDK',
    css: '.docs{display:grid;grid-template-columns:240px 1fr 200px}pre{background:#f6f8fa;padding:1rem;overflow:auto}',
    body,
  });
}
