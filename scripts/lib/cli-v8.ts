// The V8 flag the CLI sets for its own process (scripts/analyze.ts), in one place: the CLI bench gives
// Readability's process the same flag, so its ratio compares like with like.
export const CLI_V8_FLAG = '--max-inlined-bytecode-size-cumulative=300';
