// The V8 flag the CLI sets for its own process (scripts/analyze.ts), in one place: the CLI bench gives
// Readability's process the same flag, so its ratio compares like with like.
//
// The cumulative inlining budget (V8's default 920 bytecode bytes per optimized function). A CLI run is
// short and most of its analysis code gets hot only a few hundred times: a small budget keeps each
// TurboFan graph small, so compiling and, after a deoptimization, recompiling costs less. 130 Readability
// pages, whole-process CPU, two builds run side by side (4 rounds each): 300 -> 150 -3.5 %, 300 -> 60
// -5 %, 60 -> 30 -1 %; Readability's own process 300 -> 60 within ±3 % (no change); two passes over the
// pages in one process 300 -> 60 still -4 %, so the slower steady state does not catch up.
export const CLI_V8_FLAG = '--max-inlined-bytecode-size-cumulative=60';
