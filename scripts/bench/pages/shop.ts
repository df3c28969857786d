// A shop's product page: gallery, price box, specification table, reviews, recommendations.
import { repeat, seeded, sentence, sentences, shell, title, words } from './text';

export function shopPage(): string {
  const r = seeded(3);
  const tile = (i: number) => `<li class="tile"><a href="/p/${i}"><img src="data:," width="160" height="160" alt="">
<span class="name">${title(r, 6)}</span></a><span class="price">£${(9 + i * 3.5).toFixed(2)}</span>
<span class="stars" aria-label="4.${i % 10} out of 5">★★★★☆</span><button>Add to basket</button></li>`;
  const review = () => `<div class="review"><span class="stars">★★★★☆</span><h4>${title(r, 4)}</h4>
<p>${sentences(r, 2)}</p><span class="by">${title(r, 1)}, verified buyer</span></div>`;
  const body = `<main><nav class="crumbs">${repeat(4, (i) => `<a href="/c/${i}">${title(r, 1)}</a> ›`)}</nav>
<div class="product"><div class="gallery">${repeat(6, () => '<img src="data:," width="80" height="80" alt="">')}</div>
<div class="buy"><h1>${title(r, 9)}</h1><div class="price">£149.99 <s>£189.99</s></div>
<label>Colour <select>${repeat(5, () => `<option>${title(r, 1)}</option>`)}</select></label>
<button class="primary">Add to basket</button><ul class="bullets">${repeat(6, () => `<li>${sentence(r, 6, 12)}</li>`)}</ul></div></div>
<section><h2>Product description</h2><p>${sentences(r, 4)}</p></section>
<section><h2>Specifications</h2><table>${repeat(18, () => `<tr><th>${title(r, 2)}</th><td>${words(r, 3)}</td></tr>`)}</table></section>
<section class="reviews"><h2>Customer reviews</h2>${repeat(8, review)}</section>
<section><h2>Customers also bought</h2><ul class="tiles">${repeat(24, tile)}</ul></section></main>`;
  return shell({
    title: 'Cordless kettle 1.7 l | Harbour Home',
    site: 'Harbour Home',
    head: `<meta property="og:type" content="product">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Cordless kettle","offers":{"@type":"Offer","price":"149.99","priceCurrency":"GBP"}}</script>`,
    css: '.tiles{display:grid;grid-template-columns:repeat(6,1fr);list-style:none}.product{display:flex;gap:2rem}',
    body,
  });
}

/** A shop's category listing: filters and a grid of product tiles. */
export function shopListing(): string {
  const r = seeded(4);
  const body = `<main><h1>${title(r, 2)}</h1><aside class="filters">${repeat(
    6,
    () =>
      `<fieldset><legend>${title(r, 1)}</legend>${repeat(5, () => `<label><input type="checkbox"> ${words(r, 2)}</label>`)}</fieldset>`,
  )}</aside><ul class="tiles">${repeat(
    48,
    (
      i,
    ) => `<li class="tile"><a href="/p/${i}"><img src="data:," width="200" height="200" alt=""><span class="name">${title(r, 7)}</span></a>
<span class="price">£${(5 + i * 2.25).toFixed(2)}</span><span class="stars">★★★★☆ (${i * 7})</span><button>Add to basket</button></li>`,
  )}</ul><nav class="pages">${repeat(8, (i) => `<a href="?page=${i + 1}">${i + 1}</a>`)}</nav></main>`;
  return shell({
    title: 'Kettles | Harbour Home',
    site: 'Harbour Home',
    css: '.tiles{display:grid;grid-template-columns:repeat(4,1fr);list-style:none}',
    body,
  });
}
