/**
 * A vitest reporter that lists the tests that passed only on a retry (vitest's JSON report has no
 * retry information). tests/run.mjs adds it to each suite and shows those tests by name as FLAKY in
 * its summary, apart from the plain passes: a flaky test is a bug to fix, not a pass to absorb.
 * Writes JSON [{ name, file, retries }] to the path in RT_FLAKY_REPORT (nothing when unset).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Reporter, TestCase } from 'vitest/node';

export interface FlakyTest {
  name: string;
  file: string;
  retries: number;
}

export default class FlakyReporter implements Reporter {
  private readonly flaky: FlakyTest[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const diagnostic = testCase.diagnostic();
    if (testCase.result().state !== 'passed' || !diagnostic || diagnostic.retryCount === 0) return;
    this.flaky.push({ name: testCase.fullName, file: relative(process.cwd(), testCase.module.moduleId), retries: diagnostic.retryCount });
  }

  onTestRunEnd(): void {
    const out = process.env.RT_FLAKY_REPORT;
    if (!out) return;
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(this.flaky, null, 2));
  }
}
