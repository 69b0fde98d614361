import path from 'node:path';

/** A package's folder, found the way Node finds the package (works when hoisted or nested). */
function packageDir(name: string): string {
  // Some packages export no subpaths (react): resolve the main file and climb to the package root.
  const main = require.resolve(name);
  for (let dir = path.dirname(main); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (path.basename(dir) === name) return dir;
  }
  throw new Error(`Cannot find the folder of ${name} from ${main}`);
}

/**
 * Browser files served from node_modules, never from a CDN: the machines
 * are offline. URL name → file.
 */
export function vendorFiles(): Record<string, string> {
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  const graphiql = packageDir('graphiql');
  return {
    'cytoscape.min.js': require.resolve('cytoscape/dist/cytoscape.min.js'),
    'react.production.min.js': path.join(react, 'umd', 'react.production.min.js'),
    'react-dom.production.min.js': path.join(reactDom, 'umd', 'react-dom.production.min.js'),
    'graphiql.min.js': path.join(graphiql, 'graphiql.min.js'),
    'graphiql.min.css': path.join(graphiql, 'graphiql.min.css'),
  };
}
