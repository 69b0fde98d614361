import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { PROJECT_ROOT } from '../config';
import { vendorFiles } from './vendor';

const IDE_DIR = path.join(PROJECT_ROOT, 'src', 'explore', 'ide');
const IDE_ASSETS = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js', 'graphiql.min.css'];

/**
 * GraphiQL, offline: GET /graphql from a browser gets the IDE (instead of
 * Apollo's landing page, which loads from a CDN); its scripts come from
 * node_modules under /graphiql/. Clients' GETs and POSTs go on to Apollo,
 * CSRF prevention and all. Mount it before Apollo's /graphql.
 */
export function mountGraphiQL(app: Express): void {
  const vendor = vendorFiles();
  for (const name of IDE_ASSETS) app.get(`/graphiql/${name}`, (_req, res) => res.sendFile(vendor[name]));
  app.use('/graphiql', express.static(IDE_DIR, { index: false }));
  app.get('/graphql', ideForBrowsers);
}

function ideForBrowsers(req: Request, res: Response, next: NextFunction): void {
  // A browser asks for HTML first, with or without `?query=` (a shared link); a client's GET asks for JSON.
  const wantsPage = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
  if (!wantsPage) {
    next();
    return;
  }
  res.sendFile(path.join(IDE_DIR, 'index.html'));
}
