// The one sticky PR comment of a run of many detectors (a `detectors:` list
// without `detector-id`): an overview line per detector, then a section per
// detector, each as the comment of a run of one detector would be. The
// detectors share GitHub's size limit: sections are cut (largest first, to an
// equal share) and, when even that does not fit, left out; every detector is
// still named, in the overview and by its section's heading. Pure.
import type { DetectorFingerprints } from './comment-marker.js';
import { fullDetectorsMarker } from './comment-marker.js';
import {
  COMMENT_LIMIT,
  detectorHeadline,
  jobSummaryLink,
  planEmoji,
  renderFailureBody,
  renderPlanBody,
  type DetectorFailureReport,
  type DetectorPlanReport,
} from './detector-comment.js';
import { inlineCode, markdownId, safeUrl, truncateMarkdown } from './markdown.js';

/** One detector of the run: its plan (with its problems), or why it has none. */
export type DetectorCommentSection =
  | { kind: 'plan'; plan: DetectorPlanReport; problems: string }
  | { kind: 'failed'; failure: DetectorFailureReport };

export interface DetectorsCommentInput {
  mode: 'plan' | 'draft' | 'apply';
  region: string;
  commit?: string;
  runUrl?: string;
  sections: readonly DetectorCommentSection[];
  /** The model's part of the plan (a new major version), shared by every detector. */
  modelSection: string;
}

/** Below this share a section is left out rather than cut to a stub of a table. */
export const MIN_SECTION_CHARS = 1_500;
/** Room for the separators and a rounding error of the shares. */
const SLACK_CHARS = 200;
const SEPARATOR = '\n\n---\n\n';

const idOf = (s: DetectorCommentSection): string =>
  s.kind === 'plan' ? s.plan.detectorId : s.failure.detectorId;

function fingerprints(sections: readonly DetectorCommentSection[]): DetectorFingerprints {
  return sections.map((s) => [idOf(s), s.kind === 'plan' ? s.plan.fingerprint : ''] as const);
}

/** The overview line of one detector: what a reader sees even when its section was cut. */
function overviewLine(s: DetectorCommentSection): string {
  if (s.kind === 'failed') {
    const emoji = s.failure.status === 'CANCELLED' ? '⏹️' : '❌';
    return `- ${emoji} ${inlineCode(s.failure.detectorId)} · ${s.failure.status} · no plan`;
  }
  const { plan } = s;
  return `- ${planEmoji(plan)} ${inlineCode(plan.detectorId)} · ${markdownId(plan.status)} · ${detectorHeadline(plan.diff, plan.generatedDescription)}`;
}

function header(input: DetectorsCommentInput): string {
  const url = safeUrl(input.runUrl);
  const n = input.sections.length;
  const commit = input.commit ? ` · commit ${inlineCode(input.commit)}` : '';
  return [
    `## Fraud Detector ${input.mode} · ${n} detector${n === 1 ? '' : 's'} · ${markdownId(input.region)}`,
    '',
    ...input.sections.map(overviewLine),
    '',
    `One section per detector below${commit}${url ? ` · [workflow run](${url})` : ''}.`,
  ].join('\n');
}

function body(s: DetectorCommentSection, compact: boolean): string {
  return s.kind === 'plan'
    ? renderPlanBody(s.plan, compact) + s.problems
    : renderFailureBody(s.failure);
}

/** A section left out: its heading and headline, and where its plan is. */
function leftOut(s: DetectorCommentSection, runUrl: string | undefined): string {
  const first = body(s, true).split('\n', 1)[0] ?? '';
  const headline =
    s.kind === 'plan' ? `\n\n${detectorHeadline(s.plan.diff, s.plan.generatedDescription)}` : '';
  return `${first}${headline}\n\n> [!NOTE]\n> This detector's section was left out to fit GitHub's size limit; its plan is in the ${jobSummaryLink(runUrl)}.\n`;
}

/**
 * The largest size every section may keep so that all of them together fit
 * `available` (sections smaller than it keep their size): a water level.
 */
export function equalShare(sizes: readonly number[], available: number): number {
  const sorted = [...sizes].sort((a, b) => a - b);
  let remaining = available;
  for (let i = 0; i < sorted.length; i++) {
    const left = sorted.length - i;
    const size = sorted[i] ?? 0;
    if (size * left > remaining) return Math.floor(remaining / left);
    remaining -= size;
  }
  return Number.POSITIVE_INFINITY;
}

function assemble(input: DetectorsCommentInput, sections: readonly string[]): string {
  const marker = fullDetectorsMarker(input.region, fingerprints(input.sections));
  const model = input.modelSection ? `${SEPARATOR}${input.modelSection.trimStart()}` : '';
  return `${marker}\n${header(input)}${sections.map((s) => SEPARATOR + s).join('')}${model}`;
}

/** Shares the comment's size limit among the sections (see the module comment). */
function fitSections(input: DetectorsCommentInput): string[] {
  const bodies = input.sections.map((s) => body(s, true));
  const fixed = assemble(
    input,
    bodies.map(() => ''),
  ).length;
  const available = COMMENT_LIMIT - fixed - SLACK_CHARS;
  const stubs = input.sections.map((s) => leftOut(s, input.runUrl));
  const out = [...bodies];
  const free = new Set(bodies.map((_, i) => i));
  for (;;) {
    const stubbed = [...out.keys()].filter((i) => !free.has(i));
    const room = available - stubbed.reduce((n, i) => n + (stubs[i]?.length ?? 0), 0);
    const share = equalShare(
      [...free].map((i) => bodies[i]?.length ?? 0),
      room,
    );
    if (share >= MIN_SECTION_CHARS || free.size === 0) {
      for (const i of free) {
        const b = bodies[i] ?? '';
        if (b.length > share)
          out[i] = truncateMarkdown(
            b,
            share,
            `> [!NOTE]\n> This detector's section was cut to fit GitHub's size limit; the full diff is in the ${jobSummaryLink(input.runUrl)}.\n`,
          );
      }
      return out;
    }
    // Too many large sections to show each in part: leave out the largest, keep the rest.
    const largest = [...free].reduce((a, b) =>
      (bodies[b]?.length ?? 0) > (bodies[a]?.length ?? 0) ? b : a,
    );
    free.delete(largest);
    out[largest] = stubs[largest] ?? '';
  }
}

export function renderDetectorsComment(input: DetectorsCommentInput): string {
  const full = assemble(
    input,
    input.sections.map((s) => body(s, false)),
  );
  if (full.length <= COMMENT_LIMIT) return full;
  const compact = assemble(
    input,
    input.sections.map((s) => body(s, true)),
  );
  if (compact.length <= COMMENT_LIMIT) return compact;
  const fitted = assemble(input, fitSections(input));
  // Hundreds of detectors: even their overview lines do not fit; the marker (line 1) stays.
  return truncateMarkdown(
    fitted,
    COMMENT_LIMIT,
    `> [!NOTE]\n> This comment was cut to fit GitHub's size limit; the full plans are in the ${jobSummaryLink(input.runUrl)}.\n`,
  );
}
