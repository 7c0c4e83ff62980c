/**
 * A build problem the developer must fix. `scripts/build.mjs` prints its
 * message without a stack trace and exits with code 1.
 */
export class BuildError extends Error {
  /**
   * @param {string} summary one line saying what failed
   * @param {string[]} [problems] one line per problem, listed under the summary
   */
  constructor(summary, problems = []) {
    super([summary, ...problems.map((problem) => `  - ${problem}`)].join('\n'));
    this.name = 'BuildError';
    this.problems = problems;
  }
}
