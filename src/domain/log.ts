// The executors log through this, so they need no @actions/core and tests can
// capture what a user would read.
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
}
