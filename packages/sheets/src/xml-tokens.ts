// The longest tokens of an XML part, measured as it streams past. The parser builds each text (with its CDATA
// sections and entities) and each tag (with its attribute values), comment or processing instruction whole, as one
// string, before anything can check its length; so a file that hides a huge string in any of them is refused by its
// size here. What no Office part holds and the parser would build whole is marked `malformed`: a document type
// declaration, or an entity that does not end within a few characters.

const TEXT = 0;
const OPEN = 1;
const TAG = 2;
const DOUBLE = 3;
const SINGLE = 4;
const CDATA = 5;
const COMMENT = 6;
const INSTRUCTION = 7;
const ENTITY = 8;

const GT = 62;
const CDATA_OPEN = '![CDATA[';
const COMMENT_OPEN = '!--';
/** The longest entity an Office part writes: `&#x10FFFF;`. */
const ENTITY_MAX = 12;
const TEXT_STOP = /[<&]/g;

/** The longest text and the longest markup seen so far, in bytes (the part read as latin1), across any pieces. */
export class TokenMeasure {
  longestText = 0;
  longestMarkup = 0;
  malformed = false;
  private state = TEXT;
  private run = 0;
  /** What follows a `<`, while it may still open a CDATA section or a comment. */
  private head = '';
  /** The state an entity interrupted, and how long the entity is so far. */
  private resume = TEXT;
  private entity = 0;
  /** The two characters before the current one, counted from the token's start: `]]>`, `-->` and `?>`. */
  private before1 = 0;
  private before2 = 0;

  feed(text: string): void {
    let { state, run, before1, before2 } = this;
    for (let i = 0; i < text.length; i++) {
      if (state === TEXT) {
        // Text is most of a part: jump to its next `<` or `&`.
        TEXT_STOP.lastIndex = i;
        const stop = TEXT_STOP.exec(text);
        const end = stop ? stop.index : text.length;
        run += end - i;
        this.noteText(run);
        if (!stop) break;
        i = end;
        if (text.charCodeAt(i) === 38) {
          this.resume = TEXT;
          this.entity = 0;
          state = ENTITY;
          continue;
        }
        state = OPEN;
        this.head = '';
        run = 1;
        continue;
      }
      const c = text.charCodeAt(i);
      run++;
      if (state === ENTITY) {
        if (c === 59) state = this.resume;
        else if (++this.entity > ENTITY_MAX) this.malformed = true;
      } else if (state === OPEN) {
        const head = this.head + text[i];
        this.head = head;
        const opened =
          head === '?'
            ? INSTRUCTION
            : head === COMMENT_OPEN
              ? COMMENT
              : head === CDATA_OPEN
                ? CDATA
                : undefined;
        if (opened !== undefined) {
          state = opened;
          // The opener's own characters never close it: `<!-->` is not an empty comment.
          before1 = 0;
          before2 = 0;
          continue;
        }
        if (!CDATA_OPEN.startsWith(head) && !COMMENT_OPEN.startsWith(head)) {
          if (head[0] === '!') this.malformed = true;
          state = c === GT ? TEXT : c === 34 ? DOUBLE : c === 39 ? SINGLE : TAG;
        }
      } else if (state === TAG) {
        if (c === GT) state = TEXT;
        else if (c === 34) state = DOUBLE;
        else if (c === 39) state = SINGLE;
      } else if (state === DOUBLE || state === SINGLE) {
        if (c === (state === DOUBLE ? 34 : 39)) state = TAG;
        else if (c === 38) {
          this.resume = state;
          this.entity = 0;
          state = ENTITY;
        }
      } else if (c === GT) {
        if (
          (state === CDATA && before1 === 93 && before2 === 93) ||
          (state === COMMENT && before1 === 45 && before2 === 45) ||
          (state === INSTRUCTION && before1 === 63)
        )
          state = TEXT;
      }
      // A CDATA section is text to the parser; everything else between `<` and `>` is markup.
      if (state === CDATA || (state === ENTITY && this.resume === TEXT)) this.noteText(run);
      else if (this.longestMarkup < run) this.longestMarkup = run;
      if (state === TEXT) run = 0;
      before2 = before1;
      before1 = c;
    }
    this.state = state;
    this.run = run;
    this.before1 = before1;
    this.before2 = before2;
  }

  private noteText(run: number): void {
    if (run > this.longestText) this.longestText = run;
  }
}
