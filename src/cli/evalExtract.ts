import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, SEEDS_DIR } from '../config';
import { evalGoldSet, evalSeeds, missList, table } from '../extract/eval/run';
import { type CommandArgs, runCommand } from './command';

const USAGE = `Usage: npm run eval:extract [-- --errors all|figures,events] [--dev DIR] [--heldout DIR] [--out FILE]

Scores the extractor per kind of fact (precision, recall, F1) on three sets: the five
seeds against their curated facts, the development set (eval/dev) and the held-out set
(eval/heldout); prints the table and writes it, with every missed and spurious item, to
--out (default eval/extract-scores.json). --errors also prints those items.`;

const OPTIONS = {
  options: {
    dev: { type: 'string', default: path.join(PROJECT_ROOT, 'eval', 'dev') },
    heldout: { type: 'string', default: path.join(PROJECT_ROOT, 'eval', 'heldout') },
    errors: { type: 'string' },
    out: { type: 'string', default: path.join(PROJECT_ROOT, 'eval', 'extract-scores.json') },
  },
} as const;

async function main({ values }: CommandArgs<typeof OPTIONS>): Promise<void> {
  const results = [
    evalSeeds(SEEDS_DIR),
    evalGoldSet('dev', path.resolve(values.dev), SEEDS_DIR),
    evalGoldSet('heldout', path.resolve(values.heldout), SEEDS_DIR),
  ];
  console.log(table(results));
  // --errors all | --errors figures,events: the unmatched items, to find the classes of error.
  if (values.errors) console.log(`\n${missList(results, values.errors === 'all' ? undefined : values.errors.split(','))}`);
  fs.mkdirSync(path.dirname(values.out), { recursive: true });
  fs.writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), values.out)}`);
}

runCommand(USAGE, OPTIONS, main);
