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
