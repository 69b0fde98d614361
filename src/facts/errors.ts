/** A rule a seed file breaks, located so a curator can go straight to it. */
export interface FactProblem {
  file: string;
  line: number;
  reason: string;
}

export class FactsRejected extends Error {
  override name = 'FactsRejected';

  constructor(readonly problems: FactProblem[]) {
    super(
      `The seeds were refused; nothing was loaded. ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}:${p.line}: ${p.reason}`).join('\n'),
    );
  }
}
