// The shell of mode export: the AFD gateway (reads only), the workspace
// writer, the `exportPath` output and the job summary. No AFD write is ever
// made: the flow only holds a port of read operations.
import * as core from '../runner/commands.js';
import { AfdGateway } from '../afd/gateway.js';
import { systemClock } from '../domain/clock.js';
import type { Logger } from '../domain/log.js';
import type { Request } from '../domain/request.js';
import { writeWorkspaceFiles } from '../export/write-files.js';
import { runExport, type ExportReport } from '../export/run-export.js';
import { escapeMarkdown } from '../report/markdown.js';
import { environmentCredentials, resolveTimeScale } from './environment.js';
import { writeSummary } from './summary.js';

const log: Logger = core.logger;

export async function executeExport(request: Request): Promise<void> {
  const detector = request.detector!;
  if (request.model)
    core.info(`mode export: the model section (${request.model.modelId}) is not exported or run.`);
  // Retries of throttled reads pause in step with a local emulator's clock.
  const timeScale = await resolveTimeScale(request.endpointUrl, { warn: (m) => core.warning(m) });
  const clock = systemClock(timeScale);
  const credentials = environmentCredentials();
  const gateway = new AfdGateway({
    region: request.region,
    sleep: (ms) => clock.sleep(ms),
    onOutage: (m) => core.warning(m),
    ...(credentials ? { credentials } : {}),
    ...(request.endpointUrl ? { endpointUrl: request.endpointUrl } : {}),
  });
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    const report = await runExport(
      {
        afd: gateway,
        log,
        yaml: await import('yaml'),
        write: (files) => writeWorkspaceFiles(workspace, files),
      },
      {
        detectorId: detector.detectorId,
        base: detector.base,
        ...(request.exportPath ? { exportPath: request.exportPath } : {}),
      },
    );
    core.setOutput('exportPath', report.configPath);
    await writeSummary(exportSummary(report));
  } finally {
    gateway.destroy();
  }
}

function exportSummary(r: ExportReport): string {
  const code = (s: string): string => `\`${s.replace(/`/g, "'")}\``;
  const lines = [
    `## 📤 Exported detector ${escapeMarkdown(r.detectorId)} version ${escapeMarkdown(r.baseVersionId)} (${escapeMarkdown(r.baseStatus)})`,
    '',
    `${code(r.configPath)} and ${r.ruleCount} rule file${r.ruleCount === 1 ? '' : 's'} beside it. Nothing was changed in AFD.`,
    '',
  ];
  if (r.differences.length)
    lines.push(
      '> [!WARNING]',
      '> A plan with these files would not be empty:',
      ...r.differences.map((d) => `> - ${escapeMarkdown(d)}`),
      '',
    );
  else lines.push('A plan with these files reports no change.', '');
  return lines.join('\n');
}
