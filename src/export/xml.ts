import { createCB } from 'xmlbuilder2';
import type { XMLBuilderCB } from 'xmlbuilder2/lib/interfaces';
import type { Sink } from './model';

/** Characters XML 1.0 cannot carry at all, even escaped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it exists to find
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * A value ready for the builder: characters XML cannot hold are dropped, and
 * `&` is escaped here because xmlbuilder2 leaves an `&` that already starts
 * an entity (`&lt;`, `&amp;`…) as it is, which would read the text "&lt;"
 * back as "<". The builder escapes the rest (< > ").
 */
export function xmlValue(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;');
}

export interface XmlStream {
  xml: XMLBuilderCB;
  /** Hands what the builder has written so far to the sink, and waits for it. */
  flush(): Promise<void>;
}

/**
 * A streaming XML document (xmlbuilder2's callback builder) over an async
 * sink: the builder writes synchronously into a buffer, and each writer step
 * flushes it, so back-pressure reaches the Neo4j read.
 */
export function xmlStream(sink: Sink): XmlStream {
  const chunks: string[] = [];
  let failure: Error | undefined;
  const xml = createCB({
    data: (chunk: string) => void chunks.push(chunk),
    error: (error: Error) => {
      failure = error;
    },
    prettyPrint: true,
  });
  return {
    xml,
    async flush() {
      if (failure) throw failure;
      if (chunks.length > 0) await sink(chunks.splice(0).join(''));
    },
  };
}
