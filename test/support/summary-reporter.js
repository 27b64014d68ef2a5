import { writeFileSync } from 'node:fs';

/**
 * Counts passed, failed and skipped tests; a test file that failed to load counts as one
 * failure. With TIS_SUMMARY_FILE set (by scripts/run-tests.mjs) the counts go to that file;
 * otherwise one plain line `N passed, N failed, N skipped` closes the output.
 */
function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        const loadFailed =
          (session.errors?.length ?? 0) > 0 ||
          (!session.passed &&
            !session.testResults?.tests?.length &&
            !session.testResults?.suites?.length);
        if (loadFailed) counts.failed += 1;
      }
      const file = process.env.TIS_SUMMARY_FILE;
      if (file) {
        writeFileSync(file, JSON.stringify(counts));
        return;
      }
      // Printed after the runner's own output has been flushed.
      process.on('exit', () => {
        process.stdout.write(
          `\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
        );
      });
    },
  };
}
