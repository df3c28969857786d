// A video page: the player, title and channel, a collapsed description, comments and a column of
// recommended videos.
import { repeat, seeded, sentence, shell, title } from './text';

export function videoPage(): string {
  const r = seeded(7);
  const rec = (i: number) => `<li><a href="/watch?v=${i}"><img src="data:," width="168" height="94" alt="">
<span class="t">${title(r, 8)}</span></a><span class="ch">${title(r, 2)}</span><span class="v">${(i * 37) % 900}K views · ${1 + (i % 11)} months ago</span></li>`;
  const comment = () =>
    `<div class="comment"><a href="/@x">@${title(r, 1)}</a><p>${sentence(r, 4, 16)}</p><button>👍 ${Math.floor(r() * 900)}</button><button>Reply</button></div>`;
  const body = `<main class="watch"><div class="primary"><video width="854" height="480" controls poster="data:,"></video>
<h1>${title(r, 10)}</h1><div class="owner"><a href="/@channel">${title(r, 2)}</a> <span>1.2M subscribers</span><button>Subscribe</button></div>
<details class="description"><summary>214K views · 3 days ago</summary><p>${sentence(r, 15, 25)}</p><p>${sentence(r, 8, 14)}</p></details>
<section class="comments"><h2>1,482 Comments</h2>${repeat(20, comment)}</section></div>
<aside class="secondary"><ul>${repeat(20, rec)}</ul></aside></main>`;
  return shell({
    title: 'Harbour bridge at night, 4K timelapse - Vidhub',
    site: 'Vidhub',
    head: '<meta property="og:type" content="video.other">',
    css: '.watch{display:grid;grid-template-columns:1fr 400px;gap:1.5rem}',
    body,
  });
}
