/** Characters XML 1.0 cannot carry at all, even escaped. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns raw white space in an attribute into plain spaces.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Text content, escaped; characters XML cannot hold are dropped. */
export function xmlText(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>]|\r/g, (c) => (c === '\r' ? '&#13;' : TEXT_ESCAPES[c]));
}

/** An attribute value, escaped for either quote. */
export function xmlAttribute(value: string): string {
  return value.replace(NOT_XML, '').replace(/[&<>"'\n\r\t]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}
