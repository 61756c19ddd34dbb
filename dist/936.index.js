export const id = 936;
export const ids = [936];
export const modules = {

/***/ 8936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N0: () => (/* reexport */ types/* MODEL_SCORE_SUFFIX */.N0),
  xe: () => (/* reexport */ RuleBatch),
  y3: () => (/* reexport */ VERDICT),
  mk: () => (/* reexport */ compileRule),
  Vz: () => (/* reexport */ evaluateEach),
  F0: () => (/* reexport */ evaluateRules),
  ZM: () => (/* reexport */ types/* isDataType */.ZM),
  Gl: () => (/* reexport */ lintExpression),
  mw: () => (/* reexport */ modelScoreThresholds),
  YK: () => (/* reexport */ parseExpression),
  _T: () => (/* reexport */ referencedNames)
});

// UNUSED EXPORTS: MAX_EXPRESSION_CHARS, MAX_LISTS_PER_RULE, MAX_LIST_LITERAL_ELEMENTS, MAX_NESTING_DEPTH, MAX_REGEX_PATTERN_CHARS, WARN_EXPRESSION_CHARS, evaluateRule

;// CONCATENATED MODULE: ./src/detectorpl/source.ts
class SourceText {
    text;
    lineStarts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            // \r\n, \n and a lone \r each end a line.
            if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10))
                this.lineStarts.push(i + 1);
        }
    }
    span(offset, length) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if ((this.lineStarts[mid] ?? 0) <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { offset, length, line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1 };
    }
}
/** The span from the start of `a` to the end of `b`. */
function joinSpans(a, b) {
    return {
        offset: a.offset,
        length: b.offset + b.length - a.offset,
        line: a.line,
        column: a.column,
    };
}
/** User text for a message: at most `max` characters, control characters made visible. */
function clip(text, max = 40) {
    let visible = '';
    for (const ch of text) {
        const c = ch.charCodeAt(0);
        const control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029;
        visible += control ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
        if (visible.length > max)
            break;
    }
    return visible.length > max ? `${visible.slice(0, max - 1)}…` : visible;
}

;// CONCATENATED MODULE: ./src/detectorpl/lexer.ts
// Tokens of DetectorPL, produced on demand so the first problem in reading
// order is the one reported. Lexical mistakes with an obvious fix ('=', '&&',
// single quotes) become 'invalid' tokens with a hint; the parser then says what
// it expected there.

/** A syntax error found while reading; caught by the parser's entry point. */
class SyntaxFailure extends Error {
    offset;
    length;
    code;
    constructor(message, offset, length, code = 'syntax') {
        super(message);
        this.offset = offset;
        this.length = length;
        this.code = code;
    }
}
const TWO_CHAR_PUNCT = new Set(['==', '!=', '<=', '>=']);
const ONE_CHAR_PUNCT = new Set(['(', ')', '[', ']', ',', '+', '-', '*', '/', '%', '<', '>', '!']);
const INVALID_HINTS = {
    '&&': 'use and',
    '||': 'use or',
    '=': 'use == to compare',
    '&': 'use and',
    '|': 'use or',
};
const isDigit = (c) => c >= '0' && c <= '9';
const isWordStart = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isWordPart = (c) => isWordStart(c) || isDigit(c);
const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
class Lexer {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    next() {
        const t = this.text;
        while (this.pos < t.length && isSpace(t[this.pos]))
            this.pos++;
        const start = this.pos;
        if (start >= t.length)
            return { kind: 'eof', text: '', value: '', offset: start, length: 0 };
        const c = t[start];
        if (c === '$' || c === '@')
            return this.name(c === '$' ? 'variable' : 'list');
        if (c === '"')
            return this.string();
        if (isDigit(c))
            return this.number();
        if (isWordStart(c)) {
            while (this.pos < t.length && isWordPart(t[this.pos]))
                this.pos++;
            return this.token('word', start, t.slice(start, this.pos));
        }
        const two = t.slice(start, start + 2);
        if (TWO_CHAR_PUNCT.has(two))
            return this.punct(start, 2);
        if (two === '&&' || two === '||')
            return this.invalid(start, 2, INVALID_HINTS[two]);
        if (ONE_CHAR_PUNCT.has(c))
            return this.punct(start, 1);
        if (c === "'")
            return this.invalid(start, 1, 'strings use double quotes: "…"');
        return this.invalid(start, c.length, INVALID_HINTS[c]);
    }
    token(kind, start, value) {
        return {
            kind,
            text: this.text.slice(start, this.pos),
            value,
            offset: start,
            length: this.pos - start,
        };
    }
    punct(start, length) {
        this.pos = start + length;
        return this.token('punct', start, this.text.slice(start, this.pos));
    }
    invalid(start, length, hint) {
        // A lone surrogate half or any other character: take the whole code point.
        const cp = this.text.codePointAt(start) ?? 0;
        this.pos = start + Math.max(length, cp > 0xffff ? 2 : 1);
        const token = this.token('invalid', start, this.text.slice(start, this.pos));
        return hint === undefined ? token : { ...token, hint };
    }
    /** `$name` or `@name`: AFD names are [a-z0-9_]. */
    name(kind) {
        const t = this.text;
        const start = this.pos;
        this.pos++;
        while (this.pos < t.length && isWordPart(t[this.pos]))
            this.pos++;
        const name = t.slice(start + 1, this.pos);
        const sigil = t[start];
        const what = kind === 'variable' ? 'a variable name' : 'a list name';
        if (name === '') {
            const found = this.pos < t.length ? `'${clip(t[this.pos])}'` : 'end of expression';
            throw new SyntaxFailure(`expected ${what} after '${sigil}' (a-z, 0-9, _), found ${found}`, start, 1);
        }
        if (name !== name.toLowerCase()) {
            throw new SyntaxFailure(`expected ${what} in lowercase (a-z, 0-9, _), found '${sigil}${clip(name)}': write ${sigil}${clip(name.toLowerCase())}`, start, this.pos - start);
        }
        return this.token(kind, start, name);
    }
    number() {
        const t = this.text;
        const start = this.pos;
        while (this.pos < t.length && isDigit(t[this.pos]))
            this.pos++;
        if (t[this.pos] === '.') {
            this.pos++;
            if (!isDigit(t[this.pos] ?? '')) {
                const found = this.pos < t.length ? `'${clip(t[this.pos])}'` : 'end of expression';
                throw new SyntaxFailure(`expected a digit after '.' in a number, found ${found}`, start, this.pos - start);
            }
            while (this.pos < t.length && isDigit(t[this.pos]))
                this.pos++;
        }
        if (this.pos < t.length && (isWordPart(t[this.pos]) || t[this.pos] === '.')) {
            throw new SyntaxFailure(`expected an operator after the number ${clip(t.slice(start, this.pos))}, found '${clip(t[this.pos])}'`, this.pos, 1);
        }
        return this.token('number', start, t.slice(start, this.pos));
    }
    /**
     * A double-quoted string on one line. Escapes: \" \\ \n \t \r and \uXXXX are
     * decoded (Java's); any other backslash pair is kept as written, because AFD's
     * own examples write regex escapes in plain strings: regex_match(".*@gmail\.com", …).
     */
    string() {
        const t = this.text;
        const start = this.pos;
        let value = '';
        this.pos++;
        for (;;) {
            const c = t[this.pos];
            if (c === undefined || c === '\n' || c === '\r') {
                const found = c === undefined ? 'end of expression' : 'end of line';
                throw new SyntaxFailure(`expected a closing " for the string that starts here, found ${found}`, start, 1);
            }
            if (c === '"')
                break;
            if (c !== '\\') {
                value += c;
                this.pos++;
                continue;
            }
            const e = t[this.pos + 1];
            if (e === undefined) {
                this.pos++; // the loop reports the unterminated string next round
                continue;
            }
            this.pos += 2;
            if (e === '"' || e === '\\')
                value += e;
            else if (e === 'n')
                value += '\n';
            else if (e === 't')
                value += '\t';
            else if (e === 'r')
                value += '\r';
            else if (e === 'u')
                value += this.unicodeEscape();
            else
                value += `\\${e}`;
        }
        this.pos++;
        return this.token('string', start, value);
    }
    unicodeEscape() {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            throw new SyntaxFailure(`expected 4 hexadecimal digits after \\u, found '${clip(hex)}'`, this.pos - 2, 2 + hex.length);
        }
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
    }
}

