#!/usr/bin/env node
// Writes the demo news site (demo/*.html) from scripts/demo-articles.mjs. The generated pages are
// committed, so the site is plain static HTML + demo/style.css; run this again after editing articles:
//   node scripts/demo-pages.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE, articles } from './demo-articles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo');
mkdirSync(root, { recursive: true });

const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const longDate = (iso) =>
  new Date(iso).toLocaleDateString('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: 'America/New_York',
  });
const shortDate = (iso) =>
  new Date(iso).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'America/New_York',
  });

const byline = (authors) =>
  authors.length === 1 ? authors[0] : `${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;

const nav = (active) => `
  <div class="topbar"><span>${esc(SITE.city)} · 7°C, clearing</span><a href="/about.html">About us</a></div>
  <header class="masthead">
    <a class="brand" href="/">${esc(SITE.name)}</a>
    <p class="tagline">News from the harbour city since 1911</p>
  </header>
  <nav class="sections" aria-label="Sections">
    ${['Home', 'City', 'Business', 'Opinion', 'Sport', 'Culture']
      .map((s) => {
        const href = s === 'Home' ? '/' : `/#${s.toLowerCase()}`;
        return `<a href="${href}"${s === active ? ' aria-current="page"' : ''}>${s}</a>`;
      })
      .join('\n    ')}
  </nav>`;

const footer = `
  <footer class="site-footer">
    <p>© 2026 ${esc(SITE.name)}. A demo site for the Lede browser extension: the people, places and events
    in these articles are fictional.</p>
    <p><a href="/about.html">About</a> · <a href="/about.html#contact">Contact</a> · <a href="/about.html#privacy">Privacy</a></p>
  </footer>`;

const ad = (size) =>
  `<div class="ad ad-${size}" role="complementary" aria-label="Advertisement"><span>Advertisement</span></div>`;

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(title)}</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/style.css">${extra}
</head>`;

function related(article) {
  const others = articles.filter((a) => a !== article);
  const sameStory = others.filter((a) => a.story === article.story);
  const more = others.filter((a) => a.story !== article.story).slice(0, 3);
  const item = (a) =>
    `<li><a href="/${a.slug}.html">${esc(a.title)}</a> <time datetime="${a.date.slice(0, 10)}">${shortDate(a.date)}</time></li>`;
  return `
    <aside class="rail" aria-label="Related">
      ${ad('box')}
      <section class="related">
        <h2>More on this story</h2>
        <ul>${sameStory.map(item).join('')}</ul>
      </section>
      <section class="related">
        <h2>Most read</h2>
        <ol>${more.map(item).join('')}</ol>
      </section>
      <section class="newsletter">
        <h2>The Morning Ledger</h2>
        <p>Our newsletter, every weekday at 6 a.m.</p>
        <form onsubmit="return false"><input type="email" placeholder="you@example.com" aria-label="Email"><button>Sign up</button></form>
      </section>
    </aside>`;
}

function articlePage(article) {
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.dek,
    datePublished: article.date,
    dateModified: article.date,
    articleSection: article.section,
    author: article.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'NewsMediaOrganization', name: SITE.name },
    mainEntityOfPage: `/${article.slug}.html`,
  };
  const meta = `
  <meta name="description" content="${esc(article.dek)}">
  <meta name="author" content="${esc(byline(article.authors))}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${esc(SITE.name)}">
  <meta property="og:title" content="${esc(article.title)}">
  <meta property="og:description" content="${esc(article.dek)}">
  <meta property="article:published_time" content="${article.date}">
  <meta property="article:section" content="${esc(article.section)}">
  <script type="application/ld+json">${JSON.stringify(ld).replace(/</g, '\\u003c')}</script>`;
  const half = Math.ceil(article.paragraphs.length / 2);
  const bodyWithAd = article.paragraphs
    .map((p, i) => (i === half ? `      ${ad('inline')}\n` : '') + `      <p>${esc(p)}</p>`)
    .join('\n');
  const comments = article.comments
    .map(
      ([who, text]) =>
        `<li class="comment"><p class="who">${esc(who)}</p><p>${esc(text)}</p><button class="reply">Reply</button></li>`,
    )
    .join('\n        ');
  return `${head(`${article.title} | ${SITE.name}`, meta)}
<body>
  ${ad('leader')}
  ${nav(article.section)}
  <div class="layout">
    <main>
      <article class="story">
        <p class="kicker"><a href="/#${article.section.toLowerCase()}">${esc(article.section)}</a></p>
        <h1>${esc(article.title)}</h1>
        <p class="dek">${esc(article.dek)}</p>
        <p class="byline">By <a rel="author" href="/about.html#staff">${esc(byline(article.authors))}</a></p>
        <p class="dateline"><time datetime="${article.date}">${longDate(article.date)}</time></p>
        <div class="share" aria-label="Share"><button>Share</button><button>Save</button><button>Print</button></div>
        <figure class="lead-art">
          <div class="photo" role="img" aria-label="Photo"></div>
          <figcaption>${esc(article.caption)}</figcaption>
        </figure>
        <div class="article-body">
${bodyWithAd}
        </div>
      </article>
      <section class="comments" aria-label="Comments">
        <h2>Comments (${article.comments.length})</h2>
        <ul>
        ${comments}
        </ul>
        <p class="comment-note">Comments are moderated. Be kind.</p>
      </section>
    </main>
    ${related(article)}
  </div>
  ${footer}
</body>
</html>
`;
}

