/** The background's end of the translation port, for the translator client's unit tests: records what the client sends. */
export function fakePort() {
  const sent: Array<{ type: string; segments?: Array<{ id: string; text: string }>; ids?: string[] }> = [];
  const port = {
    name: 'translate',
    postMessage: (m: never) => void sent.push(m),
    onMessage: { addListener: () => undefined },
    onDisconnect: { addListener: () => undefined },
    disconnect: () => undefined,
  };
  return { port, sent };
}
