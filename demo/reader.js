// The Ledger's "app" reader: a single-page app that swaps articles in without a page load
// (fetch + history.pushState), like many news sites do. Lede must follow it.
(function () {
  const main = document.getElementById('reader');
  const ld = document.getElementById('reader-ld');

  async function show(slug, push) {
    const html = await (await fetch('/' + slug + '.html')).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const article = doc.querySelector('article.story');
    const data = doc.querySelector('script[type="application/ld+json"]');
    if (!article || !data) return;
    main.replaceChildren(document.importNode(article, true));
    ld.textContent = data.textContent;
    // A well-behaved app updates its metadata too.
    for (const meta of doc.querySelectorAll('meta[property], meta[name="description"], meta[name="author"]')) {
      const key = meta.hasAttribute('property') ? 'property' : 'name';
      const mine = document.head.querySelector('meta[' + key + '="' + meta.getAttribute(key) + '"]');
      if (mine) mine.setAttribute('content', meta.getAttribute('content') || '');
    }
    document.title = doc.title;
    if (push) history.pushState({ slug: slug }, '', '/reader.html?a=' + slug);
    window.scrollTo(0, 0);
  }

  document.addEventListener('click', function (event) {
    const link = event.target instanceof Element ? event.target.closest('a[data-slug]') : null;
    if (!link) return;
    event.preventDefault();
    show(link.getAttribute('data-slug'), true);
  });
  window.addEventListener('popstate', function (event) {
    if (event.state && event.state.slug) show(event.state.slug, false);
  });
})();
