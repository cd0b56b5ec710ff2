import { withSerialConsoleLog } from "../../../libvirt/install/serial-log";

const FILE = "/var/lib/libvirt/boot/web01-install-console.log";
const LOG = `<log file='${FILE}' append='off'/>`;

describe("withSerialConsoleLog", () => {
  it("adds the log to the first serial device", () => {
    const xml =
      "<domain><devices><serial type='pty'>\n  <target port='0'/>\n</serial><serial type='pty'><target port='1'/></serial></devices></domain>";
    expect(withSerialConsoleLog(xml, FILE)).toBe(
      `<domain><devices><serial type='pty'>${LOG}\n  <target port='0'/>\n</serial><serial type='pty'><target port='1'/></serial></devices></domain>`,
    );
  });

  it("opens a self-closing serial element", () => {
    expect(withSerialConsoleLog(`<devices><serial type="pty"/></devices>`, FILE)).toBe(
      `<devices><serial type="pty">${LOG}</serial></devices>`,
    );
  });

  it("replaces a log the device already has", () => {
    const xml = "<serial type='pty'><log file='/old.log'/><target port='0'/></serial>";
    expect(withSerialConsoleLog(xml, FILE)).toBe(`<serial type='pty'>${LOG}<target port='0'/></serial>`);
  });

  it("escapes the file name for an attribute", () => {
    expect(withSerialConsoleLog("<serial type='pty'></serial>", "/b/a'b&c.log")).toBe(
      "<serial type='pty'><log file='/b/a&apos;b&amp;c.log' append='off'/></serial>",
    );
  });

  it("leaves a domain without a serial device unchanged", () => {
    const xml = "<domain><devices><console type='pty'/></devices></domain>";
    expect(withSerialConsoleLog(xml, FILE)).toBe(xml);
  });

  it("does not mistake an escaped <serial> in text for the device", () => {
    const xml = "<domain><description>&lt;serial&gt;</description><devices><serial type='pty'/></devices></domain>";
    expect(withSerialConsoleLog(xml, FILE)).toBe(
      `<domain><description>&lt;serial&gt;</description><devices><serial type='pty'>${LOG}</serial></devices></domain>`,
    );
  });
});
