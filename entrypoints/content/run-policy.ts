// How often Lede looks at a page again, in one place for the first script and the page layer.

/**
 * Re-checks of a page for added text, per URL: bounds the work on endlessly updating pages (the
 * first script's re-checks of a skipped page, and the page layer's re-runs of a marked one).
 */
export const MAX_CONTENT_RUNS = 20;
