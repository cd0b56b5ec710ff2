// jest's own progress output (per-file results, --verbose honoured) without its summary: the
// summary comes from skip-summary-reporter.js, which adds what was skipped after it.
const { DefaultReporter, VerboseReporter } = require("@jest/reporters");

module.exports = function ProgressReporter(globalConfig) {
  return globalConfig.verbose ? new VerboseReporter(globalConfig) : new DefaultReporter(globalConfig);
};
