// A forum thread: a question and twenty-odd replies with quotes, signatures and vote counts.
import { repeat, seeded, sentence, sentences, shell, title } from './text';

export function forumPage(): string {
  const r = seeded(6);
  const post = (
    i: number,
  ) => `<div class="post" id="post-${i}"><div class="author"><a href="/u/${i % 9}">${title(r, 1)}${i % 9}</a>
<span class="rank">${i % 3 ? 'Member' : 'Moderator'}</span><span class="joined">Joined 20${10 + (i % 14)}</span></div>
<div class="body">${i % 4 === 1 ? `<blockquote>${sentence(r, 8, 14)}</blockquote>` : ''}<p>${sentences(r, 1 + (i % 3))}</p>
${i % 5 === 2 ? `<p>${sentence(r)}</p>` : ''}</div>
<div class="actions"><button>▲ ${(i * 7) % 23}</button><button>Reply</button><button>Share</button><span>${i + 1}h ago</span></div></div>`;
  const body = `<main><nav class="crumbs"><a href="/f">Forums</a> › <a href="/f/kitchen">${title(r, 2)}</a></nav>
<h1>${title(r, 9)}?</h1>${repeat(24, post)}
<form class="reply"><textarea aria-label="Reply"></textarea><button>Post reply</button></form>
<aside><h2>Similar threads</h2><ul>${repeat(8, (i) => `<li><a href="/t/${i}">${title(r, 7)}</a></li>`)}</ul></aside></main>`;
  return shell({
    title: 'Kettle keeps switching off early? | Harbour Forums',
    site: 'Harbour Forums',
    head: `<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Kettle keeps switching off early?"}</script>`,
    css: '.post{display:grid;grid-template-columns:160px 1fr;border-top:1px solid #eee;padding:1rem 0}',
    body,
  });
}
