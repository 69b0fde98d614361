/** An HTTP answer as the attack replay and the tests read it: status, headers, body as text and JSON, time taken. */
export interface Reply {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when it is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: any of the server's bodies (GraphQL, research, health, errors), read field by field by the attack replay and the hardening tests
  json: any;
  text: string;
  ms: number;
}

/** Sends one request and reads the whole answer. */
export async function fetchReply(url: string, init: RequestInit = {}): Promise<Reply> {
  const began = Date.now();
  const response = await fetch(url, init);
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text, ms: Date.now() - began };
}
