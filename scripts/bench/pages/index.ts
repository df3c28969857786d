// The bench's pages that are not articles, one of each kind a reader opens between articles:
// front page, search results, shop (product and listing), web app, docs, forum, video. Written
// here, served locally; no page loads anything from the network.
import { appPage } from './app';
import { docsPage } from './docs';
import { forumPage } from './forum';
import { frontPage } from './front';
import { searchPage } from './search';
import { shopListing, shopPage } from './shop';
import { videoPage } from './video';

/** File name → HTML. */
export function nonArticlePages(): Record<string, string> {
  return {
    'front.html': frontPage(),
    'search.html': searchPage(),
    'shop-product.html': shopPage(),
    'shop-listing.html': shopListing(),
    'app-inbox.html': appPage(),
    'docs-api.html': docsPage(),
    'forum-thread.html': forumPage(),
    'video.html': videoPage(),
  };
}
