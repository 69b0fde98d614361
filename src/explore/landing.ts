import path from 'node:path';
import express, { type Express } from 'express';
import { PROJECT_ROOT } from '../config';

const LANDING_DIR = path.join(PROJECT_ROOT, 'src', 'explore', 'landing');

/** The page at `/`: what the service is, and the way to each of its doors. */
export function mountLanding(app: Express): void {
  app.get('/', (_req, res) => res.sendFile(path.join(LANDING_DIR, 'index.html')));
  app.use('/landing', express.static(LANDING_DIR, { index: false }));
}
