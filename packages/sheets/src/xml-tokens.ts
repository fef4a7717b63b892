// The longest token of an XML part, measured as it streams past: a run of text, a tag with its attribute values, a
// CDATA section, a comment or a processing instruction. The parser builds each of these whole (as one string) before
// anything can check its length, so a file that hides a 200 MB text in any of them is refused by its size here.

const TEXT = 0;
const OPEN = 1;
const TAG = 2;
const DOUBLE = 3;
const SINGLE = 4;
const CDATA = 5;
const COMMENT = 6;
const INSTRUCTION = 7;

const LT = 60;
const GT = 62;
const CDATA_OPEN = '![CDATA[';
const COMMENT_OPEN = '!--';

/** The longest token seen so far, in bytes (characters of the part read as latin1), across any number of pieces. */
export class TokenMeasure {
  longest = 0;
  private state = TEXT;
  private run = 0;
  /** What follows a `<`, while it may still open a CDATA section or a comment. */
  private head = '';
  /** The two characters before the current one: `]]>`, `-->` and `?>` end where they end. */
  private before1 = 0;
  private before2 = 0;

  feed(text: string): void {
    let { state, run, longest, before1, before2 } = this;
    for (let i = 0; i < text.length; i++) {
      if (state === TEXT) {
        // Text is most of a part: jump to its end.
        const lt = text.indexOf('<', i);
        const end = lt < 0 ? text.length : lt;
        run += end - i;
        if (run > longest) longest = run;
        if (lt < 0) break;
        i = lt;
        state = OPEN;
        this.head = '';
        run = 1;
        continue;
      }
      const c = text.charCodeAt(i);
      run++;
      if (state === OPEN) {
        const head = this.head + text[i];
        this.head = head;
        if (head === '?') state = INSTRUCTION;
        else if (head === COMMENT_OPEN) state = COMMENT;
        else if (head === CDATA_OPEN) state = CDATA;
        else if (!CDATA_OPEN.startsWith(head) && !COMMENT_OPEN.startsWith(head)) {
          state = TAG;
          if (c === GT) state = TEXT;
          else if (c === 34) state = DOUBLE;
          else if (c === 39) state = SINGLE;
        }
      } else if (state === TAG) {
        if (c === GT) state = TEXT;
        else if (c === 34) state = DOUBLE;
        else if (c === 39) state = SINGLE;
      } else if (state === DOUBLE) {
        if (c === 34) state = TAG;
      } else if (state === SINGLE) {
        if (c === 39) state = TAG;
      } else if (c === GT) {
        if (
          (state === CDATA && before1 === 93 && before2 === 93) ||
          (state === COMMENT && before1 === 45 && before2 === 45) ||
          (state === INSTRUCTION && before1 === 63)
        )
          state = TEXT;
      }
      if (run > longest) longest = run;
      if (state === TEXT) run = 0;
      before2 = before1;
      before1 = c;
    }
    Object.assign(this, { state, run, longest, before1, before2 });
  }
}
