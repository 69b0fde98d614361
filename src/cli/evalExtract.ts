import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT, SEEDS_DIR } from '../config';
import { evalGoldSet, evalSeeds, missList, table } from '../extract/eval/run';

const { values } = parseArgs({
  options: {
    dev: { type: 'string', default: path.join(PROJECT_ROOT, 'eval', 'dev') },
    heldout: { type: 'string', default: path.join(PROJECT_ROOT, 'eval', 'heldout') },
    errors: { type: 'string' },
    out: { type: 'string', default: path.join(PROJECT_ROOT, 'eval', 'extract-scores.json') },
  },
});
const results = [
  evalSeeds(SEEDS_DIR),
  evalGoldSet('dev', path.resolve(values.dev!), SEEDS_DIR),
  evalGoldSet('heldout', path.resolve(values.heldout!), SEEDS_DIR),
];
console.log(table(results));
// --errors all | --errors figures,events: the unmatched items, to find the classes of error.
if (values.errors) console.log(`\n${missList(results, values.errors === 'all' ? undefined : values.errors.split(','))}`);
fs.mkdirSync(path.dirname(values.out!), { recursive: true });
fs.writeFileSync(values.out!, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote ${path.relative(process.cwd(), values.out!)}`);
