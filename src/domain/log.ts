// The executors log through this, so they need no @actions/core and tests can
// capture what a user would read.
import type { SourcePosition } from './errors.js';

export interface Logger {
  info(message: string): void;
  /** `at`: the repository file and line the warning is about (annotated there). */
  warning(message: string, at?: SourcePosition): void;
}
