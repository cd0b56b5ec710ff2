// An independent reader of kickstart syntax, written from pykickstart's documented grammar (and
// nothing of our generator), to parse back what the generator writes: the file is split into lines
// as Python's str.splitlines() does; blank lines and lines starting with # are skipped; a command
// line is split like shlex.split(line, comments=True) in POSIX mode (quotes, backslash escapes, a
// # at the start of or inside an unquoted word starts a comment); a line whose first word starts
// with % opens a section that runs to a line whose first word is %end.

export interface KickstartCommand {
  name: string;
  args: string[];
  /** 1-based line number. */
  line: number;
}

export interface KickstartSection {
  /** e.g. "%packages". */
  name: string;
  /** The header's words after the name, e.g. ["--ignoremissing"]. */
  options: string[];
  /** The body's lines; for %packages without blank lines and comments, trimmed. */
  body: string[];
  line: number;
}

export interface ReadKickstart {
  commands: KickstartCommand[];
  sections: KickstartSection[];
}

export class KickstartSyntaxError extends Error {
  constructor(line: number, message: string) {
    super(`kickstart line ${line}: ${message}`);
    this.name = "KickstartSyntaxError";
  }
}

/** Line boundaries of Python 3's str.splitlines(). */
const LINE_BREAK = /\r\n|[\n\r\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029]/;
const WHITESPACE = " \t\r\n";

/** shlex.split(s, comments=True) in POSIX mode, as pykickstart splits a command line. */
export function shlexSplit(s: string, line = 0): string[] {
  const out: string[] = [];
  let token = "";
  let inWord = false;
  let i = 0;
  const end = () => {
    if (inWord) out.push(token);
    token = "";
    inWord = false;
  };
  while (i < s.length) {
    const c = s[i];
    if (WHITESPACE.includes(c)) {
      end();
      i++;
    } else if (c === "#") {
      // A comment runs to the end of the line, also from inside an unquoted word.
      break;
    } else if (c === "\\") {
      if (i + 1 >= s.length) throw new KickstartSyntaxError(line, "no escaped character");
      token += s[i + 1];
      inWord = true;
      i += 2;
    } else if (c === "'") {
      const close = s.indexOf("'", i + 1);
      if (close < 0) throw new KickstartSyntaxError(line, "no closing quotation");
      token += s.slice(i + 1, close);
      inWord = true;
      i = close + 1;
    } else if (c === '"') {
      i++;
      inWord = true;
      for (;;) {
        if (i >= s.length) throw new KickstartSyntaxError(line, "no closing quotation");
        const d = s[i];
        if (d === '"') {
          i++;
          break;
        }
        // Inside double quotes a backslash escapes only " and itself.
        if (d === "\\" && i + 1 < s.length && (s[i + 1] === '"' || s[i + 1] === "\\")) {
          token += s[i + 1];
          i += 2;
        } else {
          token += d;
          i++;
        }
      }
    } else {
      token += c;
      inWord = true;
      i++;
    }
  }
  end();
  return out;
}

const isBlankOrComment = (l: string): boolean => l.trim() === "" || l.trimStart().startsWith("#");

/** Reads a kickstart; throws KickstartSyntaxError where pykickstart's parser would fail. */
export function readKickstart(text: string): ReadKickstart {
  const lines = text.split(LINE_BREAK);
  if (lines.length && lines[lines.length - 1] === "") lines.pop();
  const commands: KickstartCommand[] = [];
  const sections: KickstartSection[] = [];
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n];
    if (isBlankOrComment(raw)) continue;
    const args = shlexSplit(raw, n + 1);
    if (args.length === 0) continue;
    if (!args[0].startsWith("%")) {
      commands.push({ name: args[0], args: args.slice(1), line: n + 1 });
      continue;
    }
    if (args[0] === "%end") throw new KickstartSyntaxError(n + 1, "%end outside a section");
    const section: KickstartSection = { name: args[0], options: args.slice(1), body: [], line: n + 1 };
    const allLines = section.name !== "%packages";
    let closed = false;
    for (n++; n < lines.length; n++) {
      const l = lines[n];
      if (l.trimStart().startsWith("%") && l.trim().split(/\s+/)[0] === "%end") {
        closed = true;
        break;
      }
      if (!allLines && isBlankOrComment(l)) continue;
      section.body.push(allLines ? l : l.trim());
    }
    if (!closed) throw new KickstartSyntaxError(section.line, `section ${section.name} does not end with %end`);
    sections.push(section);
  }
  return { commands, sections };
}

/** A command's --name=value (or --name value) options and its other arguments. */
export function commandOptions(c: KickstartCommand): { options: Record<string, string | true>; positional: string[] } {
  const options: Record<string, string | true> = {};
  const positional: string[] = [];
  for (const a of c.args) {
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(a);
    if (m) options[m[1]] = m[2] ?? true;
    else positional.push(a);
  }
  return { options, positional };
}
