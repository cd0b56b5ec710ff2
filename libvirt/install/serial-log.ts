// Points the install phase's serial console at a log file (<serial><log file=... append='off'/>),
// so runInstall can quote the installer's last words on failure by reading it back as a volume.

const attr = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;").replace(/"/g, "&quot;");

/** The domain XML with the first <serial> device logging to `file` (truncated at each start, so a
 * run never quotes an earlier one). An existing <log> in that device is replaced. A domain without
 * a serial device is returned unchanged: it installs all the same, only failures cannot quote it. */
export function withSerialConsoleLog(domainXml: string, file: string): string {
  const log = `<log file='${attr(file)}' append='off'/>`;
  const open = /<serial\b[^>]*?(\/?)>/.exec(domainXml);
  if (!open) return domainXml;
  const start = open.index;
  if (open[1] === "/") {
    const tag = open[0].replace(/\s*\/>$/, ">");
    return domainXml.slice(0, start) + tag + log + "</serial>" + domainXml.slice(start + open[0].length);
  }
  const bodyStart = start + open[0].length;
  const close = domainXml.indexOf("</serial>", bodyStart);
  if (close < 0) throw new Error("domain XML has an unterminated <serial> element");
  const body = domainXml.slice(bodyStart, close).replace(/\s*<log\b[^>]*\/>|\s*<log\b[^>]*>[\s\S]*?<\/log>/g, "");
  return domainXml.slice(0, bodyStart) + log + body + domainXml.slice(close);
}
