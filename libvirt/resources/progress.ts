// Progress of a long transfer (a volume upload) in Pulumi's log, which the provider host forwards
// to the engine: one line per tenth, so a large upload shows it is moving without flooding the log.
import { log as pulumiLog } from "@pulumi/pulumi";

/** A StreamOptions.onProgress callback that logs `what` every 10 % of `totalBytes`. */
export function transferProgress(what: string, totalBytes: number): (bytes: number) => void {
  let reported = 0;
  return (bytes) => {
    if (totalBytes <= 0) return;
    const tenth = Math.min(10, Math.floor((bytes / totalBytes) * 10));
    if (tenth <= reported) return;
    reported = tenth;
    const mib = (n: number) => (n / 2 ** 20).toFixed(1);
    pulumiLog.info(`${what}: ${mib(bytes)} of ${mib(totalBytes)} MiB (${tenth * 10} %)`).catch(() => undefined);
  };
}
