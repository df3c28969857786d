export default defineBackground(() => {
  // The store and related-coverage index will live here.
});
