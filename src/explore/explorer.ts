import path from 'node:path';
import express, { type Express, Router } from 'express';
import { PROJECT_ROOT } from '../config';
import { vendorFiles } from './vendor';

export const EXPLORER_DIR = path.join(PROJECT_ROOT, 'src', 'explore', 'public');

/** The graph explorer at /explore: static files, Cytoscape.js from node_modules. */
export function mountExplorer(app: Express): void {
  app.use('/explore', explorerRouter());
}

export function explorerRouter(): Router {
  const router = Router();
  const vendor = vendorFiles();
  router.get('/vendor/cytoscape.min.js', (_req, res) => res.sendFile(vendor['cytoscape.min.js']));
  router.use(express.static(EXPLORER_DIR, { index: 'index.html', fallthrough: true }));
  return router;
}