// EXTERNAL MODULE: ./src/detectorpl/types.ts
var types = __webpack_require__(427);
;// CONCATENATED MODULE: ./src/detectorpl/syntax-messages.ts


const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false']);
const VALUE = 'a value ($variable, "string", number, true, false, function(…) or "(")';
const OPERATOR = 'an operator (and, or, ==, !=, <, <=, >, >=, in, not in, +, -, *, /, %)';
function tooLong(source, length) {
    return {
        severity: 'error',
        code: 'too-long',
        message: `the expression has ${length} characters; AFD accepts at most ${types/* MAX_EXPRESSION_CHARS */.m3}: split the rule`,
        span: source.span(types/* MAX_EXPRESSION_CHARS */.m3, length - types/* MAX_EXPRESSION_CHARS */.m3),
    };
}
/** How a token reads in "found …". */
function describe(token) {
    switch (token.kind) {
        case 'eof':
            return 'end of expression';
        case 'variable':
            return `variable $${clip(token.value)}`;
        case 'list':
            return `list @${clip(token.value)}`;
        case 'string':
            return `string ${clip(token.text)}`;
        case 'number':
            return `number ${clip(token.text)}`;
        default:
            return `'${clip(token.text)}'`;
    }
}
/** Why the found token is wrong, when we can tell: "keywords are lowercase", "use ==", … */
function hintFor(token) {
    if (token.hint !== undefined)
        return token.hint;
    if (token.kind === 'word') {
        const lower = token.value.toLowerCase();
        if (KEYWORDS.has(lower) && lower !== token.value)
            return `keywords are lowercase: use ${lower}`;
        if (!KEYWORDS.has(lower))
            return `variables start with $: $${clip(lower)}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/detectorpl/parser.ts




const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='];
const ADDITIVE = ['+', '-'];
const MULTIPLICATIVE = ['*', '/', '%'];
function parseExpression(text) {
    const source = new SourceText(text);
    if (text.length > types/* MAX_EXPRESSION_CHARS */.m3) {
        return { diagnostics: [tooLong(source, text.length)] };
    }
    try {
        return { ast: new Parser(text, source).parseWhole(), diagnostics: [] };
    }
    catch (e) {
        if (!(e instanceof SyntaxFailure))
            throw e;
        const span = source.span(e.offset, e.length);
        return { diagnostics: [{ severity: 'error', code: e.code, message: e.message, span }] };
    }
}
class Parser {
    source;
    lexer;
    token;
    depth = 0;
    constructor(text, source) {
        this.source = source;
        this.lexer = new Lexer(text);
        this.token = this.lexer.next();
    }
    parseWhole() {
        if (this.atEnd())
            this.fail('an expression');
        const expr = this.parseOr();
        if (!this.atEnd()) {
            const after = this.token.kind === 'punct' && this.token.value === ')'
                ? 'end of expression (unmatched ")")'
                : null;
            this.fail(after ?? `${OPERATOR} or end of expression`);
        }
        return expr;
    }
    // ---- token helpers ----
    span(token) {
        return this.source.span(token.offset, token.length);
    }
    atEnd() {
        return this.token.kind === 'eof';
    }
    advance() {
        const current = this.token;
        this.token = this.lexer.next();
        return current;
    }
    isPunct(value) {
        return this.token.kind === 'punct' && this.token.value === value;
    }
    isWord(value) {
        return this.token.kind === 'word' && this.token.value === value;
    }
    expectPunct(value, expected) {
        if (!this.isPunct(value))
            this.fail(expected);
        return this.advance();
    }
    fail(expected) {
        const hint = hintFor(this.token);
        const message = `expected ${expected}, found ${describe(this.token)}${hint === undefined ? '' : ` (${hint})`}`;
        throw new SyntaxFailure(message, this.token.offset, this.token.length);
    }
    /** Nesting guard: deep input is a diagnostic, never a stack overflow. */
    nested(opening, parse) {
        if (++this.depth > types/* MAX_NESTING_DEPTH */.wM) {
            throw new SyntaxFailure(`expected at most ${types/* MAX_NESTING_DEPTH */.wM} levels of nesting, found more: simplify the expression`, opening.offset, opening.length, 'too-deep');
        }
        const result = parse();
        this.depth--;
        return result;
    }
    // ---- grammar ----
    /** One left-associative level: operand { operator operand }. */
    leftAssociative(operand, operatorOf) {
        let left = operand();
        for (let op = operatorOf(); op !== undefined; op = operatorOf()) {
            const opToken = this.advance();
            left = this.binary(op, left, opToken, operand());
        }
        return left;
    }
    binary(op, left, opToken, right) {
        const opSpan = this.span(opToken);
        return { kind: 'binary', op, left, right, opSpan, span: joinSpans(left.span, right.span) };
    }
    /** The current token's operator when it is one of `ops`. */
    punctOf(ops) {
        return this.token.kind === 'punct' ? ops.find((op) => op === this.token.value) : undefined;
    }
    parseOr() {
        return this.leftAssociative(() => this.parseAnd(), () => (this.isWord('or') ? 'or' : undefined));
    }
    parseAnd() {
        return this.leftAssociative(() => this.parseNot(), () => (this.isWord('and') ? 'and' : undefined));
    }
    parseNot() {
        if (!this.isPunct('!'))
            return this.parseComparison();
        const bang = this.advance();
        const operand = this.nested(bang, () => this.parseNot());
        return { kind: 'unary', op: '!', operand, span: joinSpans(this.span(bang), operand.span) };
    }
    parseComparison() {
        const left = this.parseAdditive();
        let result = left;
        const op = this.punctOf(COMPARISONS);
        if (op !== undefined) {
            const opToken = this.advance();
            result = this.binary(op, left, opToken, this.parseAdditive());
        }
        else if (this.isWord('in') || this.isWord('not')) {
            result = this.parseMembership(left);
        }
        else {
            return left;
        }
        if (this.punctOf(COMPARISONS) !== undefined || this.isWord('in') || this.isWord('not')) {
            this.fail('and, or, ")" or end of expression (comparisons cannot be chained: combine them with and)');
        }
        return result;
    }
    parseMembership(element) {
        const first = this.advance();
        const negated = first.value === 'not';
        let last = first;
        if (negated) {
            if (!this.isWord('in'))
                this.fail("'in' after 'not'");
            last = this.advance();
        }
        const collection = this.parseCollection(negated ? "'not in'" : "'in'");
        const opSpan = joinSpans(this.span(first), this.span(last));
        return {
            kind: 'membership',
            negated,
            element,
            collection,
            opSpan,
            span: joinSpans(element.span, collection.span),
        };
    }
    parseCollection(after) {
        if (this.token.kind === 'list') {
            const list = this.advance();
            return { kind: 'list', name: list.value, span: this.span(list) };
        }
        if (!this.isPunct('['))
            this.fail(`a list [ … ] or a list name @name after ${after}`);
        const open = this.advance();
        const elements = [];
        if (!this.isPunct(']')) {
            for (;;) {
                if (elements.length >= types/* MAX_LIST_LITERAL_ELEMENTS */.uX) {
                    this.fail(`at most ${types/* MAX_LIST_LITERAL_ELEMENTS */.uX} elements in a list: use a list @name for more`);
                }
                elements.push(this.parseListElement());
                if (!this.isPunct(','))
                    break;
                this.advance();
            }
        }
        const close = this.expectPunct(']', `',' or ']' in the list`);
        return { kind: 'listLiteral', elements, span: joinSpans(this.span(open), this.span(close)) };
    }
    /** A number token, negated when a '-' token comes first (in a list literal). */
    numberLiteral(number, minus) {
        const magnitude = Number(number.value);
        return {
            kind: 'number',
            value: minus ? -magnitude : magnitude,
            isInteger: !number.value.includes('.'),
            span: minus ? joinSpans(this.span(minus), this.span(number)) : this.span(number),
        };
    }
    /** List elements are literals: a string, a number (maybe negative), true or false. */
    parseListElement() {
        const expected = 'a string, a number, true or false in the list';
        if (this.isPunct('-')) {
            const minus = this.advance();
            if (this.token.kind !== 'number')
                this.fail(`a number after '-' in the list`);
            return this.numberLiteral(this.advance(), minus);
        }
        const token = this.token;
        if (token.kind === 'string')
            return { kind: 'string', value: this.advance().value, span: this.span(token) };
        if (token.kind === 'number')
            return this.numberLiteral(this.advance());
        if (this.isWord('true') || this.isWord('false')) {
            this.advance();
            return { kind: 'boolean', value: token.value === 'true', span: this.span(token) };
        }
        return this.fail(expected);
    }
    parseAdditive() {
        return this.leftAssociative(() => this.parseMultiplicative(), () => this.punctOf(ADDITIVE));
    }
    parseMultiplicative() {
        return this.leftAssociative(() => this.parseUnaryMinus(), () => this.punctOf(MULTIPLICATIVE));
    }
    parseUnaryMinus() {
        if (!this.isPunct('-'))
            return this.parsePrimary();
        const minus = this.advance();
        const operand = this.nested(minus, () => this.parseUnaryMinus());
        return { kind: 'unary', op: '-', operand, span: joinSpans(this.span(minus), operand.span) };
    }
    parsePrimary() {
        const token = this.token;
        switch (token.kind) {
            case 'variable':
                this.advance();
                return { kind: 'variable', name: token.value, span: this.span(token) };
            case 'string':
                this.advance();
                return { kind: 'string', value: token.value, span: this.span(token) };
            case 'number':
                return this.numberLiteral(this.advance());
            case 'list':
                return this.fail(`${VALUE} (a list @name can only follow in or not in)`);
            case 'word':
                return this.parseWord(token);
            case 'punct':
                if (token.value === '(')
                    return this.parseGroup(token);
                if (token.value === '[')
                    return this.fail(`${VALUE} (a list [ … ] can only follow in or not in)`);
                return this.fail(VALUE);
            default:
                return this.fail(VALUE);
        }
    }
    parseGroup(open) {
        this.advance();
        const inner = this.nested(open, () => this.parseOr());
        const close = this.expectPunct(')', `${OPERATOR} or ')'`);
        // The group's span covers its parentheses, so diagnostics point at what the author wrote.
        return { ...inner, span: joinSpans(this.span(open), this.span(close)) };
    }
    parseWord(word) {
        if (word.value === 'true' || word.value === 'false') {
            this.advance();
            return { kind: 'boolean', value: word.value === 'true', span: this.span(word) };
        }
        if (KEYWORDS.has(word.value))
            return this.fail(VALUE);
        this.advance();
        if (!this.isPunct('(')) {
            // Report at the word itself: a bare name is the mistake, not what follows it.
            this.token = word;
            return this.fail(VALUE);
        }
        const open = this.token;
        return this.nested(open, () => {
            this.advance();
            const args = [];
            if (!this.isPunct(')')) {
                for (;;) {
                    args.push(this.parseOr());
                    if (!this.isPunct(','))
                        break;
                    this.advance();
                }
            }
            const close = this.expectPunct(')', `',' or ')' in the arguments of ${clip(word.value)}`);
            return {
                kind: 'call',
                name: word.value,
                nameSpan: this.span(word),
                args,
                span: joinSpans(this.span(word), this.span(close)),
            };
        });
    }
}

;// CONCATENATED MODULE: ./src/detectorpl/ast.ts
function isComparisonOp(op) {
    return op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
}
function isArithmeticOp(op) {
    return op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/detectorpl/regex.ts
// regex_match patterns go through re2js (a port of RE2J, the engine AFD uses):
// linear-time matching, so a pattern from a pull request cannot hang the run.



/** The compiled pattern, or why it cannot be used (a sentence for a diagnostic). */
function compilePattern(pattern) {
    if (pattern.length > types/* MAX_REGEX_PATTERN_CHARS */.gE) {
        return `the regex_match pattern has ${pattern.length} characters; at most ${types/* MAX_REGEX_PATTERN_CHARS */.gE} are checked locally: shorten it`;
    }
    let re;
    try {
        re = build/* RE2JS */.L3.compile(pattern);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return `the regex_match pattern is not valid RE2 syntax: ${clip(reason, 120)}`;
    }
    const viaRe2 = (subject) => re.matches(subject);
    return literalMatcher(pattern, viaRe2) ?? viaRe2;
}
const META = new Set([...'\\.+*?()|[]{}^$']);
const isAlnum = (c) => /^[A-Za-z0-9]$/.test(c);
/** The literal text of `body` when it has no regex operators (escaped punctuation allowed). */
function literalText(body) {
    let text = '';
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c === '\\') {
            const next = body[i + 1];
            // \d, \b, \Q… are classes or assertions: not a literal.
            if (next === undefined || isAlnum(next) || next.charCodeAt(0) > 0x7f)
                return undefined;
            text += next;
            i++;
        }
        else if (META.has(c)) {
            return undefined;
        }
        else {
            text += c;
        }
    }
    return text;
}
/**
 * The rule language reference's own patterns are literals, maybe between `.*`:
 * ".*@gmail\.com", ".*\+1", "mystring", "^mystring". Those match with string
 * operations (about 10× faster than the regex engine in a backtest). A subject
 * with a line break goes to RE2, since `.` does not match it there.
 */
function literalMatcher(pattern, viaRe2) {
    let body = pattern.startsWith('^') ? pattern.slice(1) : pattern;
    const anyBefore = body.startsWith('.*');
    if (anyBefore)
        body = body.slice(2);
    if (body.endsWith('$') && !body.endsWith('\\$'))
        body = body.slice(0, -1);
    const anyAfter = body.endsWith('.*') && !body.endsWith('\\.*');
    if (anyAfter)
        body = body.slice(0, -2);
    const literal = literalText(body);
    // Surrogate halves: RE2 compares code points; leave those patterns to it.
    if (literal === undefined || /[\uD800-\uDFFF]/.test(literal))
        return undefined;
    const test = anyBefore && anyAfter
        ? (s) => s.includes(literal)
        : anyBefore
            ? (s) => s.endsWith(literal)
            : anyAfter
                ? (s) => s.startsWith(literal)
                : (s) => s === literal;
    return (s) => (hasLineBreak(s) ? viaRe2(s) : test(s));
}
// Many rules match the same value of one event (often the same string object):
// remember the last answer rather than scan the text once per rule.
let lastSubject = '';
let lastHasBreak = false;
function hasLineBreak(s) {
    if (s !== lastSubject) {
        lastSubject = s;
        lastHasBreak = s.includes('\n') || s.includes('\r');
    }
    return lastHasBreak;
}

;// CONCATENATED MODULE: ./src/detectorpl/suggest.ts
// "Did you mean …?" for unknown names. The library has no imports from the rest
// of src/, so it carries its own small edit distance.
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
        }
        previous = current;
    }
    return previous[b.length] ?? limit + 1;
}
/** The closest known name within a few edits, if any. */
function closestName(name, known) {
    // Bounded: names from a PR can be long; candidates are AFD names (≤ 64 chars).
    if (name.length > 100)
        return undefined;
    const limit = Math.max(2, Math.floor(name.length / 3));
    let best;
    let bestDistance = limit + 1;
    for (const candidate of known) {
        const d = editDistance(name, candidate, limit);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

;// CONCATENATED MODULE: ./src/detectorpl/check.ts





/** No catalog: every name is accepted and its type is unknown. */
const OPEN_RESOLVER = {
    variable: () => ({ type: 'unknown' }),
    list: () => undefined,
};
/** The functions this library knows (documented in AFD's rule language reference). */
const KNOWN_FUNCTIONS = ['regex_match', 'lowercase'];
function typeOfDataType(dataType) {
    switch (dataType) {
        case 'INTEGER':
        case 'FLOAT':
            return 'number';
        case 'BOOLEAN':
            return 'boolean';
        case 'DATETIME':
            return 'datetime';
        default:
            return 'string';
    }
}
const TYPE_WORDS = {
    boolean: 'a boolean',
    number: 'a number',
    string: 'a string',
    datetime: 'a DATETIME',
    unknown: 'a value',
};
function error(code, message, span) {
    return { severity: 'error', code, message, span };
}
function warning(code, message, span) {
    return { severity: 'warning', code, message, span };
}
/** Distinct @lists beyond the third, each reported once at its first use. */
function checkListCount(lists) {
    const seen = new Set();
    const out = [];
    for (const ref of lists) {
        if (seen.has(ref.name))
            continue;
        seen.add(ref.name);
        if (seen.size === types/* MAX_LISTS_PER_RULE */.iJ + 1) {
            out.push(error('too-many-lists', `@${clip(ref.name)} is list number ${seen.size} in this rule; AFD allows at most ${types/* MAX_LISTS_PER_RULE */.iJ} lists per rule`, ref.span));
        }
    }
    return out;
}
function collectLists(expr, into = []) {
    forEachNode(expr, (node) => {
        if (node.kind === 'membership' && node.collection.kind === 'list')
            into.push(node.collection);
    });
    return into;
}
/** Visits every node, parents first. */
function forEachNode(expr, visit) {
    visit(expr);
    switch (expr.kind) {
        case 'unary':
            forEachNode(expr.operand, visit);
            break;
        case 'binary':
            forEachNode(expr.left, visit);
            forEachNode(expr.right, visit);
            break;
        case 'membership':
            forEachNode(expr.element, visit);
            break;
        case 'call':
            for (const arg of expr.args)
                forEachNode(arg, visit);
            break;
        default:
            break;
    }
}
function checkAst(ast, resolver) {
    const checker = new Checker(resolver);
    const type = checker.infer(ast);
    const out = [...checkListCount(collectLists(ast)), ...checker.diagnostics];
    if (type !== 'boolean' && type !== 'unknown') {
        out.push(error('not-boolean', `the expression is ${TYPE_WORDS[type]}, but a rule must be a condition (true or false): compare it, e.g. with ==`, ast.span));
    }
    return out;
}
const isLiteral = (e) => e.kind === 'string' ||
    e.kind === 'number' ||
    e.kind === 'boolean' ||
    (e.kind === 'unary' && e.operand.kind === 'number');
/** Types that compare as equals: DATETIME values are ISO strings. */
function compatible(a, b) {
    if (a === 'unknown' || b === 'unknown' || a === b)
        return true;
    return (a === 'datetime' && b === 'string') || (a === 'string' && b === 'datetime');
}
class Checker {
    resolver;
    diagnostics = [];
    constructor(resolver) {
        this.resolver = resolver;
    }
    infer(expr) {
        switch (expr.kind) {
            case 'string':
            case 'number':
            case 'boolean':
                return expr.kind;
            case 'variable': {
                const { type, diagnostic } = this.resolver.variable(expr);
                if (diagnostic)
                    this.diagnostics.push(diagnostic);
                return type;
            }
            case 'unary':
                this.expect(expr.operand, expr.op === '!' ? 'boolean' : 'number', `'${expr.op}'`);
                return expr.op === '!' ? 'boolean' : 'number';
            case 'binary':
                return this.inferBinary(expr);
            case 'membership':
                return this.inferMembership(expr);
            case 'call':
                return this.inferCall(expr);
        }
    }
    /** Infers `operand` and reports it when it is known to be another type than `wanted`. */
    expect(operand, wanted, operator) {
        const type = this.infer(operand);
        if (type !== 'unknown' && type !== wanted) {
            this.diagnostics.push(error('type-mismatch', `${operator} needs ${TYPE_WORDS[wanted]}, found ${TYPE_WORDS[type]}`, operand.span));
        }
        return type;
    }
    inferBinary(expr) {
        const { op } = expr;
        if (op === 'and' || op === 'or') {
            this.expect(expr.left, 'boolean', `'${op}'`);
            this.expect(expr.right, 'boolean', `'${op}'`);
            return 'boolean';
        }
        if (isArithmeticOp(op)) {
            this.expect(expr.left, 'number', `'${op}'`);
            this.expect(expr.right, 'number', `'${op}'`);
            return 'number';
        }
        if (isComparisonOp(op)) {
            const left = this.infer(expr.left);
            const right = this.infer(expr.right);
            if (!compatible(left, right)) {
                // Two variables might be coerced by AFD in a way nobody documented: only a warning.
                const bothVariables = expr.left.kind === 'variable' && expr.right.kind === 'variable';
                const variableVsLiteral = (expr.left.kind === 'variable' && isLiteral(expr.right)) ||
                    (expr.right.kind === 'variable' && isLiteral(expr.left));
                const literalHint = variableVsLiteral ? ': write the literal in the variable’s type' : '';
                const message = `'${op}' compares ${TYPE_WORDS[left]} with ${TYPE_WORDS[right]}${literalHint}`;
                this.diagnostics.push((bothVariables ? warning : error)('type-mismatch', message, expr.opSpan));
            }
            else if (op !== '==' && op !== '!=' && (left === 'boolean' || right === 'boolean')) {
                this.diagnostics.push(error('type-mismatch', `'${op}' orders numbers, not booleans`, expr.opSpan));
            }
        }
        return 'boolean';
    }
    inferMembership(expr) {
        const element = this.infer(expr.element);
        const { collection } = expr;
        if (collection.kind === 'list') {
            const diagnostic = this.resolver.list(collection);
            if (diagnostic)
                this.diagnostics.push(diagnostic);
            return 'boolean';
        }
        const types = new Set(collection.elements.map((e) => e.kind));
        if (types.size > 0 && ![...types].some((t) => compatible(element, t))) {
            const listed = [...types].map((t) => TYPE_WORDS[t].replace(/^an? /, '')).join('/');
            this.diagnostics.push(error('type-mismatch', `'${expr.negated ? 'not in' : 'in'}' looks for ${TYPE_WORDS[element]} in a list of ${listed} values`, expr.opSpan));
        }
        return 'boolean';
    }
    inferCall(call) {
        const arity = (n, signature) => {
            if (call.args.length === n)
                return true;
            this.diagnostics.push(error('bad-arguments', `${call.name} takes ${n} argument${n === 1 ? '' : 's'} (${signature}), found ${call.args.length}`, call.span));
            return false;
        };
        switch (call.name) {
            case 'regex_match': {
                if (arity(2, 'regex_match("pattern", value)'))
                    this.checkPattern(call.args[0]);
                for (const arg of call.args.slice(1))
                    this.infer(arg);
                return 'boolean';
            }
            case 'lowercase':
                arity(1, 'lowercase(value)');
                for (const arg of call.args)
                    this.infer(arg);
                return 'string';
            default: {
                const similar = closestName(call.name, KNOWN_FUNCTIONS);
                const mean = similar === undefined ? '' : ` Did you mean ${similar}?`;
                this.diagnostics.push(warning('unknown-function', `${clip(call.name)}() is not a function this action knows (regex_match, lowercase): not checked locally, and rule tests cannot evaluate it.${mean}`, call.nameSpan));
                for (const arg of call.args)
                    this.infer(arg);
                return 'unknown';
            }
        }
    }
    checkPattern(pattern) {
        if (pattern.kind !== 'string') {
            this.infer(pattern);
            this.diagnostics.push(error('bad-arguments', 'the first argument of regex_match must be a "string" pattern', pattern.span));
            return;
        }
        const compiled = compilePattern(pattern.value);
        if (typeof compiled === 'string')
            this.diagnostics.push(error('bad-regex', compiled, pattern.span));
    }
}

;// CONCATENATED MODULE: ./src/detectorpl/lint.ts





function lintExpression(text, catalog) {
    try {
        return lint(text, catalog);
    }
    catch (e) {
        // A bug of ours must not hide the rule's own problems nor crash the run: say it plainly.
        const reason = e instanceof Error ? e.message : String(e);
        const span = { offset: 0, length: 0, line: 1, column: 1 };
        return [
            error('internal', `the expression could not be checked (internal error: ${clip(reason, 80)})`, span),
        ];
    }
}
function lint(text, catalog) {
    const out = [];
    if (text.length >= types/* WARN_EXPRESSION_CHARS */.gm && text.length <= types/* MAX_EXPRESSION_CHARS */.m3) {
        out.push(warning('too-long', `the expression has ${text.length} characters; AFD's guide asks for less than ${types/* WARN_EXPRESSION_CHARS */.gm} (hard limit ${types/* MAX_EXPRESSION_CHARS */.m3})`, new SourceText(text).span(0, text.length)));
    }
    const { ast, diagnostics } = parseExpression(text);
    out.push(...diagnostics);
    if (ast)
        out.push(...checkAst(ast, catalog ? catalogResolver(catalog) : OPEN_RESOLVER));
    return out;
}
function didYouMean(name, known, sigil) {
    const similar = closestName(name, known);
    return similar === undefined ? '' : ` Did you mean ${sigil}${similar}?`;
}
function catalogResolver(catalog) {
    return {
        variable(ref) {
            const score = catalog.modelScores.get(ref.name);
            if (score) {
                if (score.inProposal)
                    return { type: 'number' };
                const message = `$${clip(ref.name)} is the score of model ${clip(score.modelId)}, which is not in this detector version: add the model or change the rule`;
                return {
                    type: 'number',
                    diagnostic: warning('model-score-not-in-proposal', message, ref.span),
                };
            }
            const variable = catalog.variables.get(ref.name);
            if (variable)
                return { type: typeOfDataType(variable.dataType) };
            if (ref.name.endsWith(types/* MODEL_SCORE_SUFFIX */.N0)) {
                const modelId = ref.name.slice(0, -types/* MODEL_SCORE_SUFFIX */.N0.length);
                const message = `$${clip(ref.name)} names no model of this event type (no model ${clip(modelId)}).${didYouMean(ref.name, catalog.modelScores.keys(), '$')}`;
                return { type: 'number', diagnostic: error('unknown-variable', message, ref.span) };
            }
            const known = [...catalog.variables.keys(), ...catalog.modelScores.keys()];
            const message = `$${clip(ref.name)} is not a variable of this event type (GetVariables).${didYouMean(ref.name, known, '$')}`;
            return { type: 'unknown', diagnostic: error('unknown-variable', message, ref.span) };
        },
        list(ref) {
            if (catalog.lists.has(ref.name))
                return undefined;
            const message = `@${clip(ref.name)} is not a list in this account (GetListsMetadata).${didYouMean(ref.name, catalog.lists.keys(), '@')}`;
            return error('unknown-list', message, ref.span);
        },
    };
}
/** The distinct names an expression uses, in order of first appearance. */
function referencedNames(ast) {
    const variables = new Set();
    const lists = new Set();
    const functions = new Set();
    forEachNode(ast, (node) => {
        if (node.kind === 'variable')
            variables.add(node.name);
        else if (node.kind === 'call')
            functions.add(node.name);
        else if (node.kind === 'membership' && node.collection.kind === 'list')
            lists.add(node.collection.name);
    });
    return { variables: [...variables], lists: [...lists], functions: [...functions] };
}

