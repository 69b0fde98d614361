/**
 * Which Jest project a test file belongs to, read from what it imports, so
 * that no list has to be kept by hand. A test needs Neo4j (project `graph`)
 * when it reaches, through its imports inside tests/, the run's database
 * (tests/support/graph.ts, which tests/support/api.ts uses) or starts a server
 * of its own (src/neo4j/server.ts); every other test is pure (`unit`).
 * CommonJS: jest.config.js requires it.
 */
const fs = require('node:fs');
const path = require('node:path');

const RUN_DATABASE = 'tests/support/graph.ts';
const REACHES_NEO4J = /\bstartServer\(|NEO4J_URI|\.\.\.process\.env\b|env: process\.env\b/;
const IMPORT = /(?:from|import|require\()\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The project files `file` imports by a relative path (.ts added where left out). */
function importsOf(file) {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)]
    .map((m) => path.resolve(path.dirname(file), m[1]))
    .map((target) => (fs.existsSync(target) && fs.statSync(target).isFile() ? target : `${target}.ts`))
    .filter((target) => fs.existsSync(target));
}

/** Whether `file` reaches Neo4j; only files under tests/ are followed (src never opens the test database by itself). */
function needsNeo4j(file, root, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const relative = path.relative(root, file).split(path.sep).join('/');
  if (relative === RUN_DATABASE) return true;
  if (!relative.startsWith('tests/')) return false;
  if (REACHES_NEO4J.test(fs.readFileSync(file, 'utf8'))) return true;
  return importsOf(file).some((target) => needsNeo4j(target, root, seen));
}

/** Every test file under tests/, relative to `root`. */
function testFiles(root) {
  return fs
    .readdirSync(path.join(root, 'tests'), { recursive: true })
    .map((f) => `tests/${String(f).split(path.sep).join('/')}`)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
}

/** The pure test files: those that never reach Neo4j. */
function unitTests(root) {
  return testFiles(root).filter((f) => !needsNeo4j(path.join(root, f), root));
}

module.exports = { testFiles, unitTests, needsNeo4j };
