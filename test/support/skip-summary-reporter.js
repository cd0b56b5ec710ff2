// jest's summary, closed by what was skipped and why, so a skipped integration project is the last
// thing a reader sees, not a line scrolled away at the top. Used instead of jest's own summary
// (jest.config.js lists it with jest-progress-reporter.js rather than "default").
const path = require("path");
const { SummaryReporter } = require("@jest/reporters");

class SkipSummaryReporter extends SummaryReporter {
  /** options.skipped: [{ project, reason }], decided by jest.config.js before the run. */
  constructor(globalConfig, options = {}) {
    super(globalConfig, {});
    this.rootDir = globalConfig.rootDir;
    this.skipped = options.skipped || [];
  }

  onRunComplete(contexts, results) {
    super.onRunComplete(contexts, results);
    process.stderr.write(`${skipSummary(this.skipped, results, this.rootDir).join("\n")}\n`);
  }
}

/** The closing lines: each skipped project with its reason, then test files with skipped tests. */
function skipSummary(skipped, results, rootDir) {
  const lines = skipped.map((s) => `skipped: ${s.project} project (${s.reason})`);
  for (const file of results.testResults || []) {
    const n = (file.numPendingTests || 0) + (file.numTodoTests || 0);
    if (n > 0)
      lines.push(
        `skipped: ${n} test${n === 1 ? "" : "s"} in ${path.relative(rootDir, file.testFilePath)} (it.skip or todo there, or left out by --testNamePattern)`,
      );
  }
  return lines.length ? lines : ["skipped: nothing"];
}

module.exports = SkipSummaryReporter;
module.exports.skipSummary = skipSummary;