;// CONCATENATED MODULE: ./src/detectorpl/values.ts

/** Thrown (and caught per rule) when the evaluator cannot know what AFD would do. */
class Uncertain extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'Uncertain';
    }
}
function describeValue(v) {
    if (typeof v === 'string')
        return `the string "${clip(v, 30)}"`;
    if (typeof v === 'number')
        return `the number ${v}`;
    return `the boolean ${v}`;
}
const INTEGER = /^[+-]?\d+$/;
const FLOAT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
/** A raw string as a value of `info.dataType`; text that is not one is uncertain, never guessed. */
function coerce(raw, info, name) {
    switch (info.dataType) {
        case 'INTEGER':
        case 'FLOAT': {
            // Java's parsers accept surrounding blanks; so do we.
            const text = raw.trim();
            if ((info.dataType === 'INTEGER' ? INTEGER : FLOAT).test(text))
                return Number(text);
            return new Uncertain(`$${clip(name)} is ${info.dataType} but its value is "${clip(raw, 30)}"`);
        }
        case 'BOOLEAN': {
            const lower = raw.toLowerCase();
            if (lower === 'true' || lower === 'false')
                return lower === 'true';
            return new Uncertain(`$${clip(name)} is BOOLEAN but its value is "${clip(raw, 30)}"`);
        }
        default:
            // STRING as is; DATETIME stays its ISO 8601 text (compared as instants, see compare.ts).
            return raw;
    }
}
// Slots are shared by every compiled rule: the same variable (name, type and
// default) read by many rules is one slot, coerced once per event. One object
// with fixed fields keeps the hot path monomorphic.
class Frame {
    generation = 0;
    event = new Map();
    scores = undefined;
    slotByKey = new Map();
    specs = [];
    /** The generation a slot was last loaded in: older means stale. */
    stamps = [];
    values = [];
    failures = [];
}
const values_frame = new Frame();
function slotFor(name, info) {
    const key = info
        ? `v\u0000${name}\u0000${info.dataType}\u0000${info.defaultValue ?? '\u0001'}`
        : `m\u0000${name}`;
    let slot = values_frame.slotByKey.get(key);
    if (slot === undefined) {
        slot = values_frame.specs.length;
        values_frame.slotByKey.set(key, slot);
        values_frame.specs.push(info ? { name, info } : { name });
        values_frame.stamps.push(0);
        values_frame.values.push(0);
        values_frame.failures.push(undefined);
    }
    return slot;
}
/** Starts a new event: every slot is stale until read. */
function values_beginEvent(event, modelScores) {
    values_frame.generation++;
    values_frame.event = event;
    values_frame.scores = modelScores;
}
function readSlot(slot) {
    const f = values_frame;
    if (f.stamps[slot] !== f.generation) {
        const loaded = load(f.specs[slot]);
        f.stamps[slot] = f.generation;
        if (loaded instanceof Uncertain) {
            f.failures[slot] = loaded;
        }
        else {
            f.failures[slot] = undefined;
            f.values[slot] = loaded;
        }
    }
    const failure = f.failures[slot];
    if (failure !== undefined)
        throw failure;
    return f.values[slot];
}
function load(spec) {
    const { name, info } = spec;
    if (!info) {
        const score = values_frame.scores?.get(name);
        if (score === undefined || !Number.isFinite(score)) {
            return new Uncertain(`no model score for $${clip(name)}: give it in the test's modelScores (or the CSV column)`);
        }
        return score;
    }
    const raw = values_frame.event.get(name);
    // AFD (GetEventPrediction): an explicit null is the string "null" for rules; a
    // missing variable takes the variable's default value.
    if (raw === null)
        return coerce('null', info, name);
    if (raw !== undefined)
        return coerce(raw, info, name);
    if (info.defaultValue === undefined)
        return new Uncertain(`$${clip(name)} has no value and no default value`);
    return coerce(info.defaultValue, info, name);
}

