// The fenced code blocks of a Markdown file, and which of them are marked runnable: the README's
// commands that run on any machine of the CI kind (no Pulumi CLI, no KVM host, no sudo), which
// test/unit/readme/readme.test.ts runs so the README cannot drift from the code. A block is marked
// by the word `runnable` in its info string (```sh runnable) or by a `<!-- runnable -->` line
// right before it.

export interface FencedBlock {
  /** 1-based line of the opening fence. */
  line: number;
  /** The first word of the info string (sh, ts, yaml), or "". */
  lang: string;
  code: string;
  runnable: boolean;
}

const OPEN = /^( {0,3})(`{3,}|~{3,})\s*([^`]*)$/;
const MARKER = /^\s*<!--\s*runnable\s*-->\s*$/;

export function fencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split("\n");
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, info] = open;
    const words = info.trim().split(/\s+/).filter(Boolean);
    const body: string[] = [];
    let j = i + 1;
    // The closing fence: the same character, at least as long, nothing after it (CommonMark).
    const close = new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}\\s*$`);
    for (; j < lines.length && !close.test(lines[j]); j++)
      body.push(lines[j].startsWith(indent) ? lines[j].slice(indent.length) : lines[j]);
    let k = i - 1;
    while (k >= 0 && lines[k].trim() === "") k--;
    blocks.push({
      line: i + 1,
      lang: words[0] ?? "",
      code: body.join("\n"),
      runnable: words.slice(1).includes("runnable") || (k >= 0 && MARKER.test(lines[k])),
    });
    i = j;
  }
  return blocks;
}

/** The shell commands of a block, one per line, without comments-only and blank lines. */
export function commandsOf(block: FencedBlock): string[] {
  return block.code
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}
