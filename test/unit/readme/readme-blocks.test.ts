// The README's block extractor: fences, info strings, and the two ways of marking a block runnable.
import { commandsOf, fencedBlocks } from "../../../tools/readme-blocks";

const md = [
  "# title", // 1
  "```sh", // 2
  "npm ci", // 3
  "```", // 4
  "```sh runnable", // 5
  "# a comment", // 6
  "npm run render   # with a comment", // 7
  "", // 8
  "```", // 9
  "<!-- runnable -->", // 10
  "", // 11
  "~~~bash", // 12
  "echo ```not a fence end", // 13
  "~~~", // 14
  "````md", // 15
  "```sh runnable", // 16
  "inside a longer fence", // 17
  "```", // 18
  "````", // 19
  "  ```yaml", // 20
  "  a: 1", // 21
  "  ```", // 22
].join("\n");

describe("fencedBlocks", () => {
  const blocks = fencedBlocks(md);

  it("finds every fenced block with its line and language, nested fences as text", () => {
    expect(blocks.map((b) => [b.line, b.lang])).toEqual([
      [2, "sh"],
      [5, "sh"],
      [12, "bash"],
      [15, "md"],
      [20, "yaml"],
    ]);
    expect(blocks[3].code).toBe("```sh runnable\ninside a longer fence\n```");
    expect(blocks[4].code).toBe("a: 1");
  });

  it("marks runnable blocks by the info string or a <!-- runnable --> line before them", () => {
    expect(blocks.map((b) => b.runnable)).toEqual([false, true, true, false, false]);
  });

  it("gives a block's commands without comments and blank lines", () => {
    expect(commandsOf(blocks[1])).toEqual(["npm run render   # with a comment"]);
    expect(commandsOf(blocks[2])).toEqual(["echo ```not a fence end"]);
  });

  it("ends an unclosed block at the end of the file", () => {
    expect(fencedBlocks("```sh runnable\necho hi\n")).toEqual([{ line: 1, lang: "sh", code: "echo hi\n", runnable: true }]);
  });
});
