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

// Flags Node reads only from its command line, before any code runs: a --jsonl run (many documents) restarts
// itself once with them (scripts/analyze.ts); a one-document run does not, as a second process start would cost
// more than it saves. The CLI bench gives Readability's process the same flags.
//
// One garbage-collector thread: V8's parallel and concurrent collection (helper threads marking, sweeping and
// scavenging beside the main thread) costs the CLI more CPU than it saves it on a run this long. 130 Readability
// pages, whole-process CPU, the built CLI with and without it started together (order swapped every round), 6
// rounds: 0.962 0.950 1.018 0.922 0.924 0.985 (median 0.956); Readability's process the same way: 0.971 1.027
// 0.965 0.983 1.012 1.018 (median 0.998). Set at run time instead, V8 aborts (cppgc's concurrent marker).
// No concurrent recompilation was tried the same way: the CLI's CPU 1.021 0.989 0.989 1.023 1.009 0.981 (no gain);
// a larger young generation (--min-semi-space-size=16): 1.027 1.006 1.002 1.007 1.017 0.975 (no gain).
export const CLI_RESTART_FLAGS: readonly string[] = ['--single-threaded-gc'];
/** LEDE_CLI_RESTART=0: no restart (to measure it). */
export const RESTART_ENV = 'LEDE_CLI_RESTART';

/**
 * The arguments to restart Node with (its own flags, the missing restart flags, the script and its arguments),
 * or null: no restart wanted, or every restart flag already given.
 */
export function restartArgs(
  execArgv: readonly string[],
  argv: readonly string[],
  env: Record<string, string | undefined>,
): string[] | null {
  const missing = CLI_RESTART_FLAGS.filter((f) => !execArgv.includes(f));
  if (env[RESTART_ENV] === '0' || missing.length === 0) return null;
  return [...execArgv, ...missing, ...argv.slice(1)];
}
