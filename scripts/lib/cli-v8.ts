// The V8 flags the CLI sets for its own process (scripts/analyze.ts), in one place: the CLI bench gives
// Readability's process the same flags, so its ratio compares like with like. Neither changes any result.
//
// The cumulative inlining budget (V8's default 920 bytecode bytes per optimized function). A CLI run is
// short and most of its analysis code gets hot only a few hundred times: a small budget keeps each
// TurboFan graph small, so compiling and, after a deoptimization, recompiling costs less. 130 Readability
// pages, whole-process CPU, two builds run side by side (4 rounds each): 300 -> 150 -3.5 %, 300 -> 60
// -5 %, 60 -> 30 -1 %; Readability's own process 300 -> 60 within ±3 % (no change); two passes over the
// pages in one process 300 -> 60 still -4 %, so the slower steady state does not catch up.
//
// No regular-expression tier-up: V8 first compiles a regular expression to bytecode for its interpreter,
// then on the next run compiles it again to machine code. The analysis runs ~550 regular expressions, many
// with Unicode classes (\p{L}, \p{Lu}) whose interpreter bytecode is huge (up to 240 KB for one); that
// first compile is the dear one (the 550, each compiled once as the CLI uses them: ~630 ms with tier-up,
// ~230 ms straight to machine code). Readability's process compiles ~50 small ones (~11 ms). 130 Readability
// pages, whole-process CPU, side by side: see the commit.
export const CLI_V8_FLAG = '--max-inlined-bytecode-size-cumulative=60 --no-regexp-tier-up';
//
// Tried and not kept (session 17): a --jsonl run restarting itself with flags only Node's command line sets.
// --single-threaded-gc: the built CLI over the 130 pages read 0.956 of its CPU in concurrent role-swapped pairs, but
// one process at a time on the quiet machine 0.970 (16 rounds), and Readability's process 0.979 with it: the ratio
// did not move (1.18-1.24 either way), and the CLI's wall time rose ~10 % (one GC thread). Set at run time, V8
// aborts. --no-concurrent-recompilation and --min-semi-space-size=16 showed no gain (CLI 0.999 and 1.006).