;// CONCATENATED MODULE: ./src/detectorpl/operators.ts
// The runtime meaning of DetectorPL's operators on coerced values. Where AFD's
// documentation does not say what happens (mixed types, ordering strings,
// integer division), the answer is Uncertain, never a guess.

function asNumber(v, operator) {
    if (typeof v !== 'number')
        throw new Uncertain(`'${operator}' needs a number, found ${describeValue(v)}`);
    return v;
}
function asBoolean(v, operator) {
    if (typeof v !== 'boolean')
        throw new Uncertain(`${operator} needs a boolean, found ${describeValue(v)}`);
    return v;
}
/** The text a value has in a list or a regex: strings as is, numbers in shortest form, true/false. */
function asText(v) {
    return typeof v === 'string' ? v : String(v);
}
// An ISO 8601 date, or date and time with an explicit zone (a zone-less time would
// be read in the machine's time zone).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/;
function instant(s) {
    if (!ISO_INSTANT.test(s))
        return undefined;
    const ms = Date.parse(s);
    return Number.isNaN(ms) ? undefined : ms;
}
function equals(a, b, op) {
    if (typeof a !== typeof b) {
        throw new Uncertain(`'${op}' compares ${describeValue(a)} with ${describeValue(b)}: AFD's coercion is not documented`);
    }
    return a === b;
}
function compare(a, b, op) {
    if (op === '==')
        return equals(a, b, op);
    if (op === '!=')
        return !equals(a, b, op);
    let x;
    let y;
    if (typeof a === 'number' && typeof b === 'number') {
        x = a;
        y = b;
    }
    else {
        const ia = typeof a === 'string' ? instant(a) : undefined;
        const ib = typeof b === 'string' ? instant(b) : undefined;
        if (ia === undefined || ib === undefined) {
            throw new Uncertain(`'${op}' orders ${describeValue(a)} and ${describeValue(b)}: only numbers and ISO 8601 timestamps are ordered locally`);
        }
        x = ia;
        y = ib;
    }
    switch (op) {
        case '<':
            return x < y;
        case '<=':
            return x <= y;
        case '>':
            return x > y;
        default:
            return x >= y;
    }
}
/** `/` and `%`: zero divisors and inexact integer division are uncertain (Java would truncate int / int). */
function divide(a, b, op, integers) {
    if (b === 0)
        throw new Uncertain(`division by zero ('${op}')`);
    const r = op === '/' ? a / b : a % b;
    if (integers && op === '/' && !Number.isInteger(r)) {
        throw new Uncertain(`${a} / ${b} divides two integers: AFD may truncate (Java) or not; not decided locally`);
    }
    return r;
}

