/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, after the test runner's own
 * report, so log readers find it. A test file that failed to load counts as one failure.
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
          (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length);
        if (loadFailed) counts.failed += 1;
      }
      // Printed after the runner's own output has been flushed.
      process.on('exit', () => {
        process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`);
      });
    },
  };
}
