// A web search results page: ten results with snippets, a knowledge panel, related searches.
import { repeat, seeded, sentence, shell, title, words } from './text';

export function searchPage(): string {
  const r = seeded(2);
  const result = (
    i: number,
  ) => `<div class="result"><a href="https://site${i}.example/${words(r, 2).replace(' ', '-')}">
<span class="url">site${i}.example › ${words(r, 1)} › ${words(r, 2)}</span><h3>${title(r, 8)}</h3></a>
<div class="snippet"><span class="date">${1 + i} days ago — </span>${sentence(r, 14, 22)} ${sentence(r, 6, 12)}</div>
${i % 3 === 0 ? `<ul class="sitelinks">${repeat(4, (j) => `<li><a href="/s${i}-${j}">${title(r, 2)}</a></li>`)}</ul>` : ''}</div>`;
  const body = `<main><div id="stats">About 1,240,000 results (0.41 seconds)</div>
<div class="results">${repeat(10, result)}</div>
<aside class="panel"><h2>${title(r, 3)}</h2><p>${sentence(r, 20, 30)}</p>
<dl>${repeat(6, () => `<dt>${title(r, 1)}</dt><dd>${words(r, 3)}</dd>`)}</dl></aside>
<section class="people-also-ask"><h2>People also ask</h2>${repeat(4, () => `<details><summary>${title(r, 7)}?</summary><p>${sentence(r, 15, 25)}</p></details>`)}</section>
<section class="related-searches"><h2>Related searches</h2><ul>${repeat(8, () => `<li><a href="/search?q=x">${words(r, 4)}</a></li>`)}</ul></section>
<nav class="pages">${repeat(10, (i) => `<a href="/search?start=${i * 10}">${i + 1}</a>`)}</nav></main>`;
  return shell({
    title: 'harbour bridge traffic - Search',
    site: 'Findit',
    css: '.result{max-width:650px;margin:1.2rem 0}.panel{position:absolute;right:2rem;top:6rem;width:360px}',
    body,
  });
}
