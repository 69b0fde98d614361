import os from 'node:os';
import { loadConfig } from '../config';
import { connectForCli } from '../research/connectForCli';
import { accept } from '../review/accept';
import { correct } from '../review/correct';
import { mergeNodes } from '../review/merge';
import { type ReviewItem, reviewQueue } from '../review/queue';
import { reject } from '../review/reject';
import { type CommandArgs, UsageError, runCommand } from './command';

const USAGE = `Usage: npm run review -- list [--article ID] [--json]
       npm run review -- accept <id> [--by NAME]
       npm run review -- reject <id> [--by NAME]
       npm run review -- correct <id> <field> <value> [--by NAME]
       npm run review -- merge <into-id> <from-id> [--by NAME]

Reviews what ingestion extracted (NEO4J_URI, else the project's database:
\`npm run db:start\`). list: what awaits review, by article (extracted facts
and possible matches). accept: the fact becomes curated, recording who and
when (a proposal id: its fact is merged into the candidate). reject: removed,
and left out when its article is ingested again (a proposal id: both stay
apart). correct: sets one field (a value that reads as JSON is taken as
JSON: 230, null, "text"). merge: names, relationships and evidence of
<from-id> move to <into-id>. The reviewer is --by, else REVIEWER, else the
login name.`;

const short = (text: string, max = 100): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function describeQueue(items: ReviewItem[]): string {
  if (items.length === 0) return 'Nothing awaits review.';
  return items
    .map((item) => {
      const head = `${item.article.id}${item.article.title ? `  ${item.article.title}` : ''}  (run ${item.run.id}, ${item.run.startedAt})`;
      const facts = item.facts.map((f) => {
        const sure = f.confidence === null ? '' : `  ${Math.round(f.confidence * 100)}%`;
        // A relationship's id says what it joins; a node's name may be a long claim.
        const what = f.kind === 'NODE' ? `  ${short(f.name)}` : '';
        const quote = f.evidence[0] ? `\n               “${short(f.evidence[0].quote)}”` : '';
        return `  ${f.kind === 'NODE' ? f.label.padEnd(12) : 'relationship'} ${f.id}${sure}${what}${quote}`;
      });
      const proposals = item.proposals.map((p) => `  proposal     ${p.id}\n               is it “${short(p.candidate.name)}”? ${p.reason}`);
      return [head, ...facts, ...proposals].join('\n');
    })
    .join('\n\n');
}

/** A value as typed on the command line: JSON where it reads as JSON, else the text itself. */
function typedValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

const OPTIONS = {
  allowPositionals: true,
  options: { article: { type: 'string' }, by: { type: 'string' }, json: { type: 'boolean' } },
} as const;

async function main({ values, positionals }: CommandArgs<typeof OPTIONS>): Promise<number> {
  const [command, ...args] = positionals;
  const arity: Record<string, number> = { list: 0, accept: 1, reject: 1, correct: 3, merge: 2 };
  if (command === undefined) throw new UsageError('Give a command: list, accept, reject, correct or merge.');
  if (!(command in arity)) throw new UsageError(`Unknown command "${command}".`);
  if (args.length !== arity[command]) throw new UsageError(`"${command}" takes ${arity[command]} argument(s), not ${args.length}.`);
  const by = values.by ?? process.env.REVIEWER ?? os.userInfo().username;
  const db = await connectForCli(loadConfig());
  try {
    if (command === 'list') {
      const items = await reviewQueue(db, values.article);
      console.log(values.json ? JSON.stringify(items, null, 2) : describeQueue(items));
      return 0;
    }
    const result =
      command === 'accept'
        ? await accept(db, args[0], by)
        : command === 'reject'
          ? await reject(db, args[0], by)
          : command === 'correct'
            ? await correct(db, args[0], args[1], typedValue(args[2]), by)
            : await mergeNodes(db, args[0], args[1], by);
    console.log(result.summary);
    return 0;
  } finally {
    await db.close();
  }
}

runCommand(USAGE, OPTIONS, main);
