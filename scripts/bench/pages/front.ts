// A news site's front page: a lead story, grids of teasers, most-read and opinion rails.
import { repeat, seeded, sentence, shell, title } from './text';

export function frontPage(): string {
  const r = seeded(1);
  const teaser = (i: number) => `<article class="teaser">
  <a href="/story/${i}"><img src="data:," width="320" height="180" alt=""><h3>${title(r, 7)}</h3></a>
  <p class="standfirst">${sentence(r, 10, 20)}</p><span class="meta">${1 + (i % 11)} hours ago · ${title(r, 1)}</span></article>`;
  const section = (s: number) => `<section class="rail"><h2><a href="/section-${s}">${title(r, 2)}</a></h2>
<div class="grid">${repeat(8, (i) => teaser(s * 10 + i))}</div></section>`;
  const body = `<main>
<section class="lead"><article><a href="/story/lead"><h2>${title(r, 9)}</h2></a><p class="standfirst">${sentence(r, 16, 24)}</p>
<ul class="related">${repeat(4, (i) => `<li><a href="/story/rel-${i}">${title(r, 8)}</a></li>`)}</ul></article></section>
${repeat(7, section)}
<aside class="most-read"><h2>Most read</h2><ol>${repeat(10, (i) => `<li><a href="/story/mr-${i}">${title(r, 8)}</a></li>`)}</ol></aside>
</main>`;
  return shell({
    title: 'The Daily Harbour: news, sport and opinion',
    site: 'The Daily Harbour',
    head: `<meta property="og:type" content="website"><meta property="og:title" content="The Daily Harbour">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"The Daily Harbour","url":"https://harbour.example/"}</script>`,
    css: '.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:1rem}.teaser img{width:100%;height:auto;background:#ccc}',
    body,
  });
}
