import { csvWriter } from './csv';
import { cytoscapeWriter } from './cytoscape';
import { gexfWriter } from './gexf';
import { graphmlWriter } from './graphml';
import type { GraphWriter, Sink } from './model';

/** The single-file formats, named by their file extension: file name, media type, writer. CSV is two files, handled on its own. */
export const FILE_FORMATS = {
  graphml: { file: 'graph.graphml', contentType: 'application/graphml+xml; charset=utf-8', writer: graphmlWriter },
  gexf: { file: 'graph.gexf', contentType: 'application/gexf+xml; charset=utf-8', writer: gexfWriter },
  cyjs: { file: 'graph.cyjs', contentType: 'application/json; charset=utf-8', writer: cytoscapeWriter },
} satisfies Record<string, { file: string; contentType: string; writer: (sink: Sink) => GraphWriter }>;

export type FileFormat = keyof typeof FILE_FORMATS;
export const FORMAT_NAMES = [...Object.keys(FILE_FORMATS), 'csv'] as const;

export const CSV_FILES = {
  'nodes.csv': (sink: Sink) => csvWriter({ nodes: sink }),
  'edges.csv': (sink: Sink) => csvWriter({ edges: sink }),
} as const;
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export function isFileFormat(name: string): name is FileFormat {
  return Object.hasOwn(FILE_FORMATS, name);
}
