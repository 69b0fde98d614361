import path from 'node:path';
import express, { type Express, Router } from 'express';
import { PROJECT_ROOT } from '../config';
import { LABEL_STYLE, OTHER_STYLE } from '../export/style';
import { vendorFiles } from './vendor';

export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'src', 'explore', 'public');

/**
 * The palette as the browser module js/palette.js, written from the one
 * definition the exports use (src/export/style.ts): never a copy to keep in step.
 */
export const PALETTE_MODULE = [
  '// Served from src/export/style.ts: one colour and one shape per label, the same in the exports.',
  `export const LABEL_STYLE = ${JSON.stringify(LABEL_STYLE)};`,
  `export const OTHER_STYLE = ${JSON.stringify(OTHER_STYLE)};`,
  '',
].join('\n');

/** The graph explorer at /explore: static files, Cytoscape.js from node_modules. */
export function mountExplorer(app: Express): void {
  app.use('/explore', explorerRouter());
}

export function explorerRouter(): Router {
  const router = Router();
  const vendor = vendorFiles();
  router.get('/vendor/cytoscape.min.js', (_req, res) => res.sendFile(vendor['cytoscape.min.js']));
  router.get('/js/palette.js', (_req, res) => res.type('text/javascript').send(PALETTE_MODULE));
  router.use(express.static(EXPLORER_DIR, { index: 'index.html', fallthrough: true }));
  return router;
}
