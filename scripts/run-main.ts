/**
 * Runs a command-line script's main function: its result is the exit status; an unexpected error
 * is printed with its stack and exits with `failureCode`.
 */
export function runMain(
  main: () => Promise<number>,
  failureCode: number,
): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(
        error instanceof Error ? (error.stack ?? error.message) : error,
      );
      process.exitCode = failureCode;
    },
  );
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs `cleanup` if the process is interrupted (SIGINT, SIGTERM) and then exits with the usual
 * status; returns a function that stops watching. SIGKILL cannot be caught: the next run cleans up.
 */
export function cleanUpOnSignal(cleanup: () => void): () => void {
  const handlers = Object.entries(SIGNAL_EXIT_CODES).map(
    ([signal, code]) =>
      [
        signal,
        () => {
          try {
            cleanup();
          } finally {
            process.exit(code);
          }
        },
      ] as const,
  );
  for (const [signal, handler] of handlers) process.once(signal, handler);
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}