function frontPage() {
  const sorted = [...articles].sort((a, b) => b.date.localeCompare(a.date));
  const [lead, ...rest] = sorted;
  const card = (a) => `
      <li class="card">
        <p class="kicker">${esc(a.section)}</p>
        <h3><a href="/${a.slug}.html">${esc(a.title)}</a></h3>
        <p>${esc(a.dek)}</p>
        <p class="card-meta">${esc(byline(a.authors))} · <time datetime="${a.date.slice(0, 10)}">${shortDate(a.date)}</time></p>
      </li>`;
  return `${head(`${SITE.name} — news from ${SITE.city}`, '\n  <meta property="og:type" content="website">')}
<body>
  ${ad('leader')}
  ${nav('Home')}
  <main class="front">
    <section class="lead-story">
      <p class="kicker">${esc(lead.section)}</p>
      <h2><a href="/${lead.slug}.html">${esc(lead.title)}</a></h2>
      <p>${esc(lead.dek)}</p>
    </section>
    <section aria-label="Latest"><h2 class="rule">Latest</h2><ul class="cards">${rest.map(card).join('')}
    </ul></section>
    ${ad('inline')}
    <section id="weather" class="weather"><h2 class="rule">Weather</h2><p>Clearing in the afternoon. High 9°C, low 3°C. Ferries on schedule.</p></section>
  </main>
  ${footer}
</body>
</html>
`;
}

function aboutPage() {
  return `${head(`About us | ${SITE.name}`)}
<body>
  ${nav('')}
  <main class="about">
    <h1>About the Ledger</h1>
    <ul class="facts">
      <li>Founded: 1911</li><li>Newsroom: 14 Harbour Street, ${esc(SITE.city)}</li><li>Staff: 38</li>
    </ul>
    <h2 id="staff">Staff</h2>
    <ul>
      <li>Nadia Haddad — business</li><li>Kwame Asante — city hall</li><li>Lucía Benítez — transport</li><li>Farida Rahimi — columnist</li>
    </ul>
    <h2 id="contact">Contact</h2>
    <p>Tips: tips@ledger.invalid · Letters: letters@ledger.invalid</p>
    <h2 id="privacy">Privacy</h2>
    <p>This demo site sets no cookies.</p>
  </main>
  ${footer}
</body>
</html>
`;
}

// The app reader (demo/reader.js): starts on the first strike article, rendered in the page, and
// swaps in others without a page load.
function readerPage() {
  const first = articles.find((a) => a.slug === 'transit-workers-vote-to-strike');
  const page = articlePage(first);
  const links = articles
    .filter((a) => a !== first)
    .map((a) => `<li><a href="/${a.slug}.html" data-slug="${a.slug}">${esc(a.title)}</a></li>`)
    .join('');
  return page
    .replace('<script type="application/ld+json">', '<script type="application/ld+json" id="reader-ld">')
    .replace('<main>', '<main id="reader">')
    .replace(
      '<aside class="rail" aria-label="Related">',
      `<aside class="rail" aria-label="Related">\n      <section class="related"><h2>In the app</h2><ul id="reader-links">${links}</ul></section>`,
    )
    .replace('</body>', '  <script src="/reader.js"></script>\n</body>');
}

for (const a of articles) writeFileSync(join(root, `${a.slug}.html`), articlePage(a));
writeFileSync(join(root, 'index.html'), frontPage());
writeFileSync(join(root, 'about.html'), aboutPage());
writeFileSync(join(root, 'reader.html'), readerPage());
console.log(`wrote ${articles.length} articles, index.html, about.html and reader.html to ${root}`);
