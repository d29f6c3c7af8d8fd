/**
 * A stand-in for the browser's editing commands (`document.execCommand`), which happy-dom lacks,
 * for the comment-box tests. Like a browser: a command acts on the selection only when it is in a
 * contenteditable, replaces what is selected, leaves the caret after what it put in, and fires the
 * `input` event the site's Vue listens to (inputType, data). The one difference the composer cares
 * about is Chrome's against Firefox's: Chrome turns "\n" inside insertText into new paragraphs
 * (<div>s, an input event each), Firefox puts a <br> for it in one step. A line break typed at the
 * end gets the second <br> both browsers add there, so that the new empty line shows.
 */
export interface Editing {
  /** The commands run, in order: `insertText:<value>` or `insertLineBreak`. */
  commands: string[];
  /** Whether an input event came from a command (as a browser's does), not from a script. */
  typed(event: Event): boolean;
  /** Puts back whatever `document.execCommand` was before (happy-dom: none). */
  restore(): void;
}

export function installEditing(flavour: 'chrome' | 'firefox', refuse: readonly string[] = []): Editing {
  const doc = document as Document & { execCommand?: unknown };
  const before = Object.getOwnPropertyDescriptor(doc, 'execCommand');
  const fromCommand = new WeakSet<Event>();
  const commands: string[] = [];

  const fire = (host: Element, inputType: string, data: string | null) => {
    const event = new InputEvent('input', { inputType, data, bubbles: true });
    fromCommand.add(event);
    host.dispatchEvent(event);
  };
  /** Replaces the selection with `nodes`, the caret after them. */
  const put = (selection: Selection, range: Range, nodes: Node[]) => {
    range.deleteContents();
    const fragment = document.createDocumentFragment();
    fragment.append(...nodes);
    const last = nodes.at(-1);
    range.insertNode(fragment);
    if (last) range.setStartAfter(last);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
  };
  const br = () => document.createElement('br');
  const withBreaks = (text: string): Node[] => text.split('\n').flatMap((line, i) => [...(i > 0 ? [br()] : []), ...(line ? [document.createTextNode(line)] : [])]);

  doc.execCommand = (command: string, _showUI?: boolean, value?: string): boolean => {
    commands.push(value === undefined ? command : `${command}:${value}`);
    const selection = window.getSelection();
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null;
    const start = range?.commonAncestorContainer;
    const host = start ? (start.nodeType === 1 ? (start as Element) : start.parentElement)?.closest('[contenteditable="true"]') : null;
    if (!selection || !range || !host || refuse.includes(command)) return false;
    if (command === 'insertLineBreak') {
      put(selection, range, [br()]);
      // A <br> ending a block shows no line: the browser adds a second one, the caret before it.
      if (!range.startContainer.childNodes[range.startOffset]) host.append(br());
      fire(host, 'insertLineBreak', null);
      return true;
    }
    if (command !== 'insertText') return false;
    const text = value ?? '';
    if (!text && range.collapsed) return true;
    if (flavour === 'firefox' || !text.includes('\n')) {
      put(selection, range, withBreaks(text));
      fire(host, 'insertText', text);
      return true;
    }
    // Chrome: the first line where the caret is, each further line a new paragraph.
    const [first = '', ...rest] = text.split('\n');
    put(selection, range, first ? [document.createTextNode(first)] : []);
    fire(host, 'insertText', first);
    for (const line of rest) {
      const div = document.createElement('div');
      div.append(line ? document.createTextNode(line) : br());
      put(selection, range, [div]);
      fire(host, 'insertParagraph', null);
    }
    return true;
  };

  return {
    commands,
    typed: (event) => fromCommand.has(event),
    restore() {
      if (before) Object.defineProperty(doc, 'execCommand', before);
      else Reflect.deleteProperty(doc, 'execCommand');
    },
  };
}