;// CONCATENATED MODULE: ./src/detectorpl/compile.ts






/** Compiles an expression that has passed checkAst with no errors for `ctx`. */
function compileExpr(expr, ctx) {
    return new Compiler(ctx).compile(expr).fn;
}
// Many rules lowercase the same value of one event: remember the last one.
let lastLowercaseInput = '';
let lastLowercaseOutput = '';
function lowercase(s) {
    if (s !== lastLowercaseInput) {
        lastLowercaseInput = s;
        lastLowercaseOutput = s.toLowerCase();
    }
    return lastLowercaseOutput;
}
const constant = (value, integer = false) => ({
    fn: () => value,
    integer,
    constant: { value },
});
/** `a OP b` on two numbers; callers have checked both are numbers. */
function ordered(op, a, b) {
    return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
}
/**
 * An expression compared with a constant (`$amount > 100`, `$country == "US"`,
 * `$count * 2 > 10`), the commonest rule shape: one closure with the common case
 * inline. Any other case goes through compare() as the generic path does.
 */
function versusConstant(op, read, c, readOnLeft) {
    const slow = (v) => (readOnLeft ? compare(v, c, op) : compare(c, v, op));
    if (op === '==' || op === '!=') {
        const negate = op === '!=';
        const type = typeof c;
        return () => {
            const v = read();
            return typeof v === type ? (v === c) !== negate : slow(v);
        };
    }
    if (typeof c !== 'number')
        return () => slow(read());
    // `c < $x` is `$x > c`: one closure per operator keeps each comparison monomorphic.
    const flipped = readOnLeft ? op : FLIPPED[op];
    switch (flipped) {
        case '>':
            return () => {
                const v = read();
                return typeof v === 'number' ? v > c : slow(v);
            };
        case '>=':
            return () => {
                const v = read();
                return typeof v === 'number' ? v >= c : slow(v);
            };
        case '<':
            return () => {
                const v = read();
                return typeof v === 'number' ? v < c : slow(v);
            };
        default:
            return () => {
                const v = read();
                return typeof v === 'number' ? v <= c : slow(v);
            };
    }
}
/** `x OP c` for a number constant c (`$count * 2`, `($amount - 10) / 2`): no call for the constant. */
function byConstant(op, l, c, integer) {
    switch (op) {
        case '+':
            return () => asNumber(l(), op) + c;
        case '-':
            return () => asNumber(l(), op) - c;
        case '*':
            return () => asNumber(l(), op) * c;
        default:
            // divide() decides zero divisors and inexact integer division, as the generic path does.
            if (c === 0 || op === '%' || integer)
                return () => divide(asNumber(l(), op), c, op, integer);
            return () => asNumber(l(), op) / c;
    }
}
/** `a OP b` is `b FLIPPED[OP] a`. */
const FLIPPED = { '==': '==', '!=': '!=', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
/**
 * `($amount - 10) / 2 > 10`: the arithmetic and the comparison with a number in
 * one closure, so the intermediate number is never handed back from a closure
 * (a fractional result would be allocated on the heap each time).
 */
function arithmeticVersusConstant(op, arithmetic, c) {
    const { op: aop, operand, c: k } = arithmetic;
    return () => {
        const v = asNumber(operand(), aop);
        const x = aop === '+' ? v + k : aop === '-' ? v - k : aop === '*' ? v * k : v / k;
        if (op === '==')
            return x === c;
        if (op === '!=')
            return x !== c;
        return ordered(op, x, c);
    };
}
/** One closure per operator with the common case inline (the hot path of a backtest). */
function comparison(op, left, right) {
    if (left.byConstant && typeof right.constant?.value === 'number')
        return arithmeticVersusConstant(op, left.byConstant, right.constant.value);
    if (right.byConstant && typeof left.constant?.value === 'number')
        return arithmeticVersusConstant(FLIPPED[op], right.byConstant, left.constant.value);
    if (right.constant)
        return versusConstant(op, left.fn, right.constant.value, true);
    if (left.constant)
        return versusConstant(op, right.fn, left.constant.value, false);
    const l = left.fn;
    const r = right.fn;
    switch (op) {
        case '==':
        case '!=': {
            const negate = op === '!=';
            return () => {
                const a = l();
                const b = r();
                return typeof a === typeof b ? (a === b) !== negate : compare(a, b, op);
            };
        }
        case '>':
            return () => {
                const a = l();
                const b = r();
                return typeof a === 'number' && typeof b === 'number' ? a > b : compare(a, b, op);
            };
        case '<':
            return () => {
                const a = l();
                const b = r();
                return typeof a === 'number' && typeof b === 'number' ? a < b : compare(a, b, op);
            };
        default:
            return () => {
                const a = l();
                const b = r();
                return typeof a === 'number' && typeof b === 'number'
                    ? ordered(op, a, b)
                    : compare(a, b, op);
            };
    }
}
class Compiler {
    ctx;
    constructor(ctx) {
        this.ctx = ctx;
    }
    compile(expr) {
        switch (expr.kind) {
            case 'string':
            case 'boolean':
                return constant(expr.value);
            case 'number':
                return constant(expr.value, expr.isInteger);
            case 'variable': {
                const info = expr.name.endsWith(types/* MODEL_SCORE_SUFFIX */.N0)
                    ? undefined
                    : this.ctx.variables.get(expr.name);
                const slot = slotFor(expr.name, info);
                return { fn: () => readSlot(slot), integer: info?.dataType === 'INTEGER' };
            }
            case 'unary': {
                const inner = this.compile(expr.operand);
                const operand = inner.fn;
                if (expr.op === '!')
                    return {
                        fn: () => {
                            const v = operand();
                            return typeof v === 'boolean' ? !v : !asBoolean(v, "'!'");
                        },
                        integer: false,
                    };
                return { fn: () => -asNumber(operand(), '-'), integer: inner.integer };
            }
            case 'binary':
                return this.binary(expr);
            case 'membership':
                return { fn: this.membership(expr), integer: false };
            case 'call':
                return this.call(expr);
        }
    }
    binary(expr) {
        const left = this.compile(expr.left);
        const right = this.compile(expr.right);
        const l = left.fn;
        const r = right.fn;
        const op = expr.op;
        // `x === true` / `x === false` first: the boolean case without a call.
        if (op === 'and')
            return {
                fn: () => {
                    const a = l();
                    if (a === false || !asBoolean(a, "'and'"))
                        return false;
                    const b = r();
                    return b === true || asBoolean(b, "'and'");
                },
                integer: false,
            };
        if (op === 'or')
            return {
                fn: () => {
                    const a = l();
                    if (a === true || asBoolean(a, "'or'"))
                        return true;
                    const b = r();
                    return b === true || asBoolean(b, "'or'");
                },
                integer: false,
            };
        if (!isArithmeticOp(op))
            return { fn: comparison(op, left, right), integer: false };
        const integer = left.integer && right.integer;
        if (right.constant && typeof right.constant.value === 'number') {
            const c = right.constant.value;
            const fn = byConstant(op, l, c, integer);
            // A division that divide() must check (by zero, or integers) is not fused into a comparison.
            if (op === '%' || (op === '/' && (c === 0 || integer)))
                return { fn, integer };
            return { fn, integer, byConstant: { op, operand: l, c } };
        }
        switch (op) {
            case '+':
                return { fn: () => asNumber(l(), op) + asNumber(r(), op), integer };
            case '-':
                return { fn: () => asNumber(l(), op) - asNumber(r(), op), integer };
            case '*':
                return { fn: () => asNumber(l(), op) * asNumber(r(), op), integer };
            default:
                return { fn: () => divide(asNumber(l(), op), asNumber(r(), op), op, integer), integer };
        }
    }
    membership(expr) {
        const element = this.compile(expr.element).fn;
        const negated = expr.negated;
        const { collection } = expr;
        if (collection.kind === 'list') {
            const elements = this.ctx.lists.get(collection.name) ?? new Set();
            if (!this.ctx.partialLists?.has(collection.name))
                return () => elements.has(asText(element())) !== negated;
            const name = collection.name;
            return () => {
                if (elements.has(asText(element())))
                    return !negated;
                throw new Uncertain(`@${clip(name)} was read only in part: a value not among the elements read may still be in it`);
            };
        }
        // One set per literal type: a number is looked up among the numbers only.
        const byType = new Map();
        for (const e of collection.elements) {
            const set = byType.get(typeof e.value) ?? new Set();
            set.add(e.value);
            byType.set(typeof e.value, set);
        }
        const empty = collection.elements.length === 0;
        const word = negated ? 'not in' : 'in';
        const other = (v) => {
            const set = byType.get(typeof v);
            if (set)
                return set.has(v) !== negated;
            if (empty)
                return negated;
            throw new Uncertain(`'${word}' looks for a ${typeof v} in a list without ${typeof v} values`);
        };
        // A list of strings (`$country in ["US", "CA"]`) is the usual case: no lookup by type.
        const strings = byType.get('string');
        if (!strings)
            return () => other(element());
        return () => {
            const v = element();
            return typeof v === 'string' ? strings.has(v) !== negated : other(v);
        };
    }
    call(call) {
        if (call.name === 'regex_match' && call.args[0]?.kind === 'string' && call.args.length === 2) {
            const pattern = compilePattern(call.args[0].value);
            const subject = this.compile(call.args[1]).fn;
            if (typeof pattern === 'string')
                throw new Error(pattern); // checkAst refused it first
            return { fn: () => pattern(asText(subject())), integer: false };
        }
        if (call.name === 'lowercase' && call.args.length === 1) {
            const arg = this.compile(call.args[0]).fn;
            return { fn: () => lowercase(asText(arg())), integer: false };
        }
        const reason = `${clip(call.name)}() is not evaluated locally (only regex_match and lowercase are)`;
        return {
            fn: () => {
                throw new Uncertain(reason);
            },
            integer: false,
        };
    }
}

;// CONCATENATED MODULE: ./src/detectorpl/evaluate.ts






/** The object compileRule hands out: the rule plus its closure (not part of the public shape). */
class RuleProgram {
    ruleId;
    outcomes;
    test;
    constructor(ruleId, outcomes, test) {
        this.ruleId = ruleId;
        this.outcomes = outcomes;
        this.test = test;
    }
}
function contextResolver(ctx) {
    return {
        variable(ref) {
            if (ref.name.endsWith(types/* MODEL_SCORE_SUFFIX */.N0))
                return { type: 'number' };
            const info = ctx.variables.get(ref.name);
            if (info)
                return { type: typeOfDataType(info.dataType) };
            return {
                type: 'unknown',
                diagnostic: error('unknown-variable', `$${clip(ref.name)} is not a known variable`, ref.span),
            };
        },
        list(ref) {
            if (ctx.lists.has(ref.name))
                return undefined;
            return error('unknown-list', `@${clip(ref.name)} is not a known list`, ref.span);
        },
    };
}
// Errors that leave nothing to evaluate. Type errors and too many lists do not: a
// rule AFD already runs (the base version) must still be replayed in a backtest,
// and a value of the wrong type evaluates as uncertain.
const BLOCKING = new Set([
    'syntax',
    'too-deep',
    'too-long',
    'unknown-variable',
    'unknown-list',
    'bad-regex',
    'bad-arguments',
]);
/**
 * Parses, checks against `ctx` and compiles one rule. `rule` is absent when the
 * expression cannot be evaluated (syntax, unknown names, unusable arguments or
 * pattern); with a type-mismatch, not-boolean or too-many-lists error it is
 * present and the mismatch evaluates as uncertain. The diagnostics are all of them.
 */
function compileRule(rule, ctx) {
    const { ast, diagnostics } = parseExpression(rule.expression);
    if (!ast)
        return { diagnostics };
    const checked = checkAst(ast, contextResolver(ctx));
    if (checked.some((d) => d.severity === 'error' && BLOCKING.has(d.code))) {
        return { diagnostics: checked };
    }
    const program = new RuleProgram(rule.ruleId, [...rule.outcomes], compileExpr(ast, ctx));
    return { rule: program, diagnostics: checked };
}
function program(rule) {
    if (rule instanceof RuleProgram)
        return rule;
    throw new TypeError(`rule ${rule.ruleId} was not made by compileRule`);
}
/** true / false, or the reason the evaluator cannot be sure. */
function run(rule) {
    try {
        const result = rule.test();
        if (typeof result !== 'boolean')
            return `the expression gave a ${typeof result}, not true or false`;
        return result;
    }
    catch (e) {
        if (e instanceof Uncertain)
            return e.reason;
        throw e;
    }
}
function evaluateRule(rule, event, modelScores) {
    const p = program(rule);
    beginEvent(event, modelScores);
    const result = run(p);
    return typeof result === 'string'
        ? { ruleId: p.ruleId, matched: false, uncertain: result }
        : { ruleId: p.ruleId, matched: result };
}
function evaluateRules(rules, mode, event, modelScores) {
    values_beginEvent(event, modelScores);
    const result = { outcomes: [], ruleResults: [], uncertain: [] };
    for (const rule of rules) {
        const p = program(rule);
        const matched = run(p);
        if (typeof matched === 'string') {
            // Under FIRST_MATCHED an uncertain rule before the deciding one makes the decision uncertain too.
            result.uncertain.push({ ruleId: p.ruleId, reason: matched });
            continue;
        }
        if (!matched)
            continue;
        // A fresh object per match: callers own the result and may sort or extend it.
        result.ruleResults.push({ ruleId: p.ruleId, outcomes: [...p.outcomes] });
        for (const outcome of p.outcomes)
            if (!result.outcomes.includes(outcome))
                result.outcomes.push(outcome);
        if (mode === 'FIRST_MATCHED')
            break;
    }
    return result;
}
/** What evaluateEach writes for a rule: one byte each, so a replay allocates nothing per rule. */
const VERDICT = { noMatch: 0, matched: 1, uncertain: 2 };
/**
 * Rules made ready for evaluateEach, with where each one's verdict goes:
 * `rules[k]`'s into `verdicts[at[k]]` (by default `at[k]` is k).
 */
class RuleBatch {
    /** The closures, checked once here rather than once per rule per event. */
    tests;
    at;
    /** The smallest `verdicts` length evaluateEach accepts. */
    width;
    constructor(rules, at) {
        if (at && at.length !== rules.length)
            throw new RangeError(`RuleBatch: ${rules.length} rules but ${at.length} positions`);
        this.tests = rules.map((r) => program(r).test);
        this.at = Int32Array.from(at ?? rules.map((_, k) => k));
        this.width = this.at.reduce((max, i) => Math.max(max, i + 1), 0);
    }
    get size() {
        return this.tests.length;
    }
}
/**
 * Evaluates every rule of `batch` on one event, as ALL_MATCHED does, and writes
 * each one's VERDICT into `verdicts`. For callers that replay many events and
 * need only the verdicts (the backtest): no result objects, no reasons.
 */
function evaluateEach(batch, event, modelScores, verdicts) {
    if (verdicts.length < batch.width)
        throw new RangeError(`evaluateEach needs ${batch.width} verdicts, has ${verdicts.length}`);
    values_beginEvent(event, modelScores);
    const { tests, at } = batch;
    for (let k = 0; k < tests.length; k++) {
        let verdict;
        try {
            const result = tests[k]();
            verdict =
                result === true ? VERDICT.matched : result === false ? VERDICT.noMatch : VERDICT.uncertain;
        }
        catch (e) {
            if (!(e instanceof Uncertain))
                throw e;
            verdict = VERDICT.uncertain;
        }
        verdicts[at[k]] = verdict;
    }
}

;// CONCATENATED MODULE: ./src/detectorpl/thresholds.ts


const thresholds_FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
function constantOf(e) {
    if (e.kind === 'number')
        return e.value;
    if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'number')
        return -e.operand.value;
    return undefined;
}
function scoreVariable(e) {
    return e.kind === 'variable' &&
        e.name.endsWith(types/* MODEL_SCORE_SUFFIX */.N0) &&
        e.name.length > types/* MODEL_SCORE_SUFFIX */.N0.length
        ? e.name
        : undefined;
}
/** Every comparison of a model score with a number constant, in reading order. */
function modelScoreThresholds(ast) {
    const found = [];
    forEachNode(ast, (node) => {
        if (node.kind !== 'binary')
            return;
        const { op } = node;
        if (op !== '<' && op !== '<=' && op !== '>' && op !== '>=')
            return;
        const leftScore = scoreVariable(node.left);
        const rightScore = scoreVariable(node.right);
        const variable = leftScore ?? rightScore;
        const threshold = leftScore ? constantOf(node.right) : constantOf(node.left);
        if (variable === undefined || threshold === undefined)
            return;
        found.push({
            variable,
            modelId: variable.slice(0, -types/* MODEL_SCORE_SUFFIX */.N0.length),
            op: leftScore ? op : thresholds_FLIPPED[op],
            threshold,
            span: node.span,
        });
    });
    return found;
}

;// CONCATENATED MODULE: ./src/detectorpl/index.ts







/***/ })

};
