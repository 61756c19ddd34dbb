// The error of require-reviewed-plan when the plan to apply is not the one
// reviewed: raised by the detector flow after planning, before any write.
import { ActionError } from '../domain/errors.js';

/** `require-reviewed-plan: true` and the plan changed since it was reviewed. */
export function reviewedPlanDiffers(
  pullNumber: number,
  reviewed: string,
  applied: string,
): ActionError {
  return new ActionError(
    `require-reviewed-plan is true, but the plan differs from the one reviewed on PR #${pullNumber} (reviewed ${reviewed}, now ${applied}). Nothing was written to AFD.`,
    [
      'AFD changed since the review (another version was promoted, a rule or model changed), or the merge changed the inputs. Open a pull request to review the plan as it is now.',
    ],
  );
}
