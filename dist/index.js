import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5046:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F6: () => (/* binding */ ENUMS),
/* harmony export */   Rl: () => (/* binding */ describeConstraint),
/* harmony export */   b1: () => (/* binding */ LIMITS),
/* harmony export */   kZ: () => (/* binding */ meetsConstraint),
/* harmony export */   vc: () => (/* binding */ CONSTRAINTS)
/* harmony export */ });
/* unused harmony export charLength */
/* harmony import */ var _domain_request_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(805);
// AFD's input constraints as data. Every check in src/config reads them from
// here, so the rule a user sees in an error is the rule that was applied, and
// docs or other modules can render the same table.

const CONSTRAINTS = {
    /** modelId (AFD `modelIdentifier`): no hyphen, unlike `identifier`. */
    modelId: {
        source: 'AFD modelIdentifier',
        pattern: /^[0-9a-z_]+$/,
        minLength: 1,
        maxLength: 64,
        hint: 'lowercase letters, digits and _',
    },
    /** detectorId, ruleId (AFD `identifier`). */
    identifier: {
        source: 'AFD identifier',
        pattern: /^[0-9a-z_-]+$/,
        minLength: 1,
        maxLength: 64,
        hint: 'lowercase letters, digits, _ and -',
    },
    /** majorVersionNumber, ruleVersion, detectorVersionId (AFD `wholeNumberVersionString`). */
    wholeNumberVersion: {
        source: 'AFD wholeNumberVersionString',
        pattern: /^([1-9][0-9]*)$/,
        minLength: 1,
        maxLength: 5,
        hint: 'a whole number without leading zeros, e.g. 1 or 12',
    },
    /** modelVersionNumber (AFD `floatVersionString`). */
    modelVersionNumber: {
        // AFD's pattern allows a one-digit minor ("1.1"), but AFD itself writes
        // minor versions with two digits (1.01 … 1.10), so "1.1" could mean 1.01
        // or 1.10: the action refuses the ambiguity rather than guess.
        source: 'AFD floatVersionString, minor written as AFD writes it',
        pattern: /^[1-9][0-9]{0,3}\.(0|[0-9]{2})$/,
        minLength: 3,
        maxLength: 7,
        hint: 'major.minor as AFD writes it: 1.0 for a major version, two minor digits such as 1.03 or 1.10 (1.1 is ambiguous)',
    },
    /** externalEventsDetail.dataLocation (AFD `s3BucketLocation`). */
    s3Location: {
        source: 'AFD s3BucketLocation',
        pattern: /^s3:\/\/(.+)$/,
        minLength: 1,
        maxLength: 512,
        hint: 'an S3 URI such as s3://bucket/training.csv',
    },
    /** externalEventsDetail.dataAccessRoleArn (AFD `iamRoleArn`). */
    iamRoleArn: {
        source: 'AFD iamRoleArn',
        pattern: /^arn:aws[a-z-]{0,15}:iam::[0-9]{12}:role\/[^\s]{2,64}$/,
        minLength: 1,
        maxLength: 256,
        hint: 'an IAM role ARN such as arn:aws:iam::123456789012:role/AFDTrainingData',
    },
    /** The action's own check: catches typos before the SDK builds a bogus endpoint. */
    region: {
        source: 'AWS region name',
        pattern: /^[a-z]{2}(-[a-z]+)+-\d+$/,
        minLength: 1,
        maxLength: 32,
        hint: 'an AWS region such as us-east-1',
    },
    /** externalModelEndpoints items: SageMaker endpoint names. */
    sagemakerEndpoint: {
        source: 'SageMaker EndpointName',
        pattern: /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/,
        minLength: 1,
        maxLength: 63,
        hint: 'letters, digits and -, starting and ending with a letter or digit',
    },
    /** AFD `tagKey`; Unicode classes need the u flag. */
    tagKey: {
        source: 'AFD tagKey',
        pattern: /^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$/u,
        minLength: 1,
        maxLength: 128,
        hint: 'letters, digits, spaces and _ . : / = + - @',
    },
    /** AFD `tagValue`: any text, may be empty. */
    tagValue: {
        source: 'AFD tagValue',
        pattern: /^[\s\S]*$/u,
        minLength: 0,
        maxLength: 256,
        hint: 'any text',
    },
    /** Detector version description (AFD `description`). */
    description: {
        source: 'AFD description',
        pattern: /^[\s\S]*$/u,
        minLength: 1,
        maxLength: 128,
        hint: 'any text',
    },
};
const LIMITS = {
    /** AFD `tagList`: user tags plus the action's provenance tags. */
    maxTags: 200,
    /** AFD quota: models per detector version, SageMaker endpoints included. */
    maxModelsPerDetectorVersion: 10,
    /** timeout-minutes: up to 72 h, GitHub's longest self-hosted job. */
    timeoutMinutes: { min: 1, max: 4320, default: 300 },
    /** keep-inactive-versions: at least the version just replaced, the rollback target. */
    keepInactiveVersions: { min: 1, max: 1000 },
    /** Tag keys starting with this (any case) are reserved by AWS. */
    reservedTagPrefix: 'aws:',
};
const ENUMS = {
    mode: _domain_request_js__WEBPACK_IMPORTED_MODULE_0__/* .MODES */ .FN,
    modelType: _domain_request_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_TYPES */ .me,
    ruleExecutionMode: _domain_request_js__WEBPACK_IMPORTED_MODULE_0__/* .RULE_EXECUTION_MODES */ .jR,
};
/** Length in code points, so a tag key of emoji is counted as AFD counts characters. */
function charLength(value) {
    return Array.from(value).length;
}
function lengthWords(c) {
    if (c.minLength === 0)
        return `at most ${c.maxLength} characters`;
    return `${c.minLength}–${c.maxLength} characters`;
}
/** The rule in plain words, e.g. "must match ^[0-9a-z_]+$ (lowercase letters, digits and _; 1–64 characters)". */
function describeConstraint(c) {
    if (c.hint === 'any text')
        return `must be ${lengthWords(c)} long`;
    return `must match ${c.pattern.source} (${c.hint}; ${lengthWords(c)})`;
}
/** True when `value` meets the constraint. Length is checked first so the regex never sees huge input. */
function meetsConstraint(c, value) {
    const n = charLength(value);
    return n >= c.minLength && n <= c.maxLength && c.pattern.test(value);
}


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   Ge: () => (/* binding */ AfdError),
/* harmony export */   Ql: () => (/* binding */ TrainingFailedError),
/* harmony export */   Te: () => (/* binding */ unlistedProblems),
/* harmony export */   To: () => (/* binding */ GateFailedError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   lZ: () => (/* binding */ ActionError)
/* harmony export */ });
// Typed errors. Each carries what a user needs to act; the entry point prints
// `message` (never a stack trace) for every ActionError.
/** Base of every error the action expects and explains. */
class ActionError extends Error {
    name = 'ActionError';
    /** Optional follow-up lines for the log and the job summary. */
    hints;
    constructor(message, hints = []) {
        super(message);
        this.hints = hints;
    }
}
function formatProblem(p) {
    const value = p.value === undefined ? '' : ` = ${JSON.stringify(p.value)}`;
    const where = p.position ? ` (${p.position.file}:${p.position.line})` : '';
    return `Input '${p.input}'${value}${where}: ${p.rule}`;
}
/** "… and 3 more problems, not listed": what a capped list of problems leaves out. */
function unlistedProblems(count) {
    return `… and ${count} more ${count === 1 ? 'problem' : 'problems'}, not listed (fix these and run again)`;
}
/** Bad input: raised before any AWS call. */
class InputError extends ActionError {
    name = 'InputError';
    /** The problems listed (at most a few dozen); `unlisted` more were only counted. */
    problems;
    unlisted;
    constructor(problems, unlisted = 0) {
        const total = problems.length + unlisted;
        super(problems.length === 1 && unlisted === 0
            ? formatProblem(problems[0])
            : `${total} inputs are invalid:\n` +
                [
                    ...problems.map((p) => `  - ${formatProblem(p)}`),
                    ...(unlisted > 0 ? [`  - ${unlistedProblems(unlisted)}`] : []),
                ].join('\n'));
        this.problems = problems;
        this.unlisted = unlisted;
    }
    /** Every problem found, listed or not. */
    get total() {
        return this.problems.length + this.unlisted;
    }
}
/** An AFD call failed in a way the user can act on. */
class AfdError extends ActionError {
    operation;
    awsErrorName;
    retryable;
    trainingInProgress;
    name = 'AfdError';
    constructor(message, operation, awsErrorName, hints = [], 
    /** Throttling, 5xx or a lost connection: the call may or may not have taken effect. */
    retryable = false, 
    /** AFD refused to start a training because one is running on the model. */
    trainingInProgress = false) {
        super(message, hints);
        this.operation = operation;
        this.awsErrorName = awsErrorName;
        this.retryable = retryable;
        this.trainingInProgress = trainingInProgress;
    }
}
/** Training ended in ERROR; `messages` are AFD's data-validation messages. */
class TrainingFailedError extends ActionError {
    messages;
    name = 'TrainingFailedError';
    constructor(message, messages) {
        super(message);
        this.messages = messages;
    }
}
/** A quality gate rejected the new model version. */
class GateFailedError extends ActionError {
    name = 'GateFailedError';
}
/** Waiting exceeded timeout-minutes; the resource is left as it is. */
class WaitTimeoutError extends ActionError {
    name = 'WaitTimeoutError';
}
/** The job was cancelled (SIGINT/SIGTERM) while waiting. */
class CancelledError extends ActionError {
    name = 'CancelledError';
}


/***/ }),

/***/ 1497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mj: () => (/* binding */ NO_REPLACED_VERSION),
/* harmony export */   a8: () => (/* binding */ CONTENT_HASH_TAG),
/* harmony export */   gK: () => (/* binding */ RESERVED_TAG_COUNT),
/* harmony export */   yj: () => (/* binding */ PROVENANCE_TAG_KEYS)
/* harmony export */ });
// The tags this action puts on what it creates in AFD: how a re-run, a later
// push or a merge finds them again (AFD has no idempotency tokens). Shared by
// the GitHub context that fills them and the flows that search for them.
/** Provenance tag keys, exactly as written on every AFD resource the action creates. */
const PROVENANCE_TAG_KEYS = {
    repository: 'fdp:repository',
    commit: 'fdp:commit',
    runId: 'fdp:run-id',
    runAttempt: 'fdp:run-attempt',
    ref: 'fdp:ref',
    pr: 'fdp:pr',
    /** On created detector versions: the base version the plan was made against. */
    baseVersion: 'fdp:base-version',
    /** On created rule versions: sha256 of (expression, language, outcomes), their identity. */
    contentSha256: 'fdp:content-sha256',
    /** On promoted detector versions: the version that was ACTIVE before ("none"), for rollback-to previous. */
    replacedVersion: 'fdp:replaced-version',
    /** On promoted detector versions: the run that promoted it, so a re-run of a rollback finds it done. */
    promotedByRun: 'fdp:promoted-by-run',
};
const CONTENT_HASH_TAG = PROVENANCE_TAG_KEYS.contentSha256;
/** Tags the action writes itself; user tags + these must stay within AFD's 200. */
const RESERVED_TAG_COUNT = Object.keys(PROVENANCE_TAG_KEYS).length;
/** The replaced-version tag of a version promoted when the detector had no ACTIVE one. */
const NO_REPLACED_VERSION = 'none';


/***/ }),

/***/ 805:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FN: () => (/* binding */ MODES),
/* harmony export */   I8: () => (/* binding */ LABEL_CLASSES),
/* harmony export */   P5: () => (/* binding */ UNLABELED_EVENTS_TREATMENTS),
/* harmony export */   T9: () => (/* binding */ TRAINING_DATA_SOURCES),
/* harmony export */   jR: () => (/* binding */ RULE_EXECUTION_MODES),
/* harmony export */   me: () => (/* binding */ MODEL_TYPES),
/* harmony export */   qN: () => (/* binding */ isRuleAsCode)
/* harmony export */ });
// The one typed, validated request that every later stage works from.
// Parsing (src/config) produces it from the action inputs and the optional
// config file; nothing after parsing re-reads raw inputs.
const MODEL_TYPES = [
    'ONLINE_FRAUD_INSIGHTS',
    'TRANSACTION_FRAUD_INSIGHTS',
    'ACCOUNT_TAKEOVER_INSIGHTS',
];
const RULE_EXECUTION_MODES = ['FIRST_MATCHED', 'ALL_MATCHED'];
const MODES = ['plan', 'draft', 'apply', 'auto'];
const TRAINING_DATA_SOURCES = ['EXTERNAL_EVENTS', 'INGESTED_EVENTS'];
const UNLABELED_EVENTS_TREATMENTS = ['IGNORE', 'FRAUD', 'LEGIT', 'AUTO'];
/** The two classes a labelMapper maps event labels to. */
const LABEL_CLASSES = ['FRAUD', 'LEGIT'];
function isRuleAsCode(rule) {
    return 'expression' in rule;
}


/***/ }),

/***/ 1160:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  R: () => (/* binding */ lintRuleAsCode)
});

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
function source_clip(text, max = 40) {
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
            const found = this.pos < t.length ? `'${source_clip(t[this.pos])}'` : 'end of expression';
            throw new SyntaxFailure(`expected ${what} after '${sigil}' (a-z, 0-9, _), found ${found}`, start, 1);
        }
        if (name !== name.toLowerCase()) {
            throw new SyntaxFailure(`expected ${what} in lowercase (a-z, 0-9, _), found '${sigil}${source_clip(name)}': write ${sigil}${source_clip(name.toLowerCase())}`, start, this.pos - start);
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
                const found = this.pos < t.length ? `'${source_clip(t[this.pos])}'` : 'end of expression';
                throw new SyntaxFailure(`expected a digit after '.' in a number, found ${found}`, start, this.pos - start);
            }
            while (this.pos < t.length && isDigit(t[this.pos]))
                this.pos++;
        }
        if (this.pos < t.length && (isWordPart(t[this.pos]) || t[this.pos] === '.')) {
            throw new SyntaxFailure(`expected an operator after the number ${source_clip(t.slice(start, this.pos))}, found '${source_clip(t[this.pos])}'`, this.pos, 1);
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
            throw new SyntaxFailure(`expected 4 hexadecimal digits after \\u, found '${source_clip(hex)}'`, this.pos - 2, 2 + hex.length);
        }
        this.pos += 4;
        return String.fromCharCode(parseInt(hex, 16));
    }
}

;// CONCATENATED MODULE: ./src/detectorpl/types.ts
// The public shapes of the DetectorPL library: diagnostics, the catalog a rule is
// checked against, and AFD's limits. Plain data only, so callers can build them.
/** AFD's API limit on `expression` (CreateRule / UpdateRuleVersion): an error above it. */
const MAX_EXPRESSION_CHARS = 4096;
/** The user guide's "less than 4,000 characters": a warning from here on. */
const WARN_EXPRESSION_CHARS = 4000;
/** The user guide: "A rule can have up to 3 lists". */
const MAX_LISTS_PER_RULE = 3;
/** Nesting (parentheses, `!`, unary minus, calls) deeper than this is a diagnostic, not a stack overflow. */
const MAX_NESTING_DEPTH = 100;
/** A regex_match pattern longer than this is refused: bounded compile work for text from a PR. */
const MAX_REGEX_PATTERN_CHARS = 1000;
/** A list literal `[…]` with more elements than this is refused (bounded work per evaluation). */
const MAX_LIST_LITERAL_ELEMENTS = 1000;
/** The suffix AFD gives model score variables: `$<modelId>_insightscore`. */
const types_MODEL_SCORE_SUFFIX = '_insightscore';

;// CONCATENATED MODULE: ./src/detectorpl/syntax-messages.ts


const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'true', 'false']);
const VALUE = 'a value ($variable, "string", number, true, false, function(…) or "(")';
const OPERATOR = 'an operator (and, or, ==, !=, <, <=, >, >=, in, not in, +, -, *, /, %)';
function tooLong(source, length) {
    return {
        severity: 'error',
        code: 'too-long',
        message: `the expression has ${length} characters; AFD accepts at most ${MAX_EXPRESSION_CHARS}: split the rule`,
        span: source.span(MAX_EXPRESSION_CHARS, length - MAX_EXPRESSION_CHARS),
    };
}
/** How a token reads in "found …". */
function describe(token) {
    switch (token.kind) {
        case 'eof':
            return 'end of expression';
        case 'variable':
            return `variable $${source_clip(token.value)}`;
        case 'list':
            return `list @${source_clip(token.value)}`;
        case 'string':
            return `string ${source_clip(token.text)}`;
        case 'number':
            return `number ${source_clip(token.text)}`;
        default:
            return `'${source_clip(token.text)}'`;
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
            return `variables start with $: $${source_clip(lower)}`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/detectorpl/parser.ts




const COMPARISONS = ['==', '!=', '<', '<=', '>', '>='];
const ADDITIVE = ['+', '-'];
const MULTIPLICATIVE = ['*', '/', '%'];
function parser_parseExpression(text) {
    const source = new SourceText(text);
    if (text.length > MAX_EXPRESSION_CHARS) {
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
        if (++this.depth > MAX_NESTING_DEPTH) {
            throw new SyntaxFailure(`expected at most ${MAX_NESTING_DEPTH} levels of nesting, found more: simplify the expression`, opening.offset, opening.length, 'too-deep');
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
                if (elements.length >= MAX_LIST_LITERAL_ELEMENTS) {
                    this.fail(`at most ${MAX_LIST_LITERAL_ELEMENTS} elements in a list: use a list @name for more`);
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
            const close = this.expectPunct(')', `',' or ')' in the arguments of ${source_clip(word.value)}`);
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
function ast_isArithmeticOp(op) {
    return op === '+' || op === '-' || op === '*' || op === '/' || op === '%';
}

;// CONCATENATED MODULE: ./node_modules/re2js/build/index.js
/*!
* re2js
* RE2JS is the JavaScript port of RE2, a regular expression engine that provides linear time matching
*
* @version v2.10.0
* @author Oleksii Vasyliev
* @homepage https://github.com/le0pard/re2js#readme
* @repository [object Object]
* @license MIT
*/
// src/RE2Flags.js
var RE2Flags = class RE2Flags {
	static FOLD_CASE = 1;
	static LITERAL = 2;
	static CLASS_NL = 4;
	static DOT_NL = 8;
	static ONE_LINE = 16;
	static NON_GREEDY = 32;
	static PERL_X = 64;
	static UNICODE_GROUPS = 128;
	static WAS_DOLLAR = 256;
	static LOOKBEHIND = 512;
	static MATCH_NL = RE2Flags.CLASS_NL | RE2Flags.DOT_NL;
	static PERL = RE2Flags.CLASS_NL | RE2Flags.ONE_LINE | RE2Flags.PERL_X | RE2Flags.UNICODE_GROUPS;
	static POSIX = 0;
	static UNANCHORED = 0;
	static ANCHOR_START = 1;
	static ANCHOR_BOTH = 2;
};
// src/PublicFlags.js
/**
* Public flags for RE2JS and RE2Set compilation.
*/
const PublicFlags = {
	CASE_INSENSITIVE: 1,
	DOTALL: 2,
	MULTILINE: 4,
	DISABLE_UNICODE_GROUPS: 8,
	LONGEST_MATCH: 16,
	LOOKBEHINDS: 512
};
// src/Codepoint.js
/**
* Various constants and helper for unicode codepoints.
*/
const ASCII_SIZE = 128;
const ASCII_TO_UPPER = new Int32Array(ASCII_SIZE);
const ASCII_TO_LOWER = new Int32Array(ASCII_SIZE);
const MAX_BMP = 65535;
for (let i = 0; i < ASCII_SIZE; i++) {
	if (i >= 97 && i <= 122) ASCII_TO_UPPER[i] = i - 32;
	else ASCII_TO_UPPER[i] = i;
	if (i >= 65 && i <= 90) ASCII_TO_LOWER[i] = i + 32;
	else ASCII_TO_LOWER[i] = i;
}
var Codepoint = class {
	static CODES = Object.freeze({
		"\x07": 7,
		"\b": 8,
		"	": 9,
		"\n": 10,
		"\v": 11,
		"\f": 12,
		"\r": 13,
		" ": 32,
		"\"": 34,
		$: 36,
		"&": 38,
		"'": 39,
		"(": 40,
		")": 41,
		"*": 42,
		"+": 43,
		"-": 45,
		".": 46,
		0: 48,
		1: 49,
		2: 50,
		3: 51,
		4: 52,
		5: 53,
		6: 54,
		7: 55,
		8: 56,
		9: 57,
		":": 58,
		"<": 60,
		">": 62,
		"?": 63,
		A: 65,
		B: 66,
		C: 67,
		F: 70,
		P: 80,
		Q: 81,
		U: 85,
		Z: 90,
		"[": 91,
		"\\": 92,
		"]": 93,
		"^": 94,
		_: 95,
		"`": 96,
		a: 97,
		b: 98,
		f: 102,
		i: 105,
		m: 109,
		n: 110,
		r: 114,
		s: 115,
		t: 116,
		v: 118,
		x: 120,
		z: 122,
		"{": 123,
		"|": 124,
		"}": 125
	});
	static toUpperCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_UPPER[codepoint];
		const s = String.fromCodePoint(codepoint).toUpperCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toLowerCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
	static toLowerCase(codepoint) {
		if (codepoint < ASCII_SIZE) return ASCII_TO_LOWER[codepoint];
		const s = String.fromCodePoint(codepoint).toLowerCase();
		const expectedLen = s.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (s.length > expectedLen) return codepoint;
		const sOrigin = String.fromCodePoint(s.codePointAt(0)).toUpperCase();
		const originExpectedLen = sOrigin.codePointAt(0) > MAX_BMP ? 2 : 1;
		if (sOrigin.length > originExpectedLen || sOrigin.codePointAt(0) !== codepoint) return codepoint;
		return s.codePointAt(0);
	}
};
// src/UnicodeRangeTable.js
var UnicodeRangeTable = class {
	/**
	* @param {Uint32Array | number[]} data
	* @param {boolean} isStride1
	*/
	constructor(data, isStride1 = false) {
		this.data = data;
		this.isStride1 = isStride1;
		this.SIZE = isStride1 ? 2 : 3;
	}
	getLo(index) {
		return this.data[index * this.SIZE];
	}
	getHi(index) {
		return this.data[index * this.SIZE + 1];
	}
	getStride(index) {
		return this.isStride1 ? 1 : this.data[index * this.SIZE + 2];
	}
	get length() {
		return this.data.length / this.SIZE;
	}
};
// src/UnicodeTables.js
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-";
const B64_MAP = /* @__PURE__ */ new Uint8Array(256);
for (let i = 0; i < 64; i++) B64_MAP[B64.charCodeAt(i)] = i;
const decodeVLQ = (str) => {
	const res = [];
	let value = 0;
	let shift = 0;
	for (let i = 0; i < str.length; i++) {
		const digit = B64_MAP[str.charCodeAt(i)];
		value |= (digit & 31) << shift;
		if ((digit & 32) === 0) {
			res.push(value);
			value = 0;
			shift = 0;
		} else shift += 5;
	}
	return res;
};
const decodeRanges = (str, isStride1) => {
	const res = decodeVLQ(str);
	const numRanges = isStride1 ? res.length / 2 : res.length / 3;
	const out = new Uint32Array(numRanges * 3);
	let current = 0;
	let resIdx = 0;
	for (let i = 0; i < numRanges; i++) {
		current += res[resIdx++];
		out[i * 3] = current;
		current += res[resIdx++];
		out[i * 3 + 1] = current;
		out[i * 3 + 2] = isStride1 ? 1 : res[resIdx++];
	}
	return out;
};
const decodeOrbit = (str) => {
	const res = decodeVLQ(str);
	const map = /* @__PURE__ */ new Map();
	let currentKey = 0;
	for (let i = 0; i < res.length; i += 2) {
		currentKey += res[i];
		const zz = res[i + 1];
		const delta = zz >>> 1 ^ -(zz & 1);
		map.set(currentKey, currentKey + delta);
	}
	return map;
};
var LazyMap = class {
	constructor(initializer) {
		this.initializer = initializer;
		this.cache = /* @__PURE__ */ new Map();
	}
	has(key) {
		return Object.hasOwn(this.initializer, key);
	}
	get(key) {
		if (this.cache.has(key)) return this.cache.get(key);
		const val = this.has(key) ? this.initializer[key]() : null;
		this.cache.set(key, val);
		return val;
	}
};
var UnicodeTables = class {
	static _CASE_ORBIT = null;
	static get CASE_ORBIT() {
		if (!this._CASE_ORBIT) this._CASE_ORBIT = decodeOrbit("rCgCIgCY+rQI4QiCuuBLgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCCgCBgCBgCBgCBgCBgCBgCB+7OB-BB-BB-BB-BB-BBskQB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BC-BB-BB-BB-BB-BB-BB-BByHBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBxHBCBBBCBBBCBBB3SBmMBkNBCBBBCBBB8MBCBBB6MB6MBCBBC+EB0MB2MBCBBB6MB+MBiGBmNBiNBCBBBmKBikzCBmNBqNBkIBsNBCBBBCBBBCBBB0NBCBBB0NDCBBB0NBCBBByNByNBCBBBCBBB2NBCBBDCBBCwDFCBCBDBCBCBDBCBCBDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB9EBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCCBCBDBCBBBhGBvDBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBjICCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBH2iVBCBBBlKBwiVB+jVB+jVBCBBBlMBqEBuEBCBBBCBBBCBBBCBBBCBBB+hVB4hVB8hVBjNB7MC5MB5MCzMC1MB+0yCE5MB20yCC9MBu2yCBwyyCBo0yCChNBlNBo0yCBu-UBi0yCDlNC6-UBpNDrNIu+UDzNCm0yCBzNE0yyCBzNBpEBxNBxNBtEG1NLqxyCBkxyCnFoFrBCBBBCBBDCBBEkIBkIBkICoHHsCCqCBqCBqCCgEC+DB+DBmkOBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCC+BBgCBgCBgCBgCBgCBgCBgCBgCBrCBpCBpCBpCBmjOB-BB8BB-BB-BBgEB-BB-BByBBqgOBsDB-BBtwBB-BB-BB-BBsBBgDBCB-BB-BB-BBeB-BB-BB61OB-BB-BB-DB9DB9DBQB7DBmCE9CBrDBPBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBrFB-EBOBnHB3FB-FCCBBBNBCBBCjIBjIBjIBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgFBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB8kMB-BB6kMB-BB-BB-BB-BB-BB-BB-BB-BB-BBokMB-BB-BBkkMBkkMB-BB-BB-BB-BB-BB-BB-BB4jMB-BB-BB-BB-BB-BB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EB-EBCBBBCBoiMBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBJCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBeBCBBBCBBBCBBBCBBBCBBBCBBBCBBBdBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBCgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDL-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-C64CgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOBgmOCgmOGgmODg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FBg8FDg8FBg8FBg8FhVg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBg9rCBQBQBQBQBQBQDPBPBPBPBPBPjkC7mMB5mMBnmMBjmMBCBlmMB3lMBpiMBk8kCBCBBG-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FB-7FD-7FB-7FB-7F6FoglCEsuHRwjlCyDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCB0DBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBG1DD97OCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQDPBPBPBPBPBPEQCQCQCQCPCPCPCPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPB0EB0EBsFBsFBsFBsFBoGBoGBgIBgIBgHBgHB8HB8HDQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQBQBQBQBQBQBQBPBPBPBPBPBPBPBPBQBQCSFPBPBzEBzEBRCxnOFSFrFBrFBrFBrFBREQBQClkOFPBPBnGBnGFQBQCljOCODPBPB-GB-GBNHSF-HB-HB7HB7HBRqJ53OE9tQBrmQH4Bc3BSgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBgBBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfBfECBByZ0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BB0BBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzBBzB34BgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDBgDB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CB-CBCBBBt-UBruHBt+UB1iVBviVBCBBBCBBBCBBB3hVB5-UB9hVB7hVCCBBCCBBI9jVB9jVBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBICBBBCBBECBBN-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOB-lOC-lOG-lOzoeCBBBCBBBCBBBCBBBCBBBCBl8kCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBTCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBnECBBBCBBBCBBBCBBBCBBBCBBBCBBDCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBKCBBBCBBBnglCBCBBBCBBBCBBBCBBBCBBECBBBvyyCDCBBBCBBBgDCCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBn0yCB90yCB10yCBh0yCBn0yCCjxyCBzyyCBpxyCBg6BBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBB-CBl0yCBvjlCBCBBBCBBBt2yCBCBBBCBBBCBBBCBBBCBBBCBBBCBBBCBBBhkzCZCBB9a-5Bd-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCB-8rCm6TCBB7gBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCH-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BmlBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvChDwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCBwCFvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvCBvC1DuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCBuCCuCBuCBuCBuCBuCBuCBuCCuCBuCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCBtCCtCBtCBtCBtCBtCBtCBtCCtCBtCk2BgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEBgEO-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-DB-D+CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCL-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-B74CgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhrVgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCBgCB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BB-BhB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BB2BD1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BB1BtxekCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBkCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjCBjC");
		return this._CASE_ORBIT;
	}
	static _Print = null;
	static get Print() {
		if (!this._Print) this._Print = new UnicodeRangeTable(decodeRanges("hB9CBjBLBCpWBDFBFGBCCCBSBCsMBClBBDxBBDCBC2BBJaBFFBSVBC-FBCvBBD6BBDkDBP6BBDwBBDOBCbBDCCBJBGfBIqCBCgFBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYBDCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPBLCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGBCCBCHBDBBDVBCGBCBBCEBDIBDBBDCBICBFBBCEBDRBLBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBGMBCCBCWBCPBDIBCCBCDBIBBCCBCBBDDBDJBIVBCCBCWBCJBCEBDIBCCBCDBIBBGCBCDBDJBCCBNMBCCBCyBBCCBCFBFPBDZBCCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBN5BBFcBmBBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDBhBnCBCjBBFmBBCjBBCOBCMBmBlGBCGGD4LBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBH1CBDFBD-TBCbBE4CBIVBKXBKTBNMBCCBCBBN9CBDJBHJBHNBCKBH4CBIqBBGlCBLeBCLBFLBFEEBoBBDEBMrBBFZBHKBE9BBDgCBCcBDKBHJBHNBDtBBDLBVsCBClFBJ7BBEOBE9BBGqBBDKBJqBBG1QBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBSXBJuBBSBBDaBCMBEhBBPgBBQrEBF5UBXKBWz4BBD9LBGsBBCGGD3BBIBBPXBKGBCGBCGBCGBCGBCGBCGBCGBC9DBjBZBC4CBN1GBbPBC+BBC1CBDmDBGqBBC9CBC1CBKvBBCszcBE2BBK7KBV3FBJ8GBV7BBEJBH3BBJlCBJLBHzDBMdBEtCBCKBFgBBC2BBKNBDJBDmDBZbBLFBDFBDFBKGBCGBC7BBF9DBDJBHj9KBNWBFwBBloItLBDpDBnBGBNEBGZBCEBCCCBCCBCCBoUBhBpBBHyBBCSBCDBFEBCmEBF9FBEFBDFBDFBDCBEGBCGBOBBDLBCZBCSBCBBCOBDNBjB6DBGCBFsBBE3CBCMBEwBwBBsBBjEcBEwBBQbBFjBBKdBGqBBGdBCkBBFNBrB9EBDJBHjBBFjBBFnBBJzBBMLBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBCnCBJIBxBSBCBBGgBBEaBGaBnB3BBFTBDxBBCBBGHBCCBCcBDCBFJBIIBI-BBhBmBBFLBK1BBEcBDaBGZBIDBNGBxCoCB4ByBBOyBBItBBJJBHlBBEcBJBBxGeBCpBBCCBDBBRFBJIBiBtBBJpBBXZBnBbBVWBKtCBFjBBK9BBCEBOYBIJBH0BBCRBJmBBK-CBCTBMRBCuBB-BGBCCCBCBCOBCKBH6BBGJBHDBCHBDBBDVBCGBCBBCEBCJBDBBDCBDHHGGBDGBEEBMJBCDDClBBCJBCDDCDBCJBCBBJBBe7CBCEBfnCBJJBnF1BBDlBBjBkCBMJBHMBU5BBHJBHTBdaBDOBFWB6F7BBlDyCBNHBDDDBGBCBBCdBCBBDLBKJBnCHBDtBBDKBcnCBJyCBOoCBIJB3CHB5ChBBPJBHIBCsBBCNBLcBEfBDVBCNBqCGBCBBCrBBECCBCCBHBJJBHFBCBBCkBBCBBCFBIJBHrBBFJB3HYBIQBCoBBEcB2CQQBwBBO6cBnDuDBCEBMjGBtyCiDBOvhBBRVBL68DBGmSB61G5BBn2B4RBIeBCJBFwCBCJBHdBDFBLlCBLJBCGBCUBGSBxN5BBnG6CBGYBDYBtBqCBF4BBIQBhCEBMGBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBDDBh7D8HBEzNBHWBQQBQtBBDWBKzDB9B1HBLmBBDpCBJvDBWlCB7DTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBD9VBQEBCOBxiBeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBENBDJBFBBhKeBS5BBGxOxOBoBB3GqBBFhGhGBdBCVBJBBhHGBCDBCBBCOBCkGBDPBqBrCBFJBFBByYjCBtC8BBjGDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBBvIrBBFjDBNOBDOBCOBCkBBLtFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBmgB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIBnkzVvHB", false));
		return this._Print;
	}
	static CATEGORIES = new LazyMap({
		C: () => new UnicodeRangeTable(decodeRanges("AfBgDgBBOrWrWBHHBCBICCVuMuMnBBBzBBBE4B4BBGBcDBHQBXhGhGxBBB8BBBmDNB8BBByBBBQddBCCMEBhBGBsCiFiFJBBDBBXIICCBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBPMMBEB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKMMBDBbEByBPBDBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCB-FCBHBBHBBHBBECBIIIBLBDBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIB-BGGBLBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMBxhBPBXJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBF-6DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBrCHBxDUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIlkzVBxHvw-FB", false)),
		Cc: () => new UnicodeRangeTable(decodeRanges("AfgDgB", true)),
		Cf: () => new UnicodeRangeTable(decodeRanges("tFzqBzqBBEBXhGhGyBhMhMBxCxCs5D9-B9-BBDBbEByBEBCJBw03B6H6HBBBimEQQj7IPBhjiBDBwmFHBn0rYffB+CB", false)),
		Cn: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBDBvzIBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-BB---BBB---BBB", false)),
		Co: () => new UnicodeRangeTable(decodeRanges("gg4B-nGh4hc9--BD9--B", true)),
		Cs: () => new UnicodeRangeTable(decodeRanges("gg2B--B", true)),
		L: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICCiEEBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoCaBFDBuBqBBkBBBCiDBCQQBIIBLLBBBDRRCdBe4CBMZZBfBKBBFGGBUBFKKEYYBXBIKBGXBCGBRpBB7B1BBETTIJBQPBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNGB7BBBCCCBDBCXBCCCBIBCBBKDDBDBCWWBCBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNSSBkBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBkBFFkC4CBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBzC+C+CBtBBSHB3BdBOBBLrBBbjBBqBCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBhC1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBF1B1BB8zC8zCBjHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBxC2O2OBrBrBBDBGBBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBReBDlCByBIBDmDBDxCBVQBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBdRRBDBCJBLEBCoBBYCBCHBVWBEEEBwBBCEEBDDBDBDCCZCBDKBICBNFBDFBDFBKGBCGBCqBBCNBHyDBej9KBNWBFwBBloItLBDpDBnBGBNEBGCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBxB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOjBBnBbBKWB7HpBBHBBRFB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB1D-BBgBHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBqBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBGjCjCBLBhCBBCPPBNNB0mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBn7F0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFBmI9BBzEsBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCCBCBBCGBDEBKBBhHGBCDBCBBCOBCkGB8BjCBI1lB1lBBCBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		LC: () => new UnicodeRangeTable(decodeRanges("hCZBHZB7BLLBVBCeBCiGBCDBFvGBDZBhGDBDBBECBCHHCCBCCCBSBCyCBCqEBJlFBClBBKoBB44ClBBCGGDqBBDCBhV1CBDFBjkCKBGqBBDCBhCrBBgCMBChBBmD1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGBmIFFDJBCEEBDBHGCBCBCFBFDDBCBGEBF1B1BB8zC8zCB6DBDmDBHDBEBBNlBBCGGzoetBBTbBnEtCBCWBEDBCsCBZBBE2Z2ZBpBBGIBIvCBh6TGBNEBqgBZBHZBmlBvCBhDjBBFjBB1DKBCOBCGBCBBCKBCOBCGBCBBk2ByBBOyBB+CVBLVB74C-BBhrV-BBhBYBDYBtpZ0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BJBCTBHFB2uCjCB", false)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDZBiGCCEEEBBBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBDCB5XFBjkCIBC2D2DBqBBgCMBChBBnD0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBBzIEEBEEcKFDBBJDBF2B2Bs1CvBBCEEBGCFCCBCCBEBGiDCBIICFFNlBBCGG0oesBCUaCoEMCBBBC+BCBGBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCbEE2ZqBBGIBIvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFB4vChBB", false)),
		Lm: () => new UnicodeRangeTable(decodeRanges("wVRBFLBPEBICCmEGG-OnHnHlFBBuIBBFgBgBKEEhFoFoF1mBgEgE2R72B72BsDkTkTxOFBvF+BBOjBjBBjBByVOORMBg-CBByHgGgG2OsBsBBDBGiDiDB+C+CBBB34bjnBjnBBEBvIzDzDdBB6DIBxCYYpDDBEBB2OXXqEtDtDWBBoDDBKngVngVuBBBh-BFBCpBBCIB0sBhBhB2K04D04DnrTDB9PCBpBBBnRMBhCBBCPPB9-P9-PBCBCGBCBByhM9BBqGGBud0Q0QsSAB", false)),
		Lo: () => new UnicodeRangeTable(decodeRanges("qFQQhIFFBCBxGBB7ZaBFDBuBfBCJBkBBBCiDBCZZBLLBBBDRRCdBe4CBMZZBfBWVBrBYBIKBGXBCGBRoBB8B1BBETTIJBROBFHBDBBDVBCGBCEEBCBERROBBCCBPBBLJJBEBFBBDVBCGBCBBCBBCBBgBDBCUUBBBRIBCCBCVBCGBCBBCEBETTQBBYMMBGBDBBDVBCGBCBBCEBEffBCCBBBQSSCFBECBCDBEBBCCCBEEBEEBBBELBX1B1BBGBCCBCWBCPBEbbBBBCBBDBBfFFBGBCCBCWBCJBCEBEffBBBCBBQBBSIBCCBCoBBDRRGCBJCBZFBGRBEXBCIBCDDBFB7BvBBCBBNFB8BBBCCCBDBCXBCCCBIBCBBKDDBDBYDBhBgCgCBGBCjBBcEB0DqBBVRRBEBFDBEEEBIIBBBFMBNyDyDBnKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPByDrTBDQBCZBGqCBHHBIRBOSBPRBPMBCCBQzBBpBkCkCBhBBC0BBIEBDhBBCGGBkCBLeByBdBDEBMrBBFZB3BWBK0BBxFuBBSHB3BdBOBBLrBBbjBBqBCBLdByDDBCFBCBBE7hB7hBBCB4-C3BBZWBKGBCGBCGBCGBCGBCGBCGBCGBoR2B2BF1CBJCCB4CBFGGBpBBC9CBSfBxBPBhQ-tGBhC0wUBC2jBBkCnBBJrIBFPBLBBjCyByBBkCBqFoDoDEGBCCBCDBCWBezBBPxBB-BFBECCBMMBaBLWBacBIuBBuBEBDIBLEBCoBBYCBCHBVPBCFBEEEBwBBCEEBDDBDBDCCZBBEKBIPPBEBDFBDFBKGBCGByEiBBej9KBNWBFwBBloItLBDpDBkCCCBIBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBqDJBCsBBDeBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmMcBEwBBwBfBOTBCHBHlBBLdBDjBBFHBhEtCBjDnBBJzBB9CzBBN2JBKVBLHB5EFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCQQBCBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4FjBBnBDBCxJxJBoBBHBBRCBCBB5BcBLJJBUBrBRBvBUBcWBN0BB6BBBDOOBrBBhBYBbjBBeDDJiBBENNBuBBPDBWCCkBRBCYBUBBgCGBCCCBCBCOBCJBIuBBnBHBDBBDVBCGBCBBCEBETTNEBfJBCDDClBBCaaCtBtBBzBBTDBVCBfvBBVBBC5F5FBtBBqBDBlBvBBV8B8BBpBBOoCoCBZBmBGB6FrBB0GHBDDDBGBCBBCXBQCC-CHBDmBBRCCdLLBmBBIWWMtBBUTTBnCBoGgBBgBIBCkBBSyByBBcBxDGBCBBClBBWaaBEBCBBCfBPYYBnBBCBBlISBQCCBLBChBB9DwCwCB4cBnHjGBtyCgDBQvhBBSFBa68DBGmSB61GdBj3B4RBIeBSuCBSdBTvBB0BUBGSB0NnBB2MqCBGwFwFB0mHBqBfBiDyDBuwIiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBxzI2P2PBrBBiBiKiKBcBTrBBlPaBmHdBDwGwGBdBCCBCBBCGBDEBKiHiHBFBCDBCBBCOBCkGB8pBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQBlqE-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("lOGDnB2sH2sHBGBJHBJHBNQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBG+B+B9zCvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("gYvDB0IGBoIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCgBB3BCBCRBCGBLBBeCB5BCCBFBDBBDCBKLLBbbDCB5BCCBDBFBBDCBEffBEEMCB5BCCBGBCCBCCBVBBXFBCCB5BCCBFBDBBDCBICBLBBf8B8BBDBECBCDBKpBpBBDB4BCCBFBCCBCDBIBBMBBeCB5BCCBFBCCBCDBIBBMBBQNNBCB4BBBCGBCCBCDBKLLBeeBBBnCFFBEBCCCBGBTBB+BDDBFBNHBjDDDBHBMGBqCBBcECFBByBTBCBBGKBCjBBKlDlDBSBYDBFCBCCBDGBEDBOLBCLLBCBgWCBzdDBdCBeBBfBBhCfBKuBuBBBBC2D2DBjBjB3DLBFLB8GEB6BJBCcBDxBxBBsBBDLBVEBwBQBnBIBNCBfMB5BNBxBTB5ECBCUBFHHDCBnG-BBxWgBB--CCBuEhDhDBeBrRFBqDBB1udDBCJBhBBBxCBBxIEEFYYBDBF0C0CBzBzBBQBbRBOnBnBBGBaMBtBDBwBNBlBkCkCBMBNJJBuBuBBBBzBCCBBBDBBGBBCqBqBBDBGBBtHHBCBBx5TiXiXBOBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB7DCB2BOBqBDDBLLBCBuBKBI+B+BBBBlBNBRBBtBNNBBBxBNBJDBCBB9CLBHDD+ELBWDB4BBBCGBDBBDCBKLLBDDBFBEEBkCIBCDDCDBCEBCPPBzCzCBQBYyCyCBSBsHGBDIBcBBzCQBrDMBmDOBhIOB2HFBCBBDDBCCCBuEuEBFBDGBEddBIBpBGBCDBJKKBJBvBPBnGHBoGHBCHBzCVBCNB7DFBECCBCCBFBCjCjCBDBCBBCEB8KDBKBBCxBxBBFBEEBYmnFmnFHOBpmLRBhuCEB8BGB5gBCCB1BBIDByCMMBslTslTBizEizEBsBBDWB-QEBEFBJHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		Mc: () => new UnicodeRangeTable(decodeRanges("joC4B4BDCBJDBCBBzBBB7BCBHBBDBBLsBsB7BCBjC7B7BBBBJCCB2B2BB7B7BCHHBDDBLLnDBBCBBECBCCBLqBqBBBB+BDB+BBB7BCCBDBDBBCBBKBBdPPB7B7BBBBGCBCCBLrBrBBsCsCBBBHHBTBBrKBBgCsFsFBFFHDDBaaBLLBBBDGBWBBDFBDLLBBB5zBffiEIIBGBCBB7KDBDCBFBBCFBhHBB7BCCKCCBJJBEByExBxBGCCBDBCBB+BffFBBD9B9BDCBCEEBxBxBBGBJBBsFWW35EBB0-dBBD5C5CBzBzBBOBvEBBwBxBxBBFFBDDBBBvDBBDBBZuBuBCuDuDDBBGuHuHBCCBCCBCC0gZCCgEuBuBBBBFBB0DZZB8B8BxBCBKBBO+C+CBBBEBBCrFrFBBBgBBB7BBBCDBDBBDCBKLLB1C1CBBBIDDCDBCBBCmDmDBBBJBBErDrDBBBHCCBCBDuHuHBBBHDBDyDyDBBBJBBCuDuDCBBHoDoDCBBFmImIBBBK4H4HBEBCBBFDDCvEvEBBBJDBF1C1CeBB-BqGqGECCoGPPrDIID2G2GBDBFBBC-K-KBNNxBBBJBBCpvQpvQBBBlxD2BBpDBB0rYBBHFB", false)),
		Me: () => new UnicodeRangeTable(decodeRanges("okBBB1xF-wB-wBBCBCCBsshBCB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("gYvDB0IEBqIsBBCCCBCCBCCpCKBxBUBRmDmDBFBDFBDBBCDBkBffBZB8CKB7BIBKZZBCBCIBCCBCEBsBCB8BIBrBXBCfB4BCCFHBFEEBFBLBBe7B7BFDBJVVBbbDBB6BFFBFFBDDBBBEffBEEMBB6BFFBDBCBBFVVBXXBEBC7B7BDCCBCBJIIBMMBff+BNNzBEE4BCCBBBGCBCDBIBBMBBe7B7BDHHGBBVBBdBB6BBBFDBJVVBeepCIIBBBC7C7CDGBNHBjDDDBHBMGBqCBBcEC4BNBCEBCBBGKBCjBBKnDnDBCBCFBCBBDBBaBBFCBRDBODDBHHQgWgWBBBzdCBeBBfBBfBBhCBBCGBJDDBJBKuBuBBBBC2D2DBjBjB3DCBFBBKHHBBB8GBBD7B7BCGBCCCDHBHJBDxBxBBMBCeBDLBVDBxBCCBDBCGGpBIBNBBhBDBDBBCCB5BCCBEECCB7BHBDBB5ECBCMBCGBFHHEBBnG-BBxWMBFEEBKB--CCBuEhDhDBeBrRDBsDBB1udFFBIBhBBBxCBBxIEEFaaBGG4EBBbRBOnBnBBGBaKBvBCBxBDDBCBDBBoBkCkCBEBDBBDBBNJJwB0B0BCCBDBBGBBCrBrBBJJvHDDFx5Tx5TiXPBRPBuejHjH2EEBn0BCBCBBGDBpBCBFmFmFB+R+RBCBiCEB+JBBuCFBnCKByBDB8D3B3BBNBqBDDBLLBBByBDBDBBI+B+BBBBlBEBCHB-BNNB1B1BBHBLDBDgDgDBBBDCCBHHD+E+EEHBWBB6BBBEmBmBBFBEEBnCFBOECPBB2CHBDCBCYY1CFBCFFBCCBvHvHBCBHBBCBBcBB2CHBDCCBrDrDCDDBEBCmDmDCDDBCBCEBkIIBCBBhIBBCFFxEDBDBBFhBhBBIBpBFBDDBJKKBEBDCBvBMBCBBnGCCBBBCqGqGBFBCFBCzCzCBUBDGBCBBCBB7DFBECCBCCBFBCpCpCBEEC8K8KBMMB1B1BBDBGCCYmnFmnFHOBpmLLBECBhuCEB8BGB5gBgCgCBCByC5lT5lTBizEizEBsBBDWBhRCBSHBDGBfDB1ECB89B2BBFxBBJPPXEBCOBxqBGBCQBDGBCBBCEBlDhFhFBFB4L+B+BBCB9PDB-HBB0HDDIBBG7O7OBFBuDGB29lYvHB", false)),
		N: () => new UnicodeRangeTable(decodeRanges("wBJB5DBBGDDBBBitBJBnEJBnGJB9MJB3DJBFFBtDJB3DJB3DJBDFBvDMB0DJBJGBoDJBpDGBISBuDJBhDJB3DJBnCTBtIJBnCJBwWTBybCBwHJBHJBXJBtJJBhEKBmFJBHJB3FJB3CJBnEJBHJB3gBEEBEBHJBnGyBBDEB3W7BBvCVB3TdBqrBqYqYaIBPCB4KDBrEJBfHBCOBhBJBoBOBh7cJB9FJBhKFB7EJBnBJBnGJBXJB3CJB3MJB34UJBuPsBBN4BBSBB2KaBlBDBeJJnEEBrGJBvdHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBxBJBHJB3IeB-EJBrBDBxDGBnEdBhEJB9BJBxEJBITB8HJB3KJB3DJB3LJBnDJBHTBtCLBlNSB+CJB3UJB3CcBkHJBnCJB3BJBnLJBnDUBshBuDBimPJBnpCJB3CJBnEJBCGBvQJBnIWB+KCB6nXJBnuBTBNTBtDYB2iBxBBhqCJBnNJB3PJB4HJBtWIBhEJB4Y6BBCCBCDBtCsBBCOBjeMBk3CJB", false)),
		Nd: () => new UnicodeRangeTable(decodeRanges("wBJnxBJnEJnGJ9MJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJ3DJhDJ3DJnCJ3IJnCJn6BJnBJtJJhEJnFJHJ3FJ3CJnEJHJnuiBJnVJnBJnGJXJ3CJ3MJ34UJnsBJnkCJHJ9YJhEJ9BJxEJ3IJ3KJ3DJ3LJnDJHTtCJnNJnDJ3UJ3CJ3HJnCJ3BJnLJ3uQJnpCJ3CJnEJ3QJ37XJ12CxBhqCJnNJ3PJ4HJ2aJ30EJ", true)),
		Nl: () => new UnicodeRangeTable(decodeRanges("u3FCBwzCiBBDDB-zDaaBHBPCBs1dJBxyW0BBtOJJnEEBrhIuDBm8SCB", false)),
		No: () => new UnicodeRangeTable(decodeRanges("yFBBGDDBBB2pCFB5LFB5DCBmEGB6GGBSIByNJB2hBTB0jBJBhP20B20BEFBHJBnGPBqB3W3WB6BBvCVB3TdBqrB1kB1kBBCBrEJBfHBCOBhBJBoBOBxrdFBymWsBBiCDBSBB2KaBlBDB1pBHBaGBoBIBsCEBXFBhFBBDPBDtBBhCIB1BBBfCBsCEBpDHBZHBqBGBrKFBhLeB-EJBrBDBxDGBnETB8LTBmqBBBvNIBobSB0aUBn8SGB-YWBqhZTBNTBtDYBvqFIBid6BBCCBCDBtCsBBCOBjeMB", false)),
		P: () => new UnicodeRangeTable(decodeRanges("hBCBCFBCDBLBBEBBbCBCccCkBkBGEELBBEEE-VJJzOFBqBBB0BCCDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCmBmBBCBoCrCrCBDBFBBwDFBsFlTlTBHB4EuTuTtBBBvCCBoCBB+ECBCCBmBKB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBM9Z9ZBWBJTBCMBCLBfBBPBB6TDBeBB+hBNBwCBBgBJB0MVBgCDBhBBB8XDBCBBxDwEwEBtBBCfBDLBkNCBFJBDLBRNNjD7C7CjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HzqUzqUBxGxGBIBXiBBCNBCFFCBB2ECBCFBCDBLBBEBBbCBCccCCCBFB7MCB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDByO-J-JjBlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Pc: () => new UnicodeRangeTable(decodeRanges("-Cg-Hg-HBUU-u3BBBZCBwHAB", false)),
		Pd: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEBiwDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Pe: () => new UnicodeRangeTable(decodeRanges("pB0B0BgB+1D+1DC-6B-6BqtC4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECtBGCtNICEGCDBB-ozB6G6GeOCESSCCCrF0B0BgBGD", false)),
		Pf: () => new UnicodeRangeTable(decodeRanges("7F+6H+6HEddpuDCCFDDQEE", false)),
		Pi: () => new UnicodeRangeTable(decodeRanges("rFt7Ht7HDBBDaapuDCCFDDQEE", false)),
		Po: () => new UnicodeRangeTable(decodeRanges("hBCBCCBDECBLLBEEBcclCGGPBBI-V-VJzOzOBEBqB3B3BDDDtBBBVBBCBBOCCBBBrCDBnDsBsBBMBqHCB3BOBgBmImIBLLtE5D5D6DnMnMNwLwL7CLLBpFpFBNBCxDxDrCEBFBBwDFBsFlTlTBHBmY9D9DBBBoCBB+ECBCCBmBFBCDB6JBB5GBBhEGBCFBhFBBLGBdCB9DDB8BEB-BBBhCHBMjajaBJJBGBJIBDDBDCBEKBCCCBIB7kDDBCBBxDwEwEBFFBBBDDDBHBCBBCDDBLLBDBCJBDDBCCCBLBDCBtNCB6B+F+FjgdBBuICBkDLL0DFB9LDB3CBBpBCBCyByBBwBwBiDMBRBB9DDB-DBBRBB6HlxUlxUBFBDXXVBBDDBECBCDBICBHCCB2E2EBBBCCBDECBLLBEEBcclBDDB7M7MBBB9UxBxB-MoXoXoGgBgBxIIBnBxDxDBFBjCGB6CDB0ZlElEBDBtBDB+FGBuDBBCDB-DDBxBBBwCDBFOOCCB5CFBsDrJrJBCCBzDzDBDBLBBCpDpD7HWBqDCBdMBtCjEjEBBB9HpIpIBBB8E9C9CBGB0CCBCEB+CJB4GgDgDBDBrBBBmUBBrCMBwFxjBxjBBDB97CBB8zOBBmEiCiCBDBJpRpRBBBoJDBoK9lT9lTovHEB07C-a-aBAB", false)),
		Ps: () => new UnicodeRangeTable(decodeRanges("oBzBzBgB-1D-1DC-6B-6B-rCEEnB4B4BQ7T7TCff-hBMCxChBhBCGC1MUChCCCiBmhBmhBCECaTTCECtNICEGCDipzBipzB4GeeCMCESSCCCrFzBzBgBEEDAB", false)),
		S: () => new UnicodeRangeTable(decodeRanges("kBHHRCBgBCCcCCkBEBCBBDCCBCBDEEfgBgBrODBNNBGGBCCCBPB2DPPBxDxDsErIrIBBB3DCBDDDBvGvGLUUB4H4HIBBpEqLqLBHHB2H2H-DjEjEBGBlEwGwGqBmGmGiGCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WuLuLlL+E+EBgBBiLJBKIBhiBCCBBBMCBOCBOCBOBBmCOOoBCBOCBUhBB-BBBCDBCBBLCCBBBGFBCECFMMBFFBDBGDBC7B7BBFFB2LBFcBD+HBXKByCtCBXnTBtBwBBDeBLyMBX+BBFfBD1LBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBB8CBB0HBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BB6RWBKBBoDBB+EDBLDB+RCBiHPPB+9T+9TpEgBBuLPBhCBB3BHBtBDBjDCCBBBD7E7EHRRBBBgBCCcCCiEGBCGBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSmWmWBiKiKBGBnjC2kC2kCBbBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQQBgDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBrbaagBaagBaagBaagBaa9B-PB4BDBzBHBCNBCBBp2BwNwNttCEE+DiOiOBvIvIBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Sc: () => new UnicodeRangeTable(decodeRanges("kB+D+DBCBqnB8D8DzPBBzPBBI2H2HoImSmS8sClmClmCBgBB37hBkuVkuVtD7E7E8GBBEBB3-HDB-4wBxtCxtC", false)),
		Sk: () => new UnicodeRangeTable(decodeRanges("+CCCoCHHFEEqQDBNNBGGBCCCBPB2DPPBjoBjoB15FCCBBBMCBOCBOCBOBB9kEBBkzdWBKBBoDBBxePPBniUniUBPB8bCCjF4g9B4g9BBDB", false)),
		Sm: () => new UnicodeRangeTable(decodeRanges("rBRRBBB+BCCuBFFmBgBgB-XwQwQBBB8xGOOoBCBOCBsEoBoBBDBHlClCBDBGBBFGDIgBgBBDDCgBgBBqIBhBBB7CffBXBpBFB2OKK3BHBwDxKxKBDBDeBLPBhIiEBX+BBFfBDhIBxBUBDFB9+zB5Z5ZCCBlFRRBBB+BCCkEHHBCBitDBBhrwBx+Bx+BagBgBagBgBagBgBagBgBat5Ft5FB-uC-uCBHB", false)),
		So: () => new UnicodeRangeTable(decodeRanges("mFDDFCCyerIrIBgEgEBvGvGLUUB4H4HkQ2L2LjEFBClElEwGqBqBoMCBQCCBBBDFBVECmEHBCFBCBBGDBmGBBxXJB0WzWzW+EhBBiLJBKIBksBBBCDBCBBLCCBHHBEBCECFMMBPPCBBC7B7BBKKBDBDDBCBBCBBCGBCeBDBBCCCBdBtIHBFTBDGBDwCBCdBanBBHnCBXKByCtCBX2FBCIBC1BBJuDBC3HBtBrBBhC-HBhQvBBWBBHmBBDpEBmHFBmLBBvBZBC4CBN1GBbPBFOOBNNWBBHBBxKBBFJBhBlBBKRRBdBMdBJQQBeBLmBBQ-JBhuG-BBx0V2BBibDBLBBC+R+RBBBqqUPBuLPBhCBB3BHBuBCBlPEEFBBOBB6JIB6BQBDCBCMBEwBwBBrBB7zBBBwSpgBpgBBGBnjC2kC2kCBGBFQBr6SDBG3qU3qUk7DvHBLCBEzNBHWBQPBhDzDB9B1HBLmBBD7BBGCBXBBIdBF8BBWhCBE7F7FB1CBqlB-PB4BDBzBHBCNBCBBp2B96C96CiEyWyWBqBBFjDBNOBDOBCOBCkBBYgFB5BcBOrBBFIBIBBPFB7E6HBG4WBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBB-B3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBC7CBLAB", false)),
		Z: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBeBBGwBwBh9DAB", false)),
		Zl: () => new UnicodeRangeTable(decodeRanges("ohIA", true)),
		Zp: () => new UnicodeRangeTable(decodeRanges("phIA", true)),
		Zs: () => new UnicodeRangeTable(decodeRanges("gBgEgEgvFgsCgsCBJBlBwBwBh9DAB", false)),
		ASCII_Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbF", true)),
		Alphabetic: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBLLFGGBVBCeBCpOBFLBPEBICC3CeeBQBCBBDDBCHHCCBCCCBSBCyCBCqEBJlFBClBBDHHBnBBoBNBCCCBCCBCCJaBFDBeKBG3BBCGBPlDBCHBFHBFCBLCBDRRBuBBOkDBZgBBKBBFGGBWBDSBUYBIKBGXBCGBIJJBoBBLLBEGBHrCBCPBCCBFOBOSBCHBDBBDVBCGBCEEBCBEHBDBBDBBCJJFBBCEBNBBLFFBBBCFBFBBDVBCGBCBBCBBCBBFEBFBBDBBFIIBCBCSSBEBMCBCIBCCBCVBCGBCBBCEBEIBCCBCBBEQQBCBWDBFCBCHBDBBDVBCGBCBBCEBEHBDBBDBBKBBFBBCEBORRBCCBEBECBCDBEBBCCCBEEBEEBBBELBFEBECBCCBEHHpBMBCCBCWBCPBEHBCCBCCBJBBCCBCBBDDBdDBCHBCCBCWBCJBCEBEHBCCBCCBJBBGCBCDBOCBNMBCCBCoBBDHBCCBCCBCGGBCBIEBXFBCCBCRBEXBCIBCDDBFBJFBCCCBGBTBBO5BBGGBH0B0BBECBDBCXBCCCBRBCCBDEBCHHPDBhBgCgCBGBCjBBFSBFPBCjBBkC2BBCDDBDBR-BBLDBDlBBCGGDqBBCsKBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBmBPBR1CBDFBErTBDQBCZBGqCBEKBITBMUBNTBNMBCCBCBBNzBBDSBPFFkC4CBIqBBGlCBLeBCLBFIBYdBDEBMrBBFZB3BbBF+BBDTBzBYYBMMBBByBzBBCOBCHB0BpBBDDBLrBBCKBP2BBXCBLjBBDKBGqBBDCBqBDBCFBCBBEGGB+FBUhBBM1IBDFBDlBBDFBDHBCGCBdBD0BBCGBCEEBBBCGBEDBDFBFMBGCBCGB1DOORMBmDFFDJBCEEBDBHGCBCBCKBDDBGEBFSSBnBBuZzBB34BkHBHDBEBBNlBBCGGD3BBIRRBVBKGBCGBCGBCGBCGBCGBCGBCGBCfBwB2O2OBBBaIBIEBDEBF1CBHCBC5CBCDBGqBBC9CBSfBxBPBhQ-tGBhCs0VBkCtBBDsIBEPBLBBVuBBGHBEwDBoBIBDmDBDxCBVUBCgBBZzBBNjCBCtBtBBEBECCBBBLgBBGiBBOcBEyBBCLBQRRBOBLEBC2BBKNBTWBEkCBCCCZCBDPBDDBMFBDFBDFBKGBCGBCqBBCNBH6DBWj9KBNWBFwBBloItLBDpDBnBGBNEBGLBCMBCEBCCCBCCBCCBqDBiBqLBT-BBD1BBpBLB1DEBCmEBlBZBHZBM4CBEFBDFBDFBDCBkBLBCZBCSBCBBCOBDNBjB6DBmC0BBsIcBEwBBwBfBOdBGqBBGdBDjBBFHBCEBrB9EBTjBBFjBBFnBBJzBBNKBCOBCGBCBBCKBCOBCGBCBBEzBBN2JBKVBLHBZFBCpBBCIBmCFBDCCBqBBCBBEDDBVBLWBKeBiCSBCBBLVBLZBHZBnB3BBHBBhCDBCBBGHBCCBCcBrBcBEcBkBHBCbBc1BBLVBLSBORBvDoCB4ByBBOyBBOnBBjBbBEGGBVB7HpBBCBBEBBRFBzBCBEcBLJJBUBrBRBvBUBcWBKlCBsBEBL4BBKOOBXBYyBBSDBJiBBEKKB+BBCDBKBBLCCkBRBChBBDHHBCB-BGBCCCBCBCOBCJBI4BBYDBCHBDBBDVBCGBCBBCEBEHBDBBDBBEHHGGBdJBCDDClBBCJBCDDCDBCBBECCtBhCBCCBCDBVCBfhCBDBBC5F5FB0BBDGBaFBjB+BBCEE8B1BBDoCoCBZBDNBWGB6F4BBoD-BBgBHBDDDBGBCBBCdBCBBDBBDDB+CHBDtBBDFBCCCBccBxBBDJBSnCBGTTBnCBoDHB5CgBBgBIBCsBBCGBCyByBBcBDVBCNBqCGBCBBCrBBECCBCCBBBCDDBZZBEBCBBCkBBCBBCDBCYYBqBBlIWBKQBCoBBECBwDwCwCB4cBnDuDBSjGBtyCgDBQvhBBSFBa68DBGmSB61GuBBy2B4RBIeBSuCBSdBTvBBRDBgBUBGSBxNsBB0G-BBhBYBDYBtBqCBF4BBIQBhCBBCNNBFBK1mHBqBfBiDyDB+vIDBCGBCBBCiJBQeeBBBDPPBCBJrMBloCqDBGMBEIBIJBFi7Fi7FBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDYBCYBCeBCYBCeBCYBCeBCYBCeBCYBCHB15BeBHFB2GGBCQBDGBCBBCEBG9BBiBxDxDBrBBLGBRiKiKBcBTrBBlPbBlHdBDwGwGBdBCVBJBBhHGBCDBCBBCOBCkGB8BjCBEEE1lBDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1TZBHZBHZB3zD-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Dash: () => new UnicodeRangeTable(decodeRanges("tB9qB9qB0BiyDiyDmgBqgCqgCBEB+BoBoBQnMnMlgDDDgBBBFdd-NUUwDxszBxszBBmBmBLqFqFhzD-J-J", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("jBHHGJBwDFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDrGrGhFBBNBBPDDBIBsCZBCBBYVVDIBWBBvFhBBDvDBDBBCCBDyCBDCBCmIBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDDBEJBECCBEEDJBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Emoji_Component: () => new UnicodeRangeTable(decodeRanges("jBHHGJB0+H2G2Gsp3B3+8B3+8BBYB8PEBxtBDBtzhY-CB", false)),
		Emoji_Modifier: () => new UnicodeRangeTable(decodeRanges("7-8DE", true)),
		Emoji_Modifier_Base: () => new UnicodeRangeTable(decodeRanges("9wJ8G8GRDB4jzD9B9BBBBDDDBBB2DBBDKBWSBEFFBBBCCBICCZqGqGBFFWFFBvFvFBBBEEB0CRRBBBKMMgSDDJHBHKKBIBDCB5B+B+BBCCBCCSCBCMBmHCBrBIB", false)),
		Emoji_Presentation: () => new UnicodeRangeTable(decodeRanges("64IBBuGDBEDDqQBBWBBzBLBsBUUOJJBSSBGGBJJGWWIBBCFFDIIFBBdkBkBCFFBBBC+B+BBBBZPP8aBB0BFFvlxDrGrG-FDDBIBsCZBCZZVDDBDBCCBWBBvFgBBNIBClCBCVBNqBBFEBNQBEEEBlCBCCCB5FBD+BBODBCXBTbbBOO3C0CBxBlCBHEEBBBDDBEDBMBBIIBkHLBF8I8IBtBBCJBC4FBxDMBEKBE4BBCFFBOBDLBFJB", false)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("pFFFu8HNN5GXX7CFBQBBwLBBNnFnFaKBFCBoGoHoHBLLK7B7BBCBCEBKGDBDDFDDCBBDIEBJJBBBGCCGLBMBBDCCBCCTDDBTTBEBCCCBEEBGGDBBFBBMBBGBBDGGBECBVVBGGBEBCDBDFFDDDBEBCDDCCCHEEHLLBQQDFFCFFBBBCMMBxBxBBBBKeP1LBBwOCBUBB0BFF7mBNN6SCCrrvDoBoBBCBlDLBQBBQPPBmBmBBIBxDBBNBBPDDBIBU3BBcOBLVVDIBCDBKWBH7FBDvDBDBBCCBDyCBDCBCDBG9HBC+BBMFBCXBIBBDHBNDDBCBDFFBOOBDDJBBKGGBBBNCBJCBDCCFHHEHHB0CBxBlCBGHBDQBECCBEBDMB7GlBBNDB5BHBLFBpBHBfBBNDBDNBKmBBNuBBCJBC4FB5CHBPxEBhI9fB", false)),
		Hex_Digit: () => new UnicodeRangeTable(decodeRanges("wBJIFbFq1-BJIFbF", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hDZBwBLLFlBlBBWBCHBC2BCBQCBuBCDECBBBDCCDEEBFFDEEBBBDDDCCCDCCBCCDEECDDBDDBBBHGDCOCBSCBDDCEEC4BCBFBDDDBCCFICBjCBDiBBIBBfEBhDsBsBCEEDDBTccBhBBCBBECBCWCBDBCGDB0B0BBuBBCgBCK0BCDMCBgDCxBoBBo6CqBBCDB5XFBjkCIBC2D2DB+FBiC0ECBHBCgDCBHBJFBLHBJHBJFBLHBJHBJNBDHBJHBJHBJEBCBBHEEBBBCBBJDBDBBJHBLCBCBB6DOORMBuDEEBEEcKFDBBJDBFiBiBBOBFsasaBYBn6BvBBCEEBGCFCCBCCBGBEiDCBIICFFNlBBCGG0oesBCUaCBBBmEMCBBBC8BCBIBCCCDICFCCDCCBBBCSCGGGCMCFCCDOCWDBCCCBBB2ZqBBCNBHvCBh6TGBNEBqhBZBumBnBBpEjBB8EKBCOBCGBCBBkODDBBBCpBBCIBmoByBB+DVB75CfBhsVfB8BYBnqZZBbGBCRBbZBbDBCCCBFBCKBbZBbZBbZBbZBbZBbZBbZBbZBbbBdYBCFBbYBCFBbYBCFBbYBCFBbYBCFBC15B15BBIBCTBHFBmI9BB1lChBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("rBRRBBBgBeeCuBuBFmBmBgB5W5WBBBDbbBDDBBBwQCBuwGccBBBMEEOPPBCBWEBMEBiCMBFEEBFFBDBTFFDJBCDDBEBHEEBDDBCCBBBCFBENBClClCBWBCFBCBBFBBFfBCHHBPPBqIBJDBVBB7CffBZBCZZMGB+NBBNJBFFBFBBDBBEEBPCCDFBMHBGBB6BCCeDBKCBxK-BBhI-PBxBUBDFB9+zB4Z4ZBEBCjFjFRCBeCCeCCkEHHBCBitDBBhrwBwoBwoBBzCBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBBhwFDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB-uCIB", false)),
		Quotation_Mark: () => new UnicodeRangeTable(decodeRanges("iBFFkEQQ96HHBaBBowDqOqOBCBOCBixzBDB+FFF7CBB", false)),
		Terminal_Punctuation: () => new UnicodeRangeTable(decodeRanges("hBLLCMMBEE-ZJJiQ6B6BpCPPCCB1FsBsBBJBCsHsHB3B3BBEBCHBgBmImIB1nB1nBBtFtFFFB4JBB2YHBmY9D9DBBBoCBB+ECBEoBoBBCBDBB7JBBjLDBjFBBLBBCCBeCB8FEB-BBBldYYBKKBBBwlDCBzJOOFLLCBBEBBtNBB8ndBBuICBkHEB-LBB3CBBgD4E4EBBB0ECBgERRB6H6HnxUDDB6B6BBBBCDBqFLLCMMBEEiCDD7hBxBxBnkBoGoG3JBB5EFBlCFB6CDB5dEBtBDB+FGBxDDBgECBiEBBHRRB5C5CBDBtDrJrJB2D2DBBBNBBnLDBEOBqDBB6HCBmQCC8HBB4CBBFBB-MCBuBmUmUBrCrCBspBspBBDB6vRBBmEiCiCBBBLqRqRBoJoJBnwTnwTovHDB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiB2BCDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIJDCMCDQCDDDCCBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBDDBBBEWCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBpCDBNDBNDBNEBMDBnIFFECBDCBDEEBDBHGCBCBDDBLBBGbbBOBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoqZZBbZBbZBbCCBGDBDDBCBCHBbZBbBBCDBDHBCGBcBBCDBCEBCEEBFBcZBbZBbZBbZBbZBbZBfYBiBYBiBYBiBYBiBYBiB2pE2pEBgBBvgCZBHZBHZB", false)),
		White_Space: () => new UnicodeRangeTable(decodeRanges("JEBTlDlDbgvFgvFgsCKBeBBGwBwBh9DAB", false))
	});
	static SCRIPTS = new LazyMap({
		Adlam: () => new UnicodeRangeTable(decodeRanges("go6DrCFJFB", true)),
		Ahom: () => new UnicodeRangeTable(decodeRanges("g4lCaDOFW", true)),
		Anatolian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggxCmS", true)),
		Arabic: () => new UnicodeRangeTable(decodeRanges("gwBEBCFBCNBCCBCfBCJBMZBCrDBChBBxCvBBxHhBBGqCBCcBxy8BtPBDvEBhBPBxDEBCmEBk7DeBkCFBJIBiBFBh43BDBCaBCBBCDDCJBCDBCCCHFFCECBBBCBBCDDCICBCCDDBCGBCDBCDBCCCBIBCQBGCBCEBCQB1BBB", false)),
		Armenian: () => new UnicodeRangeTable(decodeRanges("xpBlBDxBDCks9BE", true)),
		Avestan: () => new UnicodeRangeTable(decodeRanges("g4iC1BEG", true)),
		Balinese: () => new UnicodeRangeTable(decodeRanges("g4GsCCxB", true)),
		Bamum: () => new UnicodeRangeTable(decodeRanges("g1pB3CpowB4R", true)),
		Bassa_Vah: () => new UnicodeRangeTable(decodeRanges("w26CdDF", true)),
		Batak: () => new UnicodeRangeTable(decodeRanges("g+GzBJD", true)),
		Bengali: () => new UnicodeRangeTable(decodeRanges("gsCDBCHBDBBDVBCGBCEEBCBDIBDBBDDBJFFBCCBDBDYB", false)),
		Beria_Erfe: () => new UnicodeRangeTable(decodeRanges("g17CYDY", true)),
		Bhaiksuki: () => new UnicodeRangeTable(decodeRanges("ggnCICsBCNLc", true)),
		Bopomofo: () => new UnicodeRangeTable(decodeRanges("qXB6wLqBxDf", true)),
		Brahmi: () => new UnicodeRangeTable(decodeRanges("ggkCtCFjBKA", true)),
		Braille: () => new UnicodeRangeTable(decodeRanges("ggK-H", true)),
		Buginese: () => new UnicodeRangeTable(decodeRanges("gwGbDB", true)),
		Buhid: () => new UnicodeRangeTable(decodeRanges("g6FT", true)),
		Canadian_Aboriginal: () => new UnicodeRangeTable(decodeRanges("ggF-TxRlC7tgCP", true)),
		Carian: () => new UnicodeRangeTable(decodeRanges("g1gCwB", true)),
		Caucasian_Albanian: () => new UnicodeRangeTable(decodeRanges("wphCzBMA", true)),
		Chakma: () => new UnicodeRangeTable(decodeRanges("gokC0BCR", true)),
		Cham: () => new UnicodeRangeTable(decodeRanges("gwqB2BKNDJDD", true)),
		Cherokee: () => new UnicodeRangeTable(decodeRanges("g9E1CDFz7lBvC", true)),
		Chorasmian: () => new UnicodeRangeTable(decodeRanges("w9jCb", true)),
		Common: () => new UnicodeRangeTable(decodeRanges("AgCBbFBbuBBCOBCEBYgBgBiOmBBGEBDTB1DKKHCC+THHPEEhB9E9ElQiEiEB6mB6mB2MDBjJwvBwvBBBBoCBBsGBBCumBumBOIIBCBCFBCCBDmYmYBKBD2CBCKBEKBCOBShBB-BlBBCCBDFBCaBCQBqBCBF5UBXKBW-cBhIzTBDpEBhQ9CBzMUBCCCBXBQHBFDB8CBBE7C7CB0E0EBOBhBlBBKxBxBB+BBgBwCBwB5C5CBmFBhuG-BBhoWhBBnDCBmFJB1HhFhFsMPPBzuUzuUBxGxGBIBXiBBCSBCDB0ECCBeBbFBbKBLuBuBBhChCBFBCGBLEBjICBFsBBEIBxCMB0BsBBlHaBltuBDB96D8HBEzNBHWBQQBgDzDB9B1HBLmBBD9BBEQBJBBIdBF8BB2GTBNTBN2CBKYBoE0CBCmCBCBBDDDBDDBCBCLBCCCBFBCgCBCDBDHBCGBCbBCDBCEBCEEBFBCzKBDjJBDxBByjFjCBtC8BBjWrBBFjDBNOBDOBCOBCkBBLtFB5BZBCBBOrBBFIBIBBPFB7E4eBEQBEMBE5GBHLBFQQBKBF3BBJJBHnBBJdBDLBFBBPIBoB3KBJNBDMBEKBE4BBCFFBOBDLBFJBIyEBCmDBnghYffB+CB", false)),
		Coptic: () => new UnicodeRangeTable(decodeRanges("ifNxkKzDGG", true)),
		Cuneiform: () => new UnicodeRangeTable(decodeRanges("ggoC5cnDuDCEMjG", true)),
		Cypriot: () => new UnicodeRangeTable(decodeRanges("ggiCFBDCCBqBBCBBEDD", false)),
		Cypro_Minoan: () => new UnicodeRangeTable(decodeRanges("w8rCiD", true)),
		Cyrillic: () => new UnicodeRangeTable(decodeRanges("ggBkEBDoFBx6FKBhFtCtCojEfBhie-CBv8VBBhw4B9BBiBAB", false)),
		Deseret: () => new UnicodeRangeTable(decodeRanges("gghCvC", true)),
		Devanagari: () => new UnicodeRangeTable(decodeRanges("goCwCFODZh7nBfhwcJ", true)),
		Dives_Akuru: () => new UnicodeRangeTable(decodeRanges("gomCGBDDDBGBCBBCdBCBBDLBKJB", false)),
		Dogra: () => new UnicodeRangeTable(decodeRanges("ggmC7B", true)),
		Duployan: () => new UnicodeRangeTable(decodeRanges("ggvDqDGMEIIJDD", true)),
		Egyptian_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("ggsC1iBL68D", true)),
		Elbasan: () => new UnicodeRangeTable(decodeRanges("gohCnB", true)),
		Elymaic: () => new UnicodeRangeTable(decodeRanges("g-jCW", true)),
		Ethiopic: () => new UnicodeRangeTable(decodeRanges("gwEoCBCDBDGBCCCBCBDoBBCDBDgBBCDBDGBCCCBCBDOBC4BBCDBDiCBDfBEZBnvGWBKGBCGBCGBCGBCGBCGBCGBCGBjpfFBDFBDFBKGBCGBylvCGBCDBCBBCOB", false)),
		Garay: () => new UnicodeRangeTable(decodeRanges("gqjClBEcJB", true)),
		Georgian: () => new UnicodeRangeTable(decodeRanges("glElBBCGGDqBBCDBx8CqBBDCBhiElBBCGG", false)),
		Glagolitic: () => new UnicodeRangeTable(decodeRanges("ggL-Ch9sDGCQDGCBCE", true)),
		Gothic: () => new UnicodeRangeTable(decodeRanges("w5gCa", true)),
		Grantha: () => new UnicodeRangeTable(decodeRanges("g4kCDBCHBDBBDVBCGBCBBCEBDIBDBBDCBDHHGGBDGBEEB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("wbDBCCBDDBCFFCCCBBBCCCBSBC+BBPPBnpGEBzBEBFEB1ChKhKBUBDFBDlBBDFBDHBCGCBdBD0BBCOBCNBDFBCSBDCBCIBoJ-xiB-xiB7uVuCBSgj0Bgj0BBkCB", false)),
		Gujarati: () => new UnicodeRangeTable(decodeRanges("h0CCBCIBCCBCVBCGBCBBCEBDJBCCBCCBDQQBCBDLBIGB", false)),
		Gunjala_Gondi: () => new UnicodeRangeTable(decodeRanges("grnCFCBCkBCBCFIJ", true)),
		Gurmukhi: () => new UnicodeRangeTable(decodeRanges("hwCCBCFBFBBDVBCGBCBBCBBCBBDCCBDBFBBDCBEIIBCBCIIBPB", false)),
		Gurung_Khema: () => new UnicodeRangeTable(decodeRanges("go4C5B", true)),
		Han: () => new UnicodeRangeTable(decodeRanges("g0LZBC4CBN1GBwBCCaIBPDBle-tGBhC-vUBhoWtLBDpDBpodBBNGBqgkB-2pBBhB9oEBDt0FBDwpHBQtTBjtC9QBjvBq6EBGppIB", false)),
		Hangul: () => new UnicodeRangeTable(decodeRanges("goE-HvxHBiI9CyDeiCei3dckUj9KNWFwBl9JeEFDFDFDC", true)),
		Hanifi_Rohingya: () => new UnicodeRangeTable(decodeRanges("gojCnBJJ", true)),
		Hanunoo: () => new UnicodeRangeTable(decodeRanges("g5FU", true)),
		Hatran: () => new UnicodeRangeTable(decodeRanges("gniCSCBGE", true)),
		Hebrew: () => new UnicodeRangeTable(decodeRanges("xsB2BBJaBFFBpp9BZBCEBCCCBCCBCCBIB", false)),
		Hiragana: () => new UnicodeRangeTable(decodeRanges("hiM1CBHCBi7-C+IBTeeBBBulQAB", false)),
		Imperial_Aramaic: () => new UnicodeRangeTable(decodeRanges("giiCVCI", true)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("gYvDB2IBBlOKBbhXhXBCB8qEtBBDLBlPCBCMBCGBFHHEBBnG-BBtQBBjGgBB65DDBsDBBmrzBPBRNBwejHjH7iEl+uBl+uBBsBBDWBhRCBSHBDGBfDBz6rYvHB", false)),
		Inscriptional_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g7iCSGH", true)),
		Inscriptional_Parthian: () => new UnicodeRangeTable(decodeRanges("g6iCVDH", true)),
		Javanese: () => new UnicodeRangeTable(decodeRanges("gsqBtCDJFB", true)),
		Kaithi: () => new UnicodeRangeTable(decodeRanges("gkkCiCLA", true)),
		Kannada: () => new UnicodeRangeTable(decodeRanges("gkDMCCCWCJCEDICCCDIBGCCDDJCC", true)),
		Katakana: () => new UnicodeRangeTable(decodeRanges("hlM5CBDCBxHPBxGuBBC3CBvgzBJBCsBBzisBDBCGBCBBCgJgJBBBzBPPBCB", false)),
		Kawi: () => new UnicodeRangeTable(decodeRanges("g4nCQCoBEc", true)),
		Kayah_Li: () => new UnicodeRangeTable(decodeRanges("goqBtBCA", true)),
		Kharoshthi: () => new UnicodeRangeTable(decodeRanges("gwiCDCBGHCCCcDCFJII", true)),
		Khitan_Small_Script: () => new UnicodeRangeTable(decodeRanges("k-7C84G84GB0OBqBAB", false)),
		Khmer: () => new UnicodeRangeTable(decodeRanges("g8F9CDJHJnPf", true)),
		Khojki: () => new UnicodeRangeTable(decodeRanges("gwkCRCuB", true)),
		Khudawadi: () => new UnicodeRangeTable(decodeRanges("w1kC6BGJ", true)),
		Kirat_Rai: () => new UnicodeRangeTable(decodeRanges("gq7C5B", true)),
		Lao: () => new UnicodeRangeTable(decodeRanges("h0DBBCCCBDBCXBCCCBVBDEBCCCBFBCJBDDB", false)),
		Latin: () => new UnicodeRangeTable(decodeRanges("hCZBHZBwBQQGWBCeBCgOBoBEB8wGlBBHwBBGDBGMBClCBiC-HByLOORMBuEBBHccSoBB42CfBj1elDBExCBVOBxZqBBCIBCDB38TGB7gBZBHZBmhCFBCpBBCIBm61BeBHFB", false)),
		Lepcha: () => new UnicodeRangeTable(decodeRanges("ggH3BEOEC", true)),
		Limbu: () => new UnicodeRangeTable(decodeRanges("goGeBCLBFLBFEEBKB", false)),
		Linear_A: () => new UnicodeRangeTable(decodeRanges("gwhC2JKVLH", true)),
		Linear_B: () => new UnicodeRangeTable(decodeRanges("gggCLCZCSCBCODNjB6D", true)),
		Lisu: () => new UnicodeRangeTable(decodeRanges("wmpBvBx1eA", true)),
		Lycian: () => new UnicodeRangeTable(decodeRanges("g0gCc", true)),
		Lydian: () => new UnicodeRangeTable(decodeRanges("gpiCZGA", true)),
		Mahajani: () => new UnicodeRangeTable(decodeRanges("wqkCmB", true)),
		Makasar: () => new UnicodeRangeTable(decodeRanges("g3nCY", true)),
		Malayalam: () => new UnicodeRangeTable(decodeRanges("goDMCCCyBCCCFFPDZ", true)),
		Mandaic: () => new UnicodeRangeTable(decodeRanges("giCbDA", true)),
		Manichaean: () => new UnicodeRangeTable(decodeRanges("g2iCmBFL", true)),
		Marchen: () => new UnicodeRangeTable(decodeRanges("wjnCfDVCN", true)),
		Masaram_Gondi: () => new UnicodeRangeTable(decodeRanges("gonCGBCBBCrBBECCBCCBHBJJB", false)),
		Medefaidrin: () => new UnicodeRangeTable(decodeRanges("gy7C6C", true)),
		Meetei_Mayek: () => new UnicodeRangeTable(decodeRanges("g3qBWqGtBDJ", true)),
		Mende_Kikakui: () => new UnicodeRangeTable(decodeRanges("gg6DkGDP", true)),
		Meroitic_Cursive: () => new UnicodeRangeTable(decodeRanges("gtiCXFTDtB", true)),
		Meroitic_Hieroglyphs: () => new UnicodeRangeTable(decodeRanges("gsiCf", true)),
		Miao: () => new UnicodeRangeTable(decodeRanges("g47CqCF4BIQ", true)),
		Modi: () => new UnicodeRangeTable(decodeRanges("gwlCkCMJ", true)),
		Mongolian: () => new UnicodeRangeTable(decodeRanges("ggGBBDCCBSBH4CBIqBB2t-BMB", false)),
		Mro: () => new UnicodeRangeTable(decodeRanges("gy6CeCJFB", true)),
		Multani: () => new UnicodeRangeTable(decodeRanges("g0kCGBCCCBCBCOBCKB", false)),
		Myanmar: () => new UnicodeRangeTable(decodeRanges("ggE-EhqmBeiDfxibT", true)),
		Nabataean: () => new UnicodeRangeTable(decodeRanges("gkiCeJI", true)),
		Nag_Mundari: () => new UnicodeRangeTable(decodeRanges("wm5DpB", true)),
		Nandinagari: () => new UnicodeRangeTable(decodeRanges("gtmCHDtBDK", true)),
		New_Tai_Lue: () => new UnicodeRangeTable(decodeRanges("gsGrBFZHKEB", true)),
		Newa: () => new UnicodeRangeTable(decodeRanges("gglC7CCE", true)),
		Nko: () => new UnicodeRangeTable(decodeRanges("g+B6BDC", true)),
		Nushu: () => new UnicodeRangeTable(decodeRanges("h-7CvsQvsQBqMB", false)),
		Nyiakeng_Puachue_Hmong: () => new UnicodeRangeTable(decodeRanges("go4DsBENDJFB", true)),
		Ogham: () => new UnicodeRangeTable(decodeRanges("g0Fc", true)),
		Ol_Chiki: () => new UnicodeRangeTable(decodeRanges("wiHvB", true)),
		Ol_Onal: () => new UnicodeRangeTable(decodeRanges("wu5DqBFA", true)),
		Old_Hungarian: () => new UnicodeRangeTable(decodeRanges("gkjCyBOyBIF", true)),
		Old_Italic: () => new UnicodeRangeTable(decodeRanges("g4gCjBKC", true)),
		Old_North_Arabian: () => new UnicodeRangeTable(decodeRanges("g0iCf", true)),
		Old_Permic: () => new UnicodeRangeTable(decodeRanges("w6gCqB", true)),
		Old_Persian: () => new UnicodeRangeTable(decodeRanges("g9gCjBFN", true)),
		Old_Sogdian: () => new UnicodeRangeTable(decodeRanges("g4jCnB", true)),
		Old_South_Arabian: () => new UnicodeRangeTable(decodeRanges("gziCf", true)),
		Old_Turkic: () => new UnicodeRangeTable(decodeRanges("ggjCoC", true)),
		Old_Uyghur: () => new UnicodeRangeTable(decodeRanges("w7jCZ", true)),
		Oriya: () => new UnicodeRangeTable(decodeRanges("h4CCCHDBDVCGCBCEDIDBDCICFBCEDR", true)),
		Osage: () => new UnicodeRangeTable(decodeRanges("wlhCjBFjB", true)),
		Osmanya: () => new UnicodeRangeTable(decodeRanges("gkhCdDJ", true)),
		Pahawh_Hmong: () => new UnicodeRangeTable(decodeRanges("g46ClCLJCGCUGS", true)),
		Palmyrene: () => new UnicodeRangeTable(decodeRanges("gjiCf", true)),
		Pau_Cin_Hau: () => new UnicodeRangeTable(decodeRanges("g2mC4B", true)),
		Phags_Pa: () => new UnicodeRangeTable(decodeRanges("giqB3B", true)),
		Phoenician: () => new UnicodeRangeTable(decodeRanges("goiCbEA", true)),
		Psalter_Pahlavi: () => new UnicodeRangeTable(decodeRanges("g8iCRIDNG", true)),
		Rejang: () => new UnicodeRangeTable(decodeRanges("wpqBjBMA", true)),
		Runic: () => new UnicodeRangeTable(decodeRanges("g1FqCEK", true)),
		Samaritan: () => new UnicodeRangeTable(decodeRanges("ggCtBDO", true)),
		Saurashtra: () => new UnicodeRangeTable(decodeRanges("gkqBlCJL", true)),
		Sharada: () => new UnicodeRangeTable(decodeRanges("gskC-ChsCH", true)),
		Shavian: () => new UnicodeRangeTable(decodeRanges("wihCvB", true)),
		Siddham: () => new UnicodeRangeTable(decodeRanges("gslC1BDlB", true)),
		Sidetic: () => new UnicodeRangeTable(decodeRanges("gqiCZ", true)),
		SignWriting: () => new UnicodeRangeTable(decodeRanges("gg2DrUQECO", true)),
		Sinhala: () => new UnicodeRangeTable(decodeRanges("hsDCBCRBEXBCIBCDDBFBEFFBEBCCCBGBHJBDCBt-gCTB", false)),
		Sogdian: () => new UnicodeRangeTable(decodeRanges("w5jCpB", true)),
		Sora_Sompeng: () => new UnicodeRangeTable(decodeRanges("wmkCYIJ", true)),
		Soyombo: () => new UnicodeRangeTable(decodeRanges("wymCyC", true)),
		Sundanese: () => new UnicodeRangeTable(decodeRanges("g8G-BhIH", true)),
		Sunuwar: () => new UnicodeRangeTable(decodeRanges("g+mChBPJ", true)),
		Syloti_Nagri: () => new UnicodeRangeTable(decodeRanges("ggqBsB", true)),
		Syriac: () => new UnicodeRangeTable(decodeRanges("g4BNC7BDCxIK", true)),
		Tagalog: () => new UnicodeRangeTable(decodeRanges("g4FVKA", true)),
		Tagbanwa: () => new UnicodeRangeTable(decodeRanges("g7FMCCCB", true)),
		Tai_Le: () => new UnicodeRangeTable(decodeRanges("wqGdDE", true)),
		Tai_Tham: () => new UnicodeRangeTable(decodeRanges("gxG+BCcDKHJHN", true)),
		Tai_Viet: () => new UnicodeRangeTable(decodeRanges("g0qBiCZE", true)),
		Tai_Yo: () => new UnicodeRangeTable(decodeRanges("g25DeCVJB", true)),
		Takri: () => new UnicodeRangeTable(decodeRanges("g0lC5BHJ", true)),
		Tamil: () => new UnicodeRangeTable(decodeRanges("i8CBBCFBECBCDBEBBCCCBEEBEEBBBELBFEBECBCDBDHHPUBm+kCxBBOAB", false)),
		Tangsa: () => new UnicodeRangeTable(decodeRanges("wz6CuCCJ", true)),
		Tangut: () => new UnicodeRangeTable(decodeRanges("g-7CgBgBB+3GBhQeBiDyDB", false)),
		Telugu: () => new UnicodeRangeTable(decodeRanges("ggDMCCCWCPDICCCDIBCCCBDDDJII", true)),
		Thaana: () => new UnicodeRangeTable(decodeRanges("g8BxB", true)),
		Thai: () => new UnicodeRangeTable(decodeRanges("hwD5BGb", true)),
		Tibetan: () => new UnicodeRangeTable(decodeRanges("g4DnCCjBFmBCjBCOCGFB", true)),
		Tifinagh: () => new UnicodeRangeTable(decodeRanges("wpL3BIBPA", true)),
		Tirhuta: () => new UnicodeRangeTable(decodeRanges("gklCnCJJ", true)),
		Todhri: () => new UnicodeRangeTable(decodeRanges("guhCzB", true)),
		Tolong_Siki: () => new UnicodeRangeTable(decodeRanges("wtnCrBFJ", true)),
		Toto: () => new UnicodeRangeTable(decodeRanges("w04De", true)),
		Tulu_Tigalari: () => new UnicodeRangeTable(decodeRanges("g8kCJBCDDClBBCJBCDDCDBCJBCBBJBB", false)),
		Ugaritic: () => new UnicodeRangeTable(decodeRanges("g8gCdCA", true)),
		Unknown: () => new UnicodeRangeTable(decodeRanges("4bBBHDBICCVuMuMnBBBzBBBE4B4BBGBcDBHKBvI9B9BBmDmDBMB8BBByBBBQddBCCMEBjBEBuHJJBDDBXXICCBBBFBBKBBDBBFHBCDBDGGBaaBEEHDBDBBXIIDGDBCCGDBDBBECBCGBFCCBFBSJBEKKEXXIDDGBBLIEBCCBNBFBBNGBIEEJBBDBBXIIDGGBKKBDDBEEBFBEDBDGGBTTBIBDHHBBBEFFBBBDCCDCBDCBECBNDBGCBEFFBCCBEBCNBWEBOEEYRRBKKEFFBFBDEEDBBFBBLGBXEEYLLGBBKEEFGBDEBEFFBLLELBOEE0BEEHDBRBBbEETCBZKKCBBICBCDBHCCJFBLBBELB7BDBekBBDCCGZZCYYBGGCIILBBFfBpClBlBBCBoBlBlBQOOBjBBnGCCBDBCBB6LFFBIICFFBqBqBFBBiBFFBIICFFBQQ6BFFBkCkCBhBhBBBBbFB3CBBHBB+UCB6CGBXIBZIBVLBOEEDLB-CBBLFBLFBbFB6CGBsBEBnCJBgBNNBCBNDBCCBrBBBGKBtBDBbFBMCB-BBBiCeeBMMBEBLFBPBBvBBBNTBuCnFnFBGB9BCBQCB-BEBsBBBMHBsBEB3QBBHBBnBBBHBBJGCgBBB2BQQPBBHUUBEEKmDmDNBBcOOBBBjBNBiBOBtEDB7UVBMUB14BBB-LEBuBCCBDBCBB5BGBDNBZIBI4BI-DhBBb6C6CBKB3GZBxC3C3CBoDoDBDBsB-C-C3CIBxBuzcuzcBBB4BIB9KTB5FHB+GTB9BCBLFB5BHBnCHBNFB1DKBfCBvCMMBCBiB4B4BBHBPBBLBBoDXBdJBHBBHBBHIBIII9BDB-DBBLFBl9KLBYDByBjoIBvLBBrDlBBILBGEBbGGCGDrUfBrBFB0BUUFDBGoEoEBCC-FCBHBBHBBHBBECBIIIBIBGBBNbbUDDQBBPhBB8DEBEDBuBCB5COOBBBCuBBvBhEBeCByBOBdDBlBIBfEBsBEBfmBmBBCBPpBB-EBBLFBlBDBlBDBpBHB1BKBNQQIDDMQQIDDBBB1BLB4JIBXJBJXBHrBrBKkCBHBBCtBtBDCBCBBYpCpCBGBKvBBUDDBDBiBCBcEBclBB5BDBVBBzBDDBDBJEEeBBEDBLGBKGBhCfBoBDBNIB3BCBeBBcEBbGBFLBIvCBqC2BB0BMB0BGBvBHBLFBnBCBeHBDvGBgBrBrBEBBDPBHHBKgBBvBHBrBVBblBBdTBYIBvCDBlBIBlCJBCBBaGBLFB2BTTBGBoBIBhDVVBJBTwBwBB8BBICCFQQMFB8BEBLFBFJJBDDBXXIDDGLLBDDBEEBCCBEBCEBIBBICBGKBLCCBCCnBLLCBBCFFLDDBGBDcB9CGGBcBpCHBLlFB3BBBnBhBBmCKBLFBOSB7BFBLFBVbBcBBQDBY4FB9BjDB0CLBJBBCBBJDDfDDBNNBHBLlCBJBBvBBBMaBpCHB0CMBqCGBL1CBJ3CBjBNBLFBKuBuBPJBeCBhBBBXPPBnCBIDDtBCBCDDKHBLFBHDDmBDDHGBLFBtBDBL1HBaGBSqBqBBBBe0CBCOBzBMB8clDBwDGGBJBlGryCBkDMB3iBJB88DEBoS41GB7Bl2BB6RGBgBLLBCByCLLBEBfBBHJBnCJBLIIWEBUvNB7BlGB8CEBaBBarBBsCDB6BGBS-BBGKBIIB3mHoBBhBgDB0D8vIBFIIDkJkJBNBCcBEBBCNBFHBtMjoCBsDEBOCBKGBLBBJ76DB+HCB1NFBYOBSOBvBBBYIB1D7BB3HJBoBBBjGUBnC5DBVLBVLB4CIBamEB2CoCoCDBBCBBDBBFNNCIIiCFFBJJIddFGGCCBI1K1KBlJlJB-V-VBNBGQQBuiBBgBFBH0GBISSBIIDGGBDB-BgBBCvDBuBCBPBBLDBD-JBgBQB7BEBCvOBrB1GBsBDBC-FBgBXXBGBD-GBIFFDQQmGBBRoBBtCDBLDBDwYBlCrCB+BhGBFccDCCBCCLFFCCCBEBCDBCECEDDCBBCICDCCBFFIKFCLLSEBEGGSzBBDtIBtBDBlDLBQBBQQQmBJBvF3BBeMBtBDBKGBDNBH5EB6eCBSCBOCB7GFBNDBCOBNDB5BHBLFBpBHBfBBNDBDNBKmBB5KHBPBBOCBMCB6BCCBCBRBBNDBLGB0EoDoDBjgBBh3pBfB-oEBBv0FBBypHOBvThtCB-QhvBBs6EEBrpIm8yVBCdBhD-DBxHvw-FB", false)),
		Vai: () => new UnicodeRangeTable(decodeRanges("gopBrJ", true)),
		Vithkuqi: () => new UnicodeRangeTable(decodeRanges("wrhCKCOCGCBCKCOCGCB", true)),
		Wancho: () => new UnicodeRangeTable(decodeRanges("g24D5BGA", true)),
		Warang_Citi: () => new UnicodeRangeTable(decodeRanges("glmCyCNA", true)),
		Yezidi: () => new UnicodeRangeTable(decodeRanges("g0jCpBCCDB", true)),
		Yi: () => new UnicodeRangeTable(decodeRanges("ggoBskBE2B", true)),
		Zanabazar_Square: () => new UnicodeRangeTable(decodeRanges("gwmCnC", true))
	});
	static FOLD_CATEGORIES = new LazyMap({
		L: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		LC: () => new UnicodeRangeTable(decodeRanges("laA", true)),
		Ll: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGC3HrBrBCEEJHHCCBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHxC9zC9zCBuBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Lt: () => new UnicodeRangeTable(decodeRanges("kOCCBCCBCClBCCtsHHBJHBJHBMQQwBAB", false)),
		Lu: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpL2B2Bs1CvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false)),
		M: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Mn: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false)),
		Emoji: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Extended_Pictographic: () => new UnicodeRangeTable(decodeRanges("8mJA", true)),
		Lowercase: () => new UnicodeRangeTable(decodeRanges("hCZBmDWBCGBiBuBCEECDOCDuBCBECEBBCCCBCCBBBDDBCBBCCBEBBCBBCECBCCDCCBCCBBBCCCBEEIBBCBBCBBCOCDQCDBBCCCBBBC4BCIBBCBBDCCBCBCGCiJCCEJJHCCBBBCCCBCCBPBCIBkBJJCUCGDDCBBDyBBxBgBCK2BCBMCD+CCDlBBq6ClBBCGGzW1CB0kCHHBpBBDCBhK0ECKgDCKHBJFBLHBJHBJFBMGCJHBZHBJHBJHBJEBMEBMDBNEBMEBqJEEBHHuBPBUzZzZBYBx5BvBBxBCCBBBDGCBCBCDDJCBCgDCJCCFuqeuqeCqBCUaCoEMCE8BCLECBICFCCDCCEUCBDBCEBCOCBCBCCCBQCZs5Vs5VBYBmmBnBBpEjBB9EKBCOBCGBCBBr3ByBB+EVB75CfBhsVfBhCYBoyehBB", false)),
		Math: () => new UnicodeRangeTable(decodeRanges("ycGDCHHFMMDDDCHHFAB", false)),
		Uppercase: () => new UnicodeRangeTable(decodeRanges("hDZB7BqBqBBWBCHBCuBCEECDOCDsBCDECBBBDCCDEEGDDECBDDDCCCDFFDEECDDECCGBBCBBCBBCOCBSCDBBCEECkBCEQCJDDBCCFICBEBCBBCCCBEEBCCBCBCEBDCCBDDIDDCBBEFBGLLBnFnFsBCCEEEBBBvBDBCdBCBBECBCWCBDBCGD1BvBBCgBCK0BCDMCBgDCyBlBBq6CqBBDCB5XFBjkCIBCvHvHERRzD0ECGGGC8CCBHBJFBLHBJHBJFBMGCJHBJNBzBBBNSSBPPBEEpLiBiBBOBFsasaBYBn6BvBBCEEBGCHDDLiDCJCCFNNBkBBCGG0oesBCUaCoEMCE8BCLCCDICFFFCBBDSCMOCFCCDOCb9a9advCBi8UZBumBnBBpEjBB8EKBCOBCGBCBBk4ByBB+DVB75CfBhsVfB8BYBvyehBB", false))
	});
	static FOLD_SCRIPT = new LazyMap({
		Common: () => new UnicodeRangeTable(decodeRanges("8cgBgB", false)),
		Greek: () => new UnicodeRangeTable(decodeRanges("1FwUwU", false)),
		Inherited: () => new UnicodeRangeTable(decodeRanges("5cgBgBlgHAB", false))
	});
};
// src/Unicode.js
/**
* Utilities for dealing with Unicode better than JS does.
*/
var Unicode = class Unicode {
	static MAX_RUNE = 1114111;
	static RUNE_ERROR = 65533;
	static isUnsearchable(r) {
		return r === Unicode.RUNE_ERROR || r >= Unicode.MIN_HIGH_SURROGATE && r <= Unicode.MAX_LOW_SURROGATE;
	}
	static MAX_ASCII = 127;
	static MAX_LATIN1 = 255;
	static MAX_BMP = 65535;
	static MIN_FOLD = 65;
	static MAX_FOLD = 125251;
	static MIN_HIGH_SURROGATE = 55296;
	static MAX_HIGH_SURROGATE = 56319;
	static MIN_LOW_SURROGATE = 56320;
	static MAX_LOW_SURROGATE = 57343;
	static MIN_SUPPLEMENTARY_CODE_POINT = 65536;
	static is32(ranges, r) {
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const m = lo + Math.floor((hi - lo) / 2);
			const rlo = ranges.getLo(m);
			const rhi = ranges.getHi(m);
			if (rlo <= r && r <= rhi) {
				const stride = ranges.getStride(m);
				return (r - rlo) % stride === 0;
			}
			if (r < rlo) hi = m;
			else lo = m + 1;
		}
		return false;
	}
	static is(ranges, r) {
		if (r <= Unicode.MAX_LATIN1) {
			for (let i = 0; i < ranges.length; i++) {
				if (r > ranges.getHi(i)) continue;
				const rlo = ranges.getLo(i);
				if (r < rlo) return false;
				const stride = ranges.getStride(i);
				return (r - rlo) % stride === 0;
			}
			return false;
		}
		return ranges.length > 0 && r >= ranges.getLo(0) && Unicode.is32(ranges, r);
	}
	static isPrint(r) {
		if (r <= Unicode.MAX_LATIN1) return r >= 32 && r < Unicode.MAX_ASCII || r >= 161 && r !== 173;
		return Unicode.is(UnicodeTables.Print, r);
	}
	static simpleFold(r) {
		if (UnicodeTables.CASE_ORBIT.has(r)) return UnicodeTables.CASE_ORBIT.get(r);
		if (r <= Unicode.MAX_ASCII) {
			const l = Codepoint.toLowerCase(r);
			return l !== r ? l : Codepoint.toUpperCase(r);
		}
		return r;
	}
	static equalsIgnoreCase(r1, r2) {
		if (r1 === r2) return true;
		if (r1 < 0 || r2 < 0) return false;
		if (r1 <= Unicode.MAX_ASCII && r2 <= Unicode.MAX_ASCII) {
			if (65 <= r1 && r1 <= 90) r1 |= 32;
			if (65 <= r2 && r2 <= 90) r2 |= 32;
			return r1 === r2;
		}
		for (let r = Unicode.simpleFold(r1); r !== r1; r = Unicode.simpleFold(r)) if (r === r2) return true;
		return false;
	}
};
// src/exceptions.js
var RE2JSException = class extends Error {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSException";
	}
};
/**
* An exception thrown by the parser if the pattern was invalid.
*/
var RE2JSSyntaxException = class extends RE2JSException {
	/**
	* @param {string} error
	* @param {string|null} [input=null]
	*/
	constructor(error, input = null) {
		let message = `error parsing regexp: ${error}`;
		if (input) message += `: \`${input}\``;
		super(message);
		this.name = "RE2JSSyntaxException";
		this.message = message;
		/** @type {string} */
		this.error = error;
		/** @type {string|null} */
		this.input = input;
	}
	/**
	* Retrieves the description of the error.
	* @returns {string}
	*/
	getDescription() {
		return this.error;
	}
	/**
	* Retrieves the erroneous regular-expression pattern.
	* @returns {string|null}
	*/
	getPattern() {
		return this.input;
	}
};
/**
* An exception thrown by the compiler
*/
var RE2JSCompileException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSCompileException";
	}
};
/**
* An exception thrown by using groups
*/
var RE2JSGroupException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSGroupException";
	}
};
/**
* An exception thrown by flags
*/
var RE2JSFlagsException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSFlagsException";
	}
};
/**
* An exception thrown for internal engine errors, such as corrupted bytecodes.
*/
var RE2JSInternalException = class extends RE2JSException {
	/** @param {string} message */
	constructor(message) {
		super(message);
		this.name = "RE2JSInternalException";
	}
};
// src/Utils.js
/**
* Size of the precomputed single-byte lookup table.
* Covers standard ASCII and Latin-1 characters for fast-path execution.
*/
const FAST_PATH_TABLE_SIZE = 256;
/**
* Precomputed lookup table for Word Boundary (\b, \B) assertions.
* * By precomputing the boolean results for standard ASCII word ranges
* ('a'-'z', 'A'-'Z', '0'-'9', '_'), we completely eliminate 4 logical
* branches from the NFA's hot execution loop. This prevents costly
* CPU branch mispredictions when scanning large strings.
*/
const WORD_RUNE_TABLE = new Uint8Array(FAST_PATH_TABLE_SIZE);
for (let i = 0; i < FAST_PATH_TABLE_SIZE; i++) WORD_RUNE_TABLE[i] = 97 <= i && i <= 122 || 65 <= i && i <= 90 || 48 <= i && i <= 57 || i === 95 ? 1 : 0;
let cachedNativeEncoder = null;
let cachedNativeDecoder = null;
/**
* Various constants and helper utilities.
*/
var Utils = class Utils {
	static METACHARACTERS = "\\.+*?()|[]{}^$";
	static EMPTY_BEGIN_LINE = 1;
	static EMPTY_END_LINE = 2;
	static EMPTY_BEGIN_TEXT = 4;
	static EMPTY_END_TEXT = 8;
	static EMPTY_WORD_BOUNDARY = 16;
	static EMPTY_NO_WORD_BOUNDARY = 32;
	static EMPTY_ALL = -1;
	static emptyInts() {
		return [];
	}
	static isString(value) {
		return typeof value === "string" || Object.prototype.toString.call(value) === "[object String]";
	}
	static typeName(value) {
		if (value === null || typeof value !== "object" && typeof value !== "function") return value === null ? "null" : typeof value;
		return Object.prototype.toString.call(value).slice(8, -1);
	}
	static checkPattern(pattern) {
		if (!Utils.isString(pattern)) throw new TypeError(`The pattern must be a string, not ${Utils.typeName(pattern)} (RE2JS.translateRegExp() converts a RegExp)`);
	}
	static checkInput(input) {
		if (!Utils.isString(input) && !Utils.isByteArray(input)) throw new TypeError(`The input must be a string or a byte array (Uint8Array or number[]), not ${Utils.typeName(input)}`);
	}
	static checkFlags(flags) {
		const known = PublicFlags.MULTILINE | PublicFlags.DOTALL | PublicFlags.CASE_INSENSITIVE | PublicFlags.DISABLE_UNICODE_GROUPS | PublicFlags.LONGEST_MATCH | PublicFlags.LOOKBEHINDS;
		if (!Number.isInteger(flags) || (flags & ~known) !== 0) throw new RE2JSFlagsException("Flags should only be a combination of MULTILINE, DOTALL, CASE_INSENSITIVE, DISABLE_UNICODE_GROUPS, LONGEST_MATCH, LOOKBEHINDS");
	}
	static isByteArray(input) {
		return Array.isArray(input) || Object.prototype.toString.call(input) === "[object Uint8Array]";
	}
	static isalnum(c) {
		return Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"] || Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["z"] || Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["Z"];
	}
	static unhex(c) {
		if (Codepoint.CODES["0"] <= c && c <= Codepoint.CODES["9"]) return c - Codepoint.CODES["0"];
		if (Codepoint.CODES["a"] <= c && c <= Codepoint.CODES["f"]) return c - Codepoint.CODES["a"] + 10;
		if (Codepoint.CODES["A"] <= c && c <= Codepoint.CODES["F"]) return c - Codepoint.CODES["A"] + 10;
		return -1;
	}
	static escapeRune(rune) {
		let out = "";
		if (Unicode.isPrint(rune)) {
			if (Utils.METACHARACTERS.indexOf(String.fromCodePoint(rune)) >= 0) out += "\\";
			out += String.fromCodePoint(rune);
		} else switch (rune) {
			case Codepoint.CODES["\""]:
				out += "\\\"";
				break;
			case Codepoint.CODES["\\"]:
				out += "\\\\";
				break;
			case Codepoint.CODES["	"]:
				out += "\\t";
				break;
			case Codepoint.CODES["\n"]:
				out += "\\n";
				break;
			case Codepoint.CODES["\r"]:
				out += "\\r";
				break;
			case Codepoint.CODES["\b"]:
				out += "\\b";
				break;
			case Codepoint.CODES["\f"]:
				out += "\\f";
				break;
			default: {
				let s = rune.toString(16);
				if (rune < 256) {
					out += "\\x";
					if (s.length === 1) out += "0";
					out += s;
				} else out += `\\x{${s}}`;
				break;
			}
		}
		return out;
	}
	static stringToRunes(str) {
		const string = String(str);
		const runes = [];
		let i = 0;
		while (i < string.length) {
			const cp = string.codePointAt(i);
			runes.push(cp);
			i += cp > Unicode.MAX_BMP ? 2 : 1;
		}
		return new Int32Array(runes);
	}
	static runeToString(r) {
		return String.fromCodePoint(r);
	}
	static isWordRune(r) {
		return r < FAST_PATH_TABLE_SIZE ? WORD_RUNE_TABLE[r] === 1 : false;
	}
	static emptyOpContext(r1, r2) {
		let op = 0;
		if (r1 < 0) op |= Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		if (r1 === 10) op |= Utils.EMPTY_BEGIN_LINE;
		if (r2 < 0) op |= Utils.EMPTY_END_TEXT | Utils.EMPTY_END_LINE;
		if (r2 === 10) op |= Utils.EMPTY_END_LINE;
		if (Utils.isWordRune(r1) !== Utils.isWordRune(r2)) op |= Utils.EMPTY_WORD_BOUNDARY;
		else op |= Utils.EMPTY_NO_WORD_BOUNDARY;
		return op;
	}
	/**
	* Returns a string that quotes all regular expression metacharacters inside the argument text;
	* the returned string is a regular expression matching the literal text. For example,
	* {@code quoteMeta("[foo]").equals("\\[foo\\]")}.
	* @param {string} str
	* @returns {string}
	*/
	static quoteMeta(str) {
		return str.split("").map((s) => {
			if (Utils.METACHARACTERS.indexOf(s) >= 0) return `\\${s}`;
			return s;
		}).join("");
	}
	static charCount(codePoint) {
		return codePoint > Unicode.MAX_BMP ? 2 : 1;
	}
	/**
	* High-speed conversion from TypedArrays to standard JS Arrays.
	* Bypasses the expensive Symbol.iterator overhead of Array.from()
	*/
	static toArray(typedArray) {
		const len = typedArray.length;
		const res = new Array(len);
		for (let i = 0; i < len; i++) res[i] = typedArray[i];
		return res;
	}
	static stringToUtf8ByteArray(str) {
		if (globalThis.TextEncoder) {
			if (!cachedNativeEncoder) cachedNativeEncoder = new TextEncoder();
			return cachedNativeEncoder.encode(str);
		} else {
			let out = [], p = 0;
			for (let i = 0; i < str.length; i++) {
				let c = str.charCodeAt(i);
				if (c < 128) out[p++] = c;
				else if (c < 2048) {
					out[p++] = c >> 6 | 192;
					out[p++] = c & 63 | 128;
				} else if ((c & 64512) === Unicode.MIN_HIGH_SURROGATE && i + 1 < str.length && (str.charCodeAt(i + 1) & 64512) === Unicode.MIN_LOW_SURROGATE) {
					c = Unicode.MIN_SUPPLEMENTARY_CODE_POINT + ((c & 1023) << 10) + (str.charCodeAt(++i) & 1023);
					out[p++] = c >> 18 | 240;
					out[p++] = c >> 12 & 63 | 128;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				} else {
					out[p++] = c >> 12 | 224;
					out[p++] = c >> 6 & 63 | 128;
					out[p++] = c & 63 | 128;
				}
			}
			return out;
		}
	}
	static utf8ByteArrayToString(bytes) {
		if (globalThis.TextDecoder) {
			if (!cachedNativeDecoder) cachedNativeDecoder = new TextDecoder("utf-8");
			const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
			return cachedNativeDecoder.decode(view);
		} else {
			let out = [], pos = 0, c = 0;
			while (pos < bytes.length) {
				let c1 = bytes[pos++];
				if (c1 < 128) out[c++] = String.fromCharCode(c1);
				else if (c1 > 191 && c1 < 224) {
					let c2 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 31) << 6 | c2 & 63);
				} else if (c1 > 239 && c1 < 365) {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					let c4 = bytes[pos++];
					let u = ((c1 & 7) << 18 | (c2 & 63) << 12 | (c3 & 63) << 6 | c4 & 63) - Unicode.MIN_SUPPLEMENTARY_CODE_POINT;
					out[c++] = String.fromCharCode(Unicode.MIN_HIGH_SURROGATE + (u >> 10));
					out[c++] = String.fromCharCode(Unicode.MIN_LOW_SURROGATE + (u & 1023));
				} else {
					let c2 = bytes[pos++];
					let c3 = bytes[pos++];
					out[c++] = String.fromCharCode((c1 & 15) << 12 | (c2 & 63) << 6 | c3 & 63);
				}
			}
			return out.join("");
		}
	}
};
// src/helpers.js
const createEnum = (values = [], initNum = 0) => {
	const enumObject = Object.create(null);
	for (let i = 0; i < values.length; i++) {
		const val = values[i];
		const keyVal = initNum + i;
		enumObject[val] = keyVal;
		enumObject[keyVal] = val;
	}
	return Object.freeze(enumObject);
};
// src/MatcherInput.js
/**
* Abstract the representations of input text supplied to Matcher.
*/
var MatcherInputBase = class MatcherInputBase {
	static Encoding = createEnum(["UTF_16", "UTF_8"]);
	getEncoding() {
		throw Error("not implemented");
	}
	/** @returns {string} */
	asCharSequence() {
		throw Error("not implemented");
	}
	/** @returns {Uint8Array|number[]|null} */
	asBytes() {
		throw Error("not implemented");
	}
	/** @returns {number} */
	length() {
		throw Error("not implemented");
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF8Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {boolean}
	*/
	isUTF16Encoding() {
		return this.getEncoding() === MatcherInputBase.Encoding.UTF_16;
	}
};
var Utf8MatcherInput = class extends MatcherInputBase {
	/** @param {Uint8Array|number[]|null} bytes */
	constructor(bytes = null) {
		super();
		this.bytes = bytes;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_8;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return Utils.utf8ByteArrayToString(this.bytes);
	}
	/**
	*
	* @returns {Uint8Array|number[]|null}
	*/
	asBytes() {
		return this.bytes;
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.bytes.length;
	}
};
var Utf16MatcherInput = class extends MatcherInputBase {
	/** @param {string|null} charSequence */
	constructor(charSequence = null) {
		super();
		this.charSequence = charSequence;
	}
	getEncoding() {
		return MatcherInputBase.Encoding.UTF_16;
	}
	/**
	*
	* @returns {string}
	*/
	asCharSequence() {
		return this.charSequence;
	}
	/**
	*
	* @returns {number[]}
	*/
	asBytes() {
		return Utils.stringToUtf8ByteArray(this.charSequence.toString());
	}
	/**
	*
	* @returns {number}
	*/
	length() {
		return this.charSequence.length;
	}
};
var MatcherInput = class {
	/**
	* Return the MatcherInput for UTF_16 encoding.
	* @returns {Utf16MatcherInput}
	*/
	static utf16(charSequence) {
		Utils.checkInput(charSequence);
		return new Utf16MatcherInput(charSequence);
	}
	/**
	* Return the MatcherInput for UTF_8 encoding.
	* @returns {Utf8MatcherInput}
	*/
	static utf8(input) {
		if (Utils.isByteArray(input)) return new Utf8MatcherInput(input);
		return new Utf8MatcherInput(Utils.stringToUtf8ByteArray(input));
	}
};
// src/MachineInput.js
/**
* MachineInput abstracts different representations of the input text supplied to the Machine. It
* provides one-character lookahead.
*/
var MachineInputBase = class {
	static EOF() {
		return -8;
	}
	constructor() {
		this.start = 0;
		this.end = 0;
	}
	canCheckPrefix() {
		return true;
	}
	endPos() {
		return this.end - this.start;
	}
	hasString() {
		return false;
	}
	hasAnyString() {
		return false;
	}
	prefixLength() {
		return 0;
	}
};
var MachineUTF8Input = class MachineUTF8Input extends MachineInputBase {
	static RUNE_ERROR_STEP = Unicode.RUNE_ERROR << 3 | 1;
	constructor(bytes, start = 0, end = bytes.length) {
		super();
		this.bytes = bytes;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const target = prefilter.bytes;
		if (target.length === 0) return true;
		const idx = this.indexOf(this.bytes, target, this.start + pos);
		return idx !== -1 && idx <= this.end - target.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton8().searchUTF8(this.bytes, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c = this.bytes[pos] & 255;
		if (c < 128) return c << 3 | 1;
		let size;
		let rune;
		let lo = 128;
		let hi = 191;
		if (c >= 194 && c <= 223) {
			size = 2;
			rune = c & 31;
		} else if (c >= 224 && c <= 239) {
			size = 3;
			rune = c & 15;
			if (c === 224) lo = 160;
			else if (c === 237) hi = 159;
		} else if (c >= 240 && c <= 244) {
			size = 4;
			rune = c & 7;
			if (c === 240) lo = 144;
			else if (c === 244) hi = 143;
		} else return MachineUTF8Input.RUNE_ERROR_STEP;
		if (pos + size > this.end) return MachineUTF8Input.RUNE_ERROR_STEP;
		const c1 = this.bytes[pos + 1] & 255;
		if (c1 < lo || c1 > hi) return MachineUTF8Input.RUNE_ERROR_STEP;
		rune = rune << 6 | c1 & 63;
		if (size > 2) {
			const c2 = this.bytes[pos + 2] & 255;
			if ((c2 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
			rune = rune << 6 | c2 & 63;
			if (size > 3) {
				const c3 = this.bytes[pos + 3] & 255;
				if ((c3 & 192) !== 128) return MachineUTF8Input.RUNE_ERROR_STEP;
				rune = rune << 6 | c3 & 63;
			}
		}
		return rune << 3 | size;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.indexOf(this.bytes, re2.prefixUTF8, pos);
		return i < 0 ? i : i - pos;
	}
	context(pos) {
		pos += this.start;
		let r1 = -1;
		if (pos > this.start && pos <= this.end) {
			let start = pos - 1;
			r1 = this.bytes[start--];
			if (r1 >= 128) {
				let lim = pos - 4;
				if (lim < this.start) lim = this.start;
				while (start >= lim && (this.bytes[start] & 192) === 128) start--;
				if (start < this.start) start = this.start;
				const r = this.step(start - this.start);
				r1 = start + (r & 7) === pos ? r >> 3 : Unicode.RUNE_ERROR;
			}
		}
		const r2 = pos < this.end ? this.step(pos - this.start) >> 3 : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	indexOf(source, target, fromIndex = 0) {
		let targetLength = target.length;
		if (targetLength === 0) return fromIndex <= this.end ? fromIndex : -1;
		const firstByte = target[0];
		let limit = this.end - targetLength;
		const hasNativeIndexOf = typeof source.indexOf === "function";
		let i = fromIndex;
		while (i <= limit) {
			if (hasNativeIndexOf) {
				i = source.indexOf(firstByte, i);
				if (i === -1 || i > limit) return -1;
			} else {
				while (i <= limit && source[i] !== firstByte) i++;
				if (i > limit) return -1;
			}
			let match = true;
			for (let j = 1; j < targetLength; j++) if (source[i + j] !== target[j]) {
				match = false;
				break;
			}
			if (match) return i;
			i++;
		}
		return -1;
	}
	prefixLength(re2) {
		return re2.prefixUTF8.length;
	}
};
var MachineUTF16Input = class extends MachineInputBase {
	constructor(charSequence, start = 0, end = charSequence.length) {
		super();
		this.charSequence = charSequence;
		this.start = start;
		this.end = end;
	}
	hasString(prefilter, pos) {
		const idx = this.charSequence.indexOf(prefilter.str, this.start + pos);
		return idx !== -1 && idx <= this.end - prefilter.str.length;
	}
	hasAnyString(prefilter, pos) {
		return prefilter.automaton16().searchUTF16(this.charSequence, this.start + pos, this.end);
	}
	step(pos) {
		pos += this.start;
		if (pos >= this.end) return MachineInputBase.EOF();
		const c1 = this.charSequence.charCodeAt(pos);
		if (c1 < Unicode.MIN_HIGH_SURROGATE || c1 > Unicode.MAX_HIGH_SURROGATE || pos + 1 >= this.end) return c1 << 3 | 1;
		const c2 = this.charSequence.charCodeAt(pos + 1);
		if (c2 >= Unicode.MIN_LOW_SURROGATE && c2 <= Unicode.MAX_LOW_SURROGATE) return (c1 - Unicode.MIN_HIGH_SURROGATE) * 1024 + (c2 - Unicode.MIN_LOW_SURROGATE) + Unicode.MIN_SUPPLEMENTARY_CODE_POINT << 3 | 2;
		return c1 << 3 | 1;
	}
	index(re2, pos) {
		pos += this.start;
		const i = this.charSequence.indexOf(re2.prefix, pos);
		if (i < 0 || i > this.end - re2.prefix.length) return -1;
		return i - pos;
	}
	context(pos) {
		pos += this.start;
		const r1 = pos > this.start && pos <= this.end ? this.charSequence.charCodeAt(pos - 1) : -1;
		const r2 = pos < this.end ? this.charSequence.charCodeAt(pos) : -1;
		return Utils.emptyOpContext(r1, r2);
	}
	prefixLength(re2) {
		return re2.prefix.length;
	}
};
var MachineInput = class {
	static fromUTF8(bytes, start = 0, end = bytes.length) {
		return new MachineUTF8Input(bytes, start, end);
	}
	static fromUTF16(charSequence, start = 0, end = void 0) {
		Utils.checkInput(charSequence);
		return new MachineUTF16Input(charSequence, start, end ?? charSequence.length);
	}
};
// src/Matcher.js
/**
* A stateful iterator that interprets a regex {@code RE2JS} on a specific input.
*
* Conceptually, a Matcher consists of four parts:
* <ol>
* <li>A compiled regular expression {@code RE2JS}, set at construction and fixed for the lifetime
* of the matcher.</li>
*
* <li>The remainder of the input string, set at construction or {@link #reset()} and advanced by
* each match operation such as {@link #find}, {@link #matches} or {@link #lookingAt}.</li>
*
* <li>The current match information, accessible via {@link #start}, {@link #end}, and
* {@link #group}, and updated by each match operation.</li>
*
* <li>The append position, used and advanced by {@link #appendReplacement} and {@link #appendTail}
* if performing a search and replace from the input to an external {@code StringBuffer}.
*
* </ol>
*
*
* @author rsc@google.com (Russ Cox)
*/
var Matcher = class Matcher {
	/**
	* V8 and WebKit have historical hard limits on the number of arguments
	* that can be passed to a function. We cap replacer arguments to prevent
	* Call Stack Overflow (DoS) vulnerabilities on massive ASTs.
	*/
	static MAX_REPLACER_ARGS = 65535;
	/**
	* Quotes '\' and '$' in {@code s}, so that the returned string could be used in
	* {@link #appendReplacement} as a literal replacement of {@code s}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		if (javaMode) {
			if (str.indexOf("\\") < 0 && str.indexOf("$") < 0) return str;
			return str.split("").map((s) => {
				const c = s.codePointAt(0);
				if (c === Codepoint.CODES["\\"] || c === Codepoint.CODES["$"]) return `\\${s}`;
				return s;
			}).join("");
		}
		if (str.indexOf("$") < 0) return str;
		return str.split("").map((s) => {
			if (s.codePointAt(0) === Codepoint.CODES["$"]) return "$$";
			return s;
		}).join("");
	}
	/**
	*
	* @param {import('./index.js').RE2JS} pattern
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	*/
	constructor(pattern, input) {
		if (pattern === null) throw new Error("pattern is null");
		/**
		* The pattern being matched.
		* @type {import('./index.js').RE2JS}
		*/
		this.patternInput = pattern;
		const re2 = this.patternInput.re2();
		/** @type {number} */
		this.patternGroupCount = re2.numberOfCapturingGroups();
		/** @type {number[]} */
		this.groups = [];
		/** @type {Record<string, number>} */
		this.namedGroups = re2.namedGroups;
		/** @type {boolean} */
		this.hasNamedGroups = Object.keys(this.namedGroups).length > 0;
		/** @type {number} */
		this.numberOfInstructions = re2.numberOfInstructions();
		/** @type {import('./Machine.js').LookbehindState|null} */
		this.lookbehindState = null;
		if (input instanceof MatcherInputBase) this.resetMatcherInput(input);
		else if (Utils.isByteArray(input)) this.resetMatcherInput(MatcherInput.utf8(input));
		else this.resetMatcherInput(MatcherInput.utf16(input));
	}
	/**
	* Returns the {@code RE2JS} associated with this {@code Matcher}.
	* @returns {import('./index.js').RE2JS}
	*/
	pattern() {
		return this.patternInput;
	}
	/**
	* Resets the {@code Matcher}, rewinding input and discarding any match information.
	*
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	reset() {
		/** @type {number} */
		this.matcherInputLength = this.matcherInput.length();
		/** @type {number} */
		this.appendPos = 0;
		this.hasMatch = false;
		this.hasGroups = false;
		this.anchorFlag = 0;
		return this;
	}
	/**
	* Resets the {@code Matcher} and changes the input.
	* @param {string|number[]|Uint8Array|MatcherInputBase} input
	* @returns {Matcher} the {@code Matcher} itself, for chained method calls
	*/
	resetMatcherInput(input) {
		if (input === null) throw new Error("input is null");
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		this.matcherInput = input;
		if (this.lookbehindState !== null) this.lookbehindState.reset();
		else this.lookbehindState = this.patternInput.re2().createLookbehindState();
		this.reset();
		return this;
	}
	/**
	* Returns the start of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	start(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group];
	}
	/**
	* Returns the end of the named group of the most recent match, or -1 if the group was not
	* matched.
	* @param {string|number} [group=0]
	* @returns {number}
	*/
	end(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		this.loadGroup(group);
		return this.groups[2 * group + 1];
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.numberOfInstructions;
	}
	/**
	* Returns the named group of the most recent match, or {@code null} if the group was not matched.
	* @param {string|number} [group=0]
	* @returns {string|null}
	*/
	group(group = 0) {
		if (typeof group === "string") {
			const groupInt = this.namedGroups[group];
			if (!Number.isFinite(groupInt)) throw new RE2JSGroupException(`group '${group}' not found`);
			group = groupInt;
		}
		const start = this.start(group);
		const end = this.end(group);
		if (start < 0 && end < 0) return null;
		return this.substring(start, end);
	}
	/**
	* Returns a dictionary map of all named capturing groups and their matched values.
	* If a group was not matched, its value will be `null`.
	* @returns {Record<string, string|null>}
	*/
	getNamedGroups() {
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		const result = Object.create(null);
		for (const name of Object.keys(this.namedGroups)) result[name] = this.group(name);
		return result;
	}
	/**
	* Returns the number of subgroups in this pattern.
	*
	* @returns {number} the number of subgroups; the overall match (group 0) does not count
	*/
	groupCount() {
		return this.patternGroupCount;
	}
	/**
	* Helper: finds subgroup information if needed for group.
	* @param {number} group
	* @private
	*/
	loadGroup(group) {
		if (!Number.isInteger(group) || group < 0 || group > this.patternGroupCount) throw new RE2JSGroupException(`Group index out of bounds: ${group}`);
		if (!this.hasMatch) throw new RE2JSGroupException("perhaps no match attempted");
		if (group === 0 || this.hasGroups) return;
		const end = this.matcherInputLength;
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, this.groups[0], end, this.anchorFlag, 1 + this.patternGroupCount, this.lookbehindState);
		if (!res[0]) throw new RE2JSGroupException("inconsistency in matching group data");
		this.groups = res[1];
		this.hasGroups = true;
	}
	/**
	* Matches the entire input against the pattern (anchored start and end). If there is a match,
	* {@code matches} sets the match state to describe it.
	*
	* @returns {boolean} true if the entire input matches the pattern
	*/
	matches() {
		return this.genMatch(0, RE2Flags.ANCHOR_BOTH);
	}
	/**
	* Matches the beginning of input against the pattern (anchored start). If there is a match,
	* {@code lookingAt} sets the match state to describe it.
	*
	* @returns {boolean} true if the beginning of the input matches the pattern
	*/
	lookingAt() {
		return this.genMatch(0, RE2Flags.ANCHOR_START);
	}
	/**
	* Matches the input against the pattern (unanchored), starting at a specified position. If there
	* is a match, {@code find} sets the match state to describe it.
	*
	* @param {number|null} [start=null] the input position where the search begins
	* @returns {boolean} if it finds a match
	* @throws IndexOutOfBoundsException if start is not a valid input position
	*/
	find(start = null) {
		if (start !== null) {
			if (!Number.isInteger(start) || start < 0 || start > this.matcherInputLength) throw new RE2JSGroupException(`start index out of bounds: ${start}`);
			this.reset();
			return this.genMatch(start, 0);
		}
		start = 0;
		if (this.hasMatch) {
			start = this.groups[1];
			if (this.groups[0] === this.groups[1]) {
				const r = (this.matcherInput.isUTF16Encoding() ? MachineInput.fromUTF16(this.matcherInput.asCharSequence(), 0, this.matcherInputLength) : MachineInput.fromUTF8(this.matcherInput.asBytes(), 0, this.matcherInputLength)).step(start);
				if (r < 0) start++;
				else start += r & 7;
			}
		}
		return this.genMatch(start, RE2Flags.UNANCHORED);
	}
	/**
	* Helper: does match starting at start, with RE2 anchor flag.
	* @param {number} startByte
	* @param {number} anchor
	* @returns {boolean}
	* @private
	*/
	genMatch(startByte, anchor) {
		const res = this.patternInput.re2().matchMachineInput(this.matcherInput, startByte, this.matcherInputLength, anchor, 1, this.lookbehindState);
		if (!res[0]) {
			this.hasMatch = false;
			return false;
		}
		this.groups = res[1];
		this.hasMatch = true;
		this.hasGroups = this.patternGroupCount === 0;
		this.anchorFlag = anchor;
		return true;
	}
	/**
	* Helper: return substring for [start, end).
	* @param {number} start
	* @param {number} end
	* @returns {string}
	*/
	substring(start, end) {
		if (this.matcherInput.isUTF8Encoding()) return Utils.utf8ByteArrayToString(this.matcherInput.asBytes().slice(start, end));
		return this.matcherInput.asCharSequence().substring(start, end).toString();
	}
	/**
	* Helper for Pattern: return input length.
	* @returns {number}
	*/
	inputLength() {
		return this.matcherInputLength;
	}
	/**
	* Appends to result two strings: the text from the append position up to the beginning of the
	* most recent match, and then the replacement with submatch groups substituted for references to
	* them. It advances the append position to where the most recent match ended.
	*
	* By default the replacement is expanded as by String.prototype.replace (see
	* appendReplacementInternalJs). In Java mode it follows re2j / java.util.regex: $n takes as
	* many digits as still form a valid group number, ${name} is a named group, and a backslash
	* escapes the next character (so "\\$" in a JS string literal inserts a literal $).
	*
	* @param {string} replacement the replacement string
	* @param {boolean} [javaMode=false] activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @throws IllegalStateException if there was no most recent match
	* @throws IndexOutOfBoundsException in Java mode, if replacement refers to an invalid group
	* @private
	*/
	appendReplacement(replacement, javaMode = false) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		res += javaMode ? this.appendReplacementInternalJava(replacement) : this.appendReplacementInternalJs(replacement);
		return res;
	}
	/**
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJava(replacement) {
		let res = "";
		let last = 0;
		const m = replacement.length;
		let i = 0;
		while (i < m) {
			const cCode = replacement.codePointAt(i);
			if (cCode === Codepoint.CODES["\\"]) {
				if (last < i) res += replacement.substring(last, i);
				i++;
				if (i >= m) throw new RE2JSGroupException("character to be escaped is missing");
				last = i;
				i++;
				continue;
			}
			if (cCode === Codepoint.CODES["$"]) {
				if (last < i) res += replacement.substring(last, i);
				if (i + 1 >= m) throw new RE2JSGroupException("Illegal group reference: group index is missing");
				const nextCode = replacement.codePointAt(i + 1);
				if (Codepoint.CODES["0"] <= nextCode && nextCode <= Codepoint.CODES["9"]) {
					let n = nextCode - Codepoint.CODES["0"];
					let j = i + 2;
					for (; j < m; j++) {
						const digit = replacement.codePointAt(j);
						if (digit < Codepoint.CODES["0"] || digit > Codepoint.CODES["9"] || n * 10 + digit - Codepoint.CODES["0"] > this.patternGroupCount) break;
						n = n * 10 + digit - Codepoint.CODES["0"];
					}
					if (n > this.patternGroupCount) throw new RE2JSGroupException(`n > number of groups: ${n}`);
					const group = this.group(n);
					if (group !== null) res += group;
					i = j;
					last = i;
				} else if (nextCode === Codepoint.CODES["{"]) {
					let j = i + 2;
					while (j < m && replacement.codePointAt(j) !== Codepoint.CODES["}"]) j++;
					if (j >= m) throw new RE2JSGroupException("named capture group is missing trailing '}'");
					const groupName = replacement.substring(i + 2, j);
					const groupVal = this.group(groupName);
					if (groupVal !== null) res += groupVal;
					i = j + 1;
					last = i;
				} else throw new RE2JSGroupException("Illegal group reference");
				continue;
			}
			i++;
		}
		if (last < m) res += replacement.substring(last, m);
		return res;
	}
	/**
	* Expands |replacement| for the current match by the rules of String.prototype.replace
	* (ECMAScript GetSubstitution): $$ is "$", $& the match, $` the text before it, $' the text
	* after it, $n and $nn a group (two digits only when they form a valid group number, so with
	* one group "$10" is group 1 then "0"; an unmatched group is empty), and $<name> a named group
	* (empty when no such group), only when the pattern has named groups. Anything else, such as
	* "$0" or "$<" without a closing ">", is kept as is.
	* @param {string} replacement - the replacement string
	* @returns {string}
	* @private
	*/
	appendReplacementInternalJs(replacement) {
		const isDigit = (c) => c >= 48 && c <= 57;
		const groupCount = this.patternGroupCount;
		let res = "";
		let i = 0;
		while (i < replacement.length) {
			const dollar = replacement.indexOf("$", i);
			if (dollar < 0) break;
			res += replacement.substring(i, dollar);
			i = dollar;
			const c = replacement.charCodeAt(i + 1);
			if (c === Codepoint.CODES["$"]) {
				res += "$";
				i += 2;
			} else if (c === Codepoint.CODES["&"]) {
				res += this.group(0);
				i += 2;
			} else if (c === Codepoint.CODES["`"]) {
				res += this.substring(0, this.start(0));
				i += 2;
			} else if (c === Codepoint.CODES["'"]) {
				res += this.substring(this.end(0), this.matcherInputLength);
				i += 2;
			} else if (isDigit(c)) {
				let digits = 1;
				let index = c - 48;
				const c2 = replacement.charCodeAt(i + 2);
				if (isDigit(c2) && index * 10 + c2 - 48 <= groupCount) {
					digits = 2;
					index = index * 10 + c2 - 48;
				}
				if (index >= 1 && index <= groupCount) {
					const group = this.group(index);
					if (group !== null) res += group;
				} else res += replacement.substring(i, i + 1 + digits);
				i += 1 + digits;
			} else if (c === Codepoint.CODES["<"] && this.hasNamedGroups) {
				const gt = replacement.indexOf(">", i + 2);
				if (gt < 0) {
					res += "$<";
					i += 2;
				} else {
					const name = replacement.substring(i + 2, gt);
					if (Object.hasOwn(this.namedGroups, name)) {
						const group = this.group(name);
						if (group !== null) res += group;
					}
					i = gt + 1;
				}
			} else {
				res += "$";
				i += 1;
			}
		}
		return res + replacement.substring(i);
	}
	/**
	* Return the substring of the input from the append position to the end of the
	* input.
	* @returns {string}
	*/
	appendTail() {
		return this.substring(this.appendPos, this.matcherInputLength);
	}
	/**
	* Returns the input with all matches replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the matches replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceAll(replacement, javaMode = false) {
		return this.replace(replacement, true, javaMode);
	}
	/**
	* Returns the input with the first match replaced by {@code replacement}, interpreted as for
	* {@code appendReplacement}.
	*
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string} the input string with the first match replaced
	* @throws IndexOutOfBoundsException if replacement refers to an invalid group and javaMode is true
	*/
	replaceFirst(replacement, javaMode = false) {
		return this.replace(replacement, false, javaMode);
	}
	/**
	* Helper: replaceAll/replaceFirst hybrid.
	* @param {string|((...args: any[]) => string)} replacement - the replacement string or a replacer function
	* @param {boolean} [all=true] - replace all matches
	* @param {boolean} [javaMode=false] - activate java mode (different behaviour for capture groups and special characters)
	* @returns {string}
	* @private
	*/
	replace(replacement, all = true, javaMode = false) {
		let res = "";
		this.reset();
		const isFunc = typeof replacement === "function";
		let originalInput = null;
		if (isFunc) {
			if (this.groupCount() >= Matcher.MAX_REPLACER_ARGS) throw new RE2JSGroupException("Too many capture groups to safely invoke replacer function");
			originalInput = this.matcherInput.isUTF8Encoding() ? this.matcherInput.asBytes() : this.matcherInput.asCharSequence();
		}
		while (this.find()) {
			res += isFunc ? this.appendReplacementFunc(replacement, originalInput) : this.appendReplacement(replacement, javaMode);
			if (!all) break;
		}
		res += this.appendTail();
		return res;
	}
	/**
	* Evaluates a replacer function for the current match and appends the result,
	* along with any un-matched preceding text, advancing the append position.
	* @param {Function} replacer - the replacer function
	* @param {string|Uint8Array|number[]} originalInput - the cached original input reference
	* @returns {string} the evaluated string to append
	* @private
	*/
	appendReplacementFunc(replacer, originalInput) {
		let res = "";
		const s = this.start();
		const e = this.end();
		if (this.appendPos < s) res += this.substring(this.appendPos, s);
		this.appendPos = e;
		/** @type {unknown[]} */
		const args = this.matchArray();
		args.push(s, originalInput);
		if (this.hasNamedGroups) args.push(this.namedGroupsObject());
		res += String(replacer(...args));
		return res;
	}
	/**
	* The match and its groups, as the elements of a JS RegExpExecArray: undefined for a group that
	* did not take part in the match. Used by exec(), matchAll() and replacer functions.
	* @returns {Array<string|undefined>}
	* @private
	*/
	matchArray() {
		const result = [this.group(0)];
		for (let i = 1; i <= this.patternGroupCount; i++) {
			const group = this.group(i);
			result.push(group === null ? void 0 : group);
		}
		return result;
	}
	/**
	* The named groups, as the groups property of a JS RegExpExecArray: an object without a
	* prototype mapping each name to its group (undefined when it did not take part in the match),
	* or undefined when the pattern has no named groups.
	* @returns {Record<string, string|undefined>|undefined}
	* @private
	*/
	namedGroupsObject() {
		if (!this.hasNamedGroups) return;
		const result = this.getNamedGroups();
		for (const name in result) if (result[name] === null) result[name] = void 0;
		return result;
	}
};
// src/Inst.js
/**
* A single instruction in the regular expression virtual machine.
*
* @see http://swtch.com/~rsc/regexp/regexp2.html
*/
var Inst = class Inst {
	static ALT = 1;
	static ALT_MATCH = 2;
	static CAPTURE = 3;
	static EMPTY_WIDTH = 4;
	static FAIL = 5;
	static MATCH = 6;
	static NOP = 7;
	static RUNE = 8;
	static RUNE1 = 9;
	static RUNE_ANY = 10;
	static RUNE_ANY_NOT_NL = 11;
	static LB_WRITE = 12;
	static LB_CHECK = 13;
	static isRuneOp(op) {
		return Inst.RUNE <= op && op <= Inst.RUNE_ANY_NOT_NL;
	}
	static escapeRunes(runes) {
		let out = "\"";
		for (let rune of runes) out += Utils.escapeRune(rune);
		out += "\"";
		return out;
	}
	constructor(op) {
		this.op = op;
		this.out = 0;
		this.arg = 0;
		/** @type {Int32Array} */
		this.runes = /* @__PURE__ */ new Int32Array(0);
		/** @type {Uint32Array | number[] | null} */
		this.next = null;
	}
	matchRune(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r);
			return r === r0;
		}
		const len = this.runes.length;
		if (len === 0) return false;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return false;
				if (r <= this.runes[j + 1]) return true;
			}
			return false;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1];
	}
	matchRunePos(r) {
		if (this.runes.length === 1) {
			const r0 = this.runes[0];
			if ((this.arg & RE2Flags.FOLD_CASE) !== 0) return Unicode.equalsIgnoreCase(r0, r) ? 0 : -1;
			return r === r0 ? 0 : -1;
		}
		const len = this.runes.length;
		if (len === 0) return -1;
		if (len === 2 || len === 4 || len === 6 || len === 8) {
			for (let j = 0; j < len; j += 2) {
				if (r < this.runes[j]) return -1;
				if (r <= this.runes[j + 1]) return Math.floor(j / 2);
			}
			return -1;
		}
		let base = 0;
		let n = len >> 1;
		while (n > 1) {
			const half = n >> 1;
			base += this.runes[base + half << 1] <= r ? half : 0;
			n -= half;
		}
		base += this.runes[base << 1] <= r ? 1 : 0;
		const m = base - 1;
		return m >= 0 && r <= this.runes[m << 1 | 1] ? m : -1;
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		switch (this.op) {
			case Inst.ALT: return `alt -> ${this.out}, ${this.arg}`;
			case Inst.ALT_MATCH: return `altmatch -> ${this.out}, ${this.arg}`;
			case Inst.CAPTURE: return `cap ${this.arg} -> ${this.out}`;
			case Inst.EMPTY_WIDTH: return `empty ${this.arg} -> ${this.out}`;
			case Inst.MATCH: return `match${this.arg !== 0 ? ` ${this.arg}` : ""}`;
			case Inst.FAIL: return "fail";
			case Inst.NOP: return `nop -> ${this.out}`;
			case Inst.LB_WRITE: return `lbwrite ${this.arg} -> ${this.out}`;
			case Inst.LB_CHECK: return `lbcheck ${this.arg} -> ${this.out}`;
			case Inst.RUNE:
				if (this.runes === null) return "rune <null>";
				return [
					"rune ",
					Inst.escapeRunes(this.runes),
					(this.arg & RE2Flags.FOLD_CASE) !== 0 ? "/i" : "",
					" -> ",
					this.out
				].join("");
			case Inst.RUNE1: return `rune1 ${Inst.escapeRunes(this.runes)} -> ${this.out}`;
			case Inst.RUNE_ANY: return `any -> ${this.out}`;
			case Inst.RUNE_ANY_NOT_NL: return `anynotnl -> ${this.out}`;
			default: throw new Error("unhandled case in Inst.toString");
		}
	}
};
// src/Machine.js
var Queue = class Queue {
	constructor(numInst) {
		this.sparse = new Int32Array(numInst);
		this.densePcs = new Int32Array(numInst);
		this.denseCaps = null;
		this.size = 0;
		this.ncap = 0;
		this.mainThreads = 0;
	}
	static INITIAL_THREADS = 32;
	init(ncap) {
		this.ncap = ncap;
		const needed = Math.min(this.densePcs.length, Queue.INITIAL_THREADS) * ncap;
		if (!this.denseCaps || this.denseCaps.length < needed) this.denseCaps = new Int32Array(needed);
	}
	growCaps(needed) {
		const limit = this.densePcs.length * this.ncap;
		const grown = new Int32Array(Math.min(limit, Math.max(needed, 2 * this.denseCaps.length)));
		grown.set(this.denseCaps);
		this.denseCaps = grown;
	}
	contains(pc) {
		const j = this.sparse[pc];
		return j < this.size && this.densePcs[j] === pc;
	}
	isEmpty() {
		return this.size === 0;
	}
	add(pc) {
		const j = this.size++;
		this.sparse[pc] = j;
		this.densePcs[j] = pc;
		return j;
	}
	clear() {
		this.size = 0;
		this.mainThreads = 0;
	}
	toString() {
		let out = "{";
		for (let i = 0; i < this.size; i++) {
			if (i !== 0) out += ", ";
			out += this.densePcs[i];
		}
		out += "}";
		return out;
	}
};
var LookbehindState = class {
	constructor(prog) {
		this.pos = -1;
		this.pcs = new Int32Array(prog.numInst());
		this.size = 0;
		this.lbTable = new Int32Array(prog.numLb + 1);
	}
	reset() {
		this.pos = -1;
		this.size = 0;
	}
};
var Machine = class Machine {
	static fromRE2(re2) {
		const m = new Machine();
		m.prog = re2.prog;
		m.re2 = re2;
		m.q0 = new Queue(m.prog.numInst());
		m.q1 = new Queue(m.prog.numInst());
		m.addStack = new Int32Array(2 * (m.prog.numInst() + 1));
		m.matched = false;
		m.matchcap = new Int32Array(m.prog.numCap < 2 ? 2 : m.prog.numCap);
		m.ncap = 0;
		return m;
	}
	constructor() {
		this.prog = null;
		this.re2 = null;
		this.q0 = null;
		this.q1 = null;
		this.addStack = null;
		this.matched = false;
		this.matchcap = null;
		this.ncap = 0;
		this.lbTable = null;
	}
	init(ncap) {
		this.ncap = ncap;
		if (ncap > this.matchcap.length) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1);
		this.q0.init(ncap);
		this.q1.init(ncap);
		if (this.prog.numLb > 0) {
			if (!this.lbTable || this.lbTable.length < this.prog.numLb + 1) this.lbTable = new Int32Array(this.prog.numLb + 1);
			this.lbTable.fill(-1);
		}
	}
	submatches() {
		if (this.ncap === 0) return Utils.emptyInts();
		return Utils.toArray(this.matchcap.subarray(0, this.ncap));
	}
	match(input, pos, anchor, lbState = null) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return false;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		this.matched = false;
		this.matchcap.fill(-1);
		const hasLookbehinds = this.prog.numLb > 0;
		const matchStartPos = pos;
		let currentPos = pos;
		let resumeLookbehinds = false;
		if (hasLookbehinds) {
			if (lbState !== null && lbState.pos >= 0 && lbState.pos <= pos) {
				currentPos = lbState.pos;
				resumeLookbehinds = true;
			} else currentPos = 0;
		}
		let saveLookbehinds = hasLookbehinds && lbState !== null;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag;
		if (currentPos === 0) flag = Utils.emptyOpContext(-1, rune);
		else flag = input.context(currentPos);
		if (hasLookbehinds) {
			if (resumeLookbehinds) this.restoreLookbehinds(lbState, runq, flag);
			else this.spawnLookbehinds(runq, currentPos, flag);
		}
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
				if (this.matched) break;
				if (this.prog.numLb === 0 && runq.isEmpty() && !(this.re2.prefix.length === 0) && rune1 !== this.re2.prefixRune && input.canCheckPrefix()) {
					const advance = input.index(this.re2, currentPos);
					if (advance < 0) break;
					currentPos += advance;
					r = input.step(currentPos);
					rune = r >> 3;
					width = r & 7;
					r = input.step(currentPos + width);
					rune1 = r >> 3;
					width1 = r & 7;
					flag = input.context(currentPos);
				}
			}
			if (currentPos >= matchStartPos) {
				if (saveLookbehinds) {
					this.saveLookbehinds(lbState, runq, currentPos);
					saveLookbehinds = false;
				}
				if (!this.matched && (currentPos === 0 || anchor === RE2Flags.UNANCHORED)) {
					if (this.ncap > 0) this.matchcap[0] = currentPos;
					this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
				}
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			this.step(runq, nextq, currentPos, nextPos, rune, flag, anchor, currentPos === input.endPos());
			if (width === 0) break;
			if (this.ncap === 0 && this.matched) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		runq.clear();
		nextq.clear();
		return this.matched;
	}
	matchSet(input, pos, anchor) {
		const startCond = this.re2.cond;
		if (startCond === Utils.EMPTY_ALL) return [];
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		let currentPos = this.prog.numLb > 0 ? 0 : pos;
		let matchStartPos = pos;
		let runq = this.q0;
		let nextq = this.q1;
		let r = input.step(currentPos);
		let rune = r >> 3;
		let width = r & 7;
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r = input.step(currentPos + width);
			rune1 = r >> 3;
			width1 = r & 7;
		}
		let flag = currentPos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(currentPos);
		const matches = /* @__PURE__ */ new Set();
		if (this.prog.numLb > 0) this.spawnLookbehinds(runq, currentPos, flag);
		while (true) {
			if (runq.mainThreads === 0) {
				if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && currentPos !== 0) break;
				if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && currentPos !== 0) break;
			}
			if (currentPos === 0 || anchor === RE2Flags.UNANCHORED) {
				if (currentPos >= matchStartPos) this.add(runq, this.prog.start, currentPos, this.matchcap, 0, flag);
			}
			const nextPos = currentPos + width;
			flag = input.context(nextPos);
			for (let j = 0; j < runq.size; j++) {
				const pc = runq.densePcs[j];
				const i = this.prog.inst[pc];
				const capOffset = j * this.ncap;
				let add = false;
				switch (i.op) {
					case Inst.MATCH:
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== input.endPos()) break;
						matches.add(i.arg);
						break;
					case Inst.RUNE:
						add = i.matchRune(rune);
						break;
					case Inst.RUNE1:
						add = rune === i.runes[0];
						break;
					case Inst.RUNE_ANY:
						add = true;
						break;
					case Inst.RUNE_ANY_NOT_NL:
						add = rune !== 10;
						break;
					default: continue;
				}
				if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, flag);
			}
			runq.clear();
			if (width === 0) break;
			currentPos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r = input.step(currentPos + width);
				rune1 = r >> 3;
				width1 = r & 7;
			}
			const tmpq = runq;
			runq = nextq;
			nextq = tmpq;
		}
		nextq.clear();
		return Array.from(matches).sort((a, b) => a - b);
	}
	step(runq, nextq, pos, nextPos, c, nextCond, anchor, atEnd) {
		const longest = this.re2.longest;
		for (let j = 0; j < runq.size; j++) {
			const pc = runq.densePcs[j];
			const capOffset = j * this.ncap;
			if (longest && this.matched && this.ncap > 0 && this.matchcap[0] < runq.denseCaps[capOffset]) continue;
			const i = this.prog.inst[pc];
			let add = false;
			switch (i.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && !atEnd) break;
					if (this.ncap > 0 && (!longest || !this.matched || this.matchcap[1] < pos)) {
						runq.denseCaps[capOffset + 1] = pos;
						for (let k = 0; k < this.ncap; k++) this.matchcap[k] = runq.denseCaps[capOffset + k];
					}
					if (!longest) runq.size = 0;
					this.matched = true;
					break;
				case Inst.RUNE:
					add = i.matchRune(c);
					break;
				case Inst.RUNE1:
					add = c === i.runes[0];
					break;
				case Inst.RUNE_ANY:
					add = true;
					break;
				case Inst.RUNE_ANY_NOT_NL:
					add = c !== 10;
					break;
				default: continue;
			}
			if (add) this.add(nextq, i.out, nextPos, runq.denseCaps, capOffset, nextCond);
		}
		runq.clear();
	}
	spawnLookbehinds(q, pos, flag) {
		for (let i = 0; i < this.prog.lbStarts.length; i++) this.add(q, this.prog.lbStarts[i], pos, this.matchcap, 0, flag);
	}
	restoreLookbehinds(lbState, q, flag) {
		this.lbTable.set(lbState.lbTable);
		for (let j = 0; j < lbState.size; j++) this.add(q, lbState.pcs[j], lbState.pos, this.matchcap, 0, flag);
	}
	saveLookbehinds(lbState, q, pos) {
		let size = 0;
		for (let j = 0; j < q.size; j++) {
			const pc = q.densePcs[j];
			if (this.prog.lbInst[pc] === 1 && Inst.isRuneOp(this.prog.inst[pc].op)) lbState.pcs[size++] = pc;
		}
		lbState.size = size;
		lbState.pos = pos;
		lbState.lbTable.set(this.lbTable);
	}
	add(q, pc, pos, capArray, capOffset, cond) {
		const stk = this.addStack;
		let nstk = 0;
		for (;;) {
			while (pc !== 0 && !q.contains(pc)) {
				const d = q.add(pc);
				const inst = this.prog.inst[pc];
				switch (inst.op) {
					case Inst.FAIL:
						pc = 0;
						break;
					case Inst.ALT:
					case Inst.ALT_MATCH:
						stk[nstk++] = inst.arg;
						stk[nstk++] = 0;
						pc = inst.out;
						break;
					case Inst.EMPTY_WIDTH:
						pc = (inst.arg & ~cond) === 0 ? inst.out : 0;
						break;
					case Inst.NOP:
						pc = inst.out;
						break;
					case Inst.CAPTURE:
						if (inst.arg < this.ncap) {
							stk[nstk++] = -inst.arg - 1;
							stk[nstk++] = capArray[capOffset + inst.arg];
							capArray[capOffset + inst.arg] = pos;
						}
						pc = inst.out;
						break;
					case Inst.LB_WRITE:
						this.lbTable[Math.abs(inst.arg)] = pos;
						pc = inst.out;
						break;
					case Inst.LB_CHECK:
						if (inst.arg > 0) pc = this.lbTable[inst.arg] === pos ? inst.out : 0;
						else pc = this.lbTable[-inst.arg] !== pos ? inst.out : 0;
						break;
					case Inst.MATCH:
					case Inst.RUNE:
					case Inst.RUNE1:
					case Inst.RUNE_ANY:
					case Inst.RUNE_ANY_NOT_NL:
						if (this.prog.lbInst[pc] === 0) q.mainThreads++;
						if (this.ncap > 0) {
							const destOffset = d * this.ncap;
							if (destOffset + this.ncap > q.denseCaps.length) q.growCaps(destOffset + this.ncap);
							for (let c = 0; c < this.ncap; c++) q.denseCaps[destOffset + c] = capArray[capOffset + c];
						}
						pc = 0;
						break;
					default: throw new RE2JSInternalException("unhandled");
				}
			}
			if (nstk === 0) return;
			nstk -= 2;
			const entry = stk[nstk];
			if (entry < 0) {
				capArray[capOffset - entry - 1] = stk[nstk + 1];
				pc = 0;
			} else pc = entry;
		}
	}
};
// src/DFA.js
const hashState = (pcs, flag, ids) => {
	let h = -2128831035;
	for (let i = 0; i < pcs.length; i++) {
		h ^= pcs[i];
		h = Math.imul(h, 16777619);
	}
	h ^= flag;
	h = Math.imul(h, 16777619);
	for (let i = 0; i < ids.length; i++) {
		h ^= ids[i];
		h = Math.imul(h, 16777619);
	}
	return h;
};
const arraysEqual = (a, b) => {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
};
const isState = (state, pcs, flag, ids) => state.flag === flag && arraysEqual(state.nfaStates, pcs) && arraysEqual(state.matchIDs, ids);
const NO_IDS = [];
const END_TEXT = -1;
var DFAState = class {
	constructor(nfaStates, flag, matchIDs) {
		this.nfaStates = nfaStates;
		this.flag = flag;
		this.isMatch = (flag & DFA.FLAG_MATCH) !== 0;
		this.matchIDs = matchIDs;
		this.next = null;
		this.nextAnchored = null;
	}
};
var DFA = class DFA {
	static FLAG_EMPTY_MASK = 255;
	static FLAG_MATCH = 256;
	static FLAG_LAST_WORD = 512;
	static FLAG_NEED_SHIFT = 16;
	static STATE_OVERHEAD = 150;
	static ARRAY_OVERHEAD = 40;
	static ELEMENT_SIZE = 8;
	static TABLE_OVERHEAD = 48;
	static PROGRESS_PER_STATE = 10;
	constructor(prog, maxMem = 8388608) {
		this.prog = prog;
		this.maxMem = maxMem;
		this.stateCache = /* @__PURE__ */ new Map();
		this.stateCount = 0;
		this.startStates = /* @__PURE__ */ new Map();
		this.failed = false;
		for (let pc = 0; pc < prog.numInst(); pc++) {
			const op = prog.getInst(pc).op;
			if (op === Inst.LB_WRITE || op === Inst.LB_CHECK) {
				this.failed = true;
				break;
			}
		}
		this.computeRuneClasses();
		this.stateBudget = maxMem;
		this.memBudget = maxMem;
	}
	computeRuneClasses() {
		const bounds = /* @__PURE__ */ new Set();
		const addRange = (lo, hi) => {
			bounds.add(lo);
			bounds.add(hi + 1);
		};
		for (let pc = 0; pc < this.prog.numInst(); pc++) {
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.RUNE:
				case Inst.RUNE1:
					if (inst.runes.length === 1) {
						addRange(inst.runes[0], inst.runes[0]);
						if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) for (let f = Unicode.simpleFold(inst.runes[0]); f !== inst.runes[0]; f = Unicode.simpleFold(f)) addRange(f, f);
					} else for (let j = 0; j < inst.runes.length; j += 2) addRange(inst.runes[j], inst.runes[j + 1]);
					break;
				case Inst.RUNE_ANY_NOT_NL:
					addRange(10, 10);
					break;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & (Utils.EMPTY_BEGIN_LINE | Utils.EMPTY_END_LINE)) !== 0) addRange(10, 10);
					if ((inst.arg & (Utils.EMPTY_WORD_BOUNDARY | Utils.EMPTY_NO_WORD_BOUNDARY)) !== 0) {
						addRange(48, 57);
						addRange(65, 90);
						addRange(95, 95);
						addRange(97, 122);
					}
			}
		}
		bounds.delete(0);
		this.classBounds = Int32Array.from(bounds).sort();
		this.numClasses = this.classBounds.length + 1;
		const latin1Class = new Int32Array(Unicode.MAX_LATIN1 + 1);
		for (let r = 0; r <= Unicode.MAX_LATIN1; r++) latin1Class[r] = this.searchClass(r);
		this.latin1Class = latin1Class;
	}
	runeClass(r) {
		if (r <= Unicode.MAX_LATIN1) return this.latin1Class[r];
		return this.searchClass(r);
	}
	searchClass(r) {
		const bounds = this.classBounds;
		let lo = 0;
		let hi = bounds.length;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			if (bounds[mid] <= r) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
	closure(pcs, flag) {
		const closure = /* @__PURE__ */ new Set();
		const stack = Array.from(pcs);
		let needflags = 0;
		while (stack.length > 0) {
			const pc = stack.pop();
			if (pc === 0 || closure.has(pc)) continue;
			closure.add(pc);
			const inst = this.prog.getInst(pc);
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					stack.push(inst.out);
					stack.push(inst.arg);
					break;
				case Inst.NOP:
				case Inst.CAPTURE:
					stack.push(inst.out);
					break;
				case Inst.EMPTY_WIDTH:
					needflags |= inst.arg;
					if ((inst.arg & ~flag) === 0) stack.push(inst.out);
			}
		}
		return {
			pcs: Array.from(closure).sort((a, b) => a - b),
			needflags
		};
	}
	getState(pcs, flag, ids) {
		const hash = hashState(pcs, flag, ids);
		const cached = this.stateCache.get(hash);
		if (cached instanceof DFAState) {
			if (isState(cached, pcs, flag, ids)) return cached;
		} else if (cached !== void 0) {
			for (let i = 0; i < cached.length; i++) if (isState(cached[i], pcs, flag, ids)) return cached[i];
		}
		const cost = DFA.stateCost(pcs, ids);
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const state = new DFAState(pcs, flag, ids);
		if (cached === void 0) this.stateCache.set(hash, state);
		else if (cached instanceof DFAState) this.stateCache.set(hash, [cached, state]);
		else cached.push(state);
		this.stateCount++;
		return state;
	}
	static stateCost(pcs, ids) {
		const idsCost = ids.length === 0 ? 0 : DFA.ARRAY_OVERHEAD + DFA.ELEMENT_SIZE * ids.length;
		return DFA.STATE_OVERHEAD + DFA.ELEMENT_SIZE * pcs.length + idsCost;
	}
	*cachedStates() {
		for (const cached of this.stateCache.values()) if (cached instanceof DFAState) yield cached;
		else yield* cached;
	}
	makeState(pcs, flag, ids) {
		const closure = this.closure(pcs, flag & DFA.FLAG_EMPTY_MASK);
		let stateFlag = flag;
		if (closure.needflags === 0) stateFlag &= DFA.FLAG_MATCH;
		stateFlag |= closure.needflags << DFA.FLAG_NEED_SHIFT;
		return this.getState(closure.pcs, stateFlag, ids);
	}
	allocTable(state, anchor) {
		const size = this.numClasses + 1;
		const cost = DFA.TABLE_OVERHEAD + DFA.ELEMENT_SIZE * size;
		if (this.memBudget < cost) return null;
		this.memBudget -= cost;
		const table = new Array(size).fill(null);
		if (anchor === RE2Flags.UNANCHORED) state.next = table;
		else state.nextAnchored = table;
		return table;
	}
	clearCache() {
		this.stateCache.clear();
		this.stateCount = 0;
		this.startStates.clear();
		this.memBudget = this.stateBudget;
	}
	resetCache(current) {
		this.clearCache();
		return this.getState(current.nfaStates, current.flag, current.matchIDs);
	}
	step(state, cls, rune, anchor) {
		let table = anchor === RE2Flags.UNANCHORED ? state.next : state.nextAnchored;
		if (table !== null) {
			const cached = table[cls];
			if (cached !== null) return cached;
		} else {
			table = this.allocTable(state, anchor);
			if (table === null) return null;
		}
		const needflag = state.flag >>> DFA.FLAG_NEED_SHIFT;
		const oldbeforeflag = state.flag & DFA.FLAG_EMPTY_MASK;
		let beforeflag = oldbeforeflag;
		let afterflag = 0;
		if (rune === 10) {
			beforeflag |= Utils.EMPTY_END_LINE;
			afterflag |= Utils.EMPTY_BEGIN_LINE;
		}
		if (rune === END_TEXT) beforeflag |= Utils.EMPTY_END_LINE | Utils.EMPTY_END_TEXT;
		const islastword = (state.flag & DFA.FLAG_LAST_WORD) !== 0;
		const isword = rune !== END_TEXT && Utils.isWordRune(rune);
		beforeflag |= isword === islastword ? Utils.EMPTY_NO_WORD_BOUNDARY : Utils.EMPTY_WORD_BOUNDARY;
		let pcs = state.nfaStates;
		if ((beforeflag & ~oldbeforeflag & needflag) !== 0) pcs = this.closure(pcs, beforeflag).pcs;
		const nextPCs = [];
		let ismatch = false;
		let ids = NO_IDS;
		for (let i = 0; i < pcs.length; i++) {
			const inst = this.prog.getInst(pcs[i]);
			if (inst.op === Inst.MATCH) {
				if (!ismatch) {
					ismatch = true;
					ids = [];
				}
				ids.push(inst.arg);
			} else if (rune !== END_TEXT && Inst.isRuneOp(inst.op) && inst.matchRune(rune)) nextPCs.push(inst.out);
		}
		if (ids.length > 1) ids.sort((a, b) => a - b);
		if (anchor === RE2Flags.UNANCHORED && rune !== END_TEXT) nextPCs.push(this.prog.start);
		let flag = afterflag;
		if (ismatch) flag |= DFA.FLAG_MATCH;
		if (isword) flag |= DFA.FLAG_LAST_WORD;
		const nextState = this.makeState(nextPCs, flag, ids);
		if (nextState === null) return null;
		table[cls] = nextState;
		return nextState;
	}
	start(input, pos) {
		const context = input.context(pos);
		let flags;
		if ((context & Utils.EMPTY_BEGIN_TEXT) !== 0) flags = Utils.EMPTY_BEGIN_TEXT | Utils.EMPTY_BEGIN_LINE;
		else if ((context & Utils.EMPTY_BEGIN_LINE) !== 0) flags = Utils.EMPTY_BEGIN_LINE;
		else {
			const r = input.step(pos);
			const nextIsWord = r >= 0 && Utils.isWordRune(r >> 3);
			flags = (context & Utils.EMPTY_WORD_BOUNDARY) !== 0 !== nextIsWord ? DFA.FLAG_LAST_WORD : 0;
		}
		let state = this.startStates.get(flags);
		if (state === void 0) {
			state = this.makeState([this.prog.start], flags, NO_IDS);
			if (state === null) {
				this.clearCache();
				state = this.makeState([this.prog.start], flags, NO_IDS);
				if (state === null) return null;
			}
			this.startStates.set(flags, state);
		}
		return state;
	}
	stepOrReset(state, cls, rune, anchor, pos, search) {
		let next = this.step(state, cls, rune, anchor);
		if (next !== null) return next;
		if (search.resetPos >= 0 && pos - search.resetPos < DFA.PROGRESS_PER_STATE * this.stateCount) return null;
		search.resetPos = pos;
		const restored = this.resetCache(state);
		if (restored === null) return null;
		next = this.step(restored, cls, rune, anchor);
		return next;
	}
	run(input, pos, anchor, state, onMatch) {
		const endPos = input.endPos();
		const latin1Class = this.latin1Class;
		const unanchored = anchor === RE2Flags.UNANCHORED;
		const search = { resetPos: -1 };
		let i = pos;
		while (i < endPos) {
			const r = input.step(i);
			const rune = r >> 3;
			const width = r & 7;
			if (width === 0) break;
			const cls = rune <= Unicode.MAX_LATIN1 ? latin1Class[rune] : this.runeClass(rune);
			let next = unanchored && state.next !== null ? state.next[cls] : null;
			if (next === null) {
				next = this.stepOrReset(state, cls, rune, anchor, i, search);
				if (next === null) return null;
			}
			state = next;
			if (state.isMatch && onMatch(state, false)) return true;
			if (!unanchored && state.nfaStates.length === 0) return false;
			i += width;
		}
		state = this.stepOrReset(state, this.numClasses, END_TEXT, anchor, i, search);
		if (state === null) return null;
		return state.isMatch && onMatch(state, true);
	}
	match(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return false;
		const startState = this.start(input, pos);
		if (startState === null) return null;
		return this.run(input, pos, anchor, startState, (state, atEnd) => anchor !== RE2Flags.ANCHOR_BOTH || atEnd);
	}
	matchSet(input, pos, anchor) {
		if (this.failed) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return [];
		const startState = this.start(input, pos);
		if (startState === null) return null;
		const matches = /* @__PURE__ */ new Set();
		const collect = (state, atEnd) => {
			if (anchor !== RE2Flags.ANCHOR_BOTH || atEnd) for (let k = 0; k < state.matchIDs.length; k++) matches.add(state.matchIDs[k]);
			return false;
		};
		if (this.run(input, pos, anchor, startState, collect) === null) return null;
		return Array.from(matches).sort((a, b) => a - b);
	}
};
// src/Backtracker.js
const VISITED_BITS = 32;
const MAX_BACKTRACK_PROG = 500;
const INITIAL_JOB_CAPACITY = 256;
const MAX_BACKTRACK_VECTOR = 262144;
var BitState = class {
	constructor() {
		this.end = 0;
		this.cap = /* @__PURE__ */ new Int32Array(0);
		this.matchcap = /* @__PURE__ */ new Int32Array(0);
		this.ncap = 0;
		this.jobPc = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobArg = new Uint8Array(INITIAL_JOB_CAPACITY);
		this.jobPos = new Int32Array(INITIAL_JOB_CAPACITY);
		this.jobLen = 0;
		this.visited = /* @__PURE__ */ new Uint32Array(0);
	}
	reset(prog, end, ncap) {
		this.end = end;
		this.jobLen = 0;
		this.ncap = ncap;
		const visitedSize = prog.numInst() * (end + 1) + VISITED_BITS - 1 >>> 5;
		if (this.visited.length < visitedSize) this.visited = new Uint32Array(visitedSize);
		else this.visited.fill(0, 0, visitedSize);
		if (this.cap.length < ncap) this.cap = new Int32Array(ncap).fill(-1);
		else this.cap.fill(-1, 0, ncap);
		if (this.matchcap.length < ncap) this.matchcap = new Int32Array(ncap).fill(-1);
		else this.matchcap.fill(-1, 0, ncap);
	}
	shouldVisit(pc, pos) {
		const n = pc * (this.end + 1) + pos;
		const idx = n >>> 5;
		const mask = 1 << (n & 31);
		if ((this.visited[idx] & mask) !== 0) return false;
		this.visited[idx] |= mask;
		return true;
	}
	push(re2, pc, pos, arg) {
		if (re2.prog.getInst(pc).op !== Inst.FAIL && (arg || this.shouldVisit(pc, pos))) {
			if (this.jobLen >= this.jobPc.length) {
				const newSize = this.jobPc.length * 2;
				const newPc = new Int32Array(newSize);
				newPc.set(this.jobPc);
				this.jobPc = newPc;
				const newArg = new Uint8Array(newSize);
				newArg.set(this.jobArg);
				this.jobArg = newArg;
				const newPos = new Int32Array(newSize);
				newPos.set(this.jobPos);
				this.jobPos = newPos;
			}
			this.jobPc[this.jobLen] = pc;
			this.jobArg[this.jobLen] = arg ? 1 : 0;
			this.jobPos[this.jobLen] = pos;
			this.jobLen++;
		}
	}
	tryBacktrack(re2, input, pc, pos, anchor) {
		const longest = re2.longest;
		this.push(re2, pc, pos, false);
		while (this.jobLen > 0) {
			this.jobLen--;
			let currentPc = this.jobPc[this.jobLen];
			let arg = this.jobArg[this.jobLen] === 1;
			let currentPos = this.jobPos[this.jobLen];
			let skipShouldVisit = true;
			while (true) {
				if (!skipShouldVisit) {
					if (!this.shouldVisit(currentPc, currentPos)) break;
				}
				skipShouldVisit = false;
				const inst = re2.prog.getInst(currentPc);
				switch (inst.op) {
					case Inst.FAIL: break;
					case Inst.ALT: if (arg) {
						arg = false;
						currentPc = inst.arg;
						continue;
					} else {
						this.push(re2, currentPc, currentPos, true);
						currentPc = inst.out;
						continue;
					}
					case Inst.ALT_MATCH: {
						const outInst = re2.prog.getInst(inst.out);
						if (Inst.isRuneOp(outInst.op)) {
							this.push(re2, inst.arg, currentPos, false);
							currentPc = inst.arg;
							currentPos = this.end;
							continue;
						}
						this.push(re2, inst.out, this.end, false);
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (!inst.matchRune(r >> 3)) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE1: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 !== inst.runes[0]) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY_NOT_NL: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						if (r >> 3 === 10) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.RUNE_ANY: {
						const r = input.step(currentPos);
						if (r === MachineInputBase.EOF()) break;
						currentPos += r & 7;
						currentPc = inst.out;
						continue;
					}
					case Inst.CAPTURE: if (arg) {
						this.cap[inst.arg] = currentPos;
						break;
					} else {
						if (inst.arg < this.ncap) {
							this.push(re2, currentPc, this.cap[inst.arg], true);
							this.cap[inst.arg] = currentPos;
						}
						currentPc = inst.out;
						continue;
					}
					case Inst.EMPTY_WIDTH: {
						const flag = input.context(currentPos);
						if ((inst.arg & ~flag) !== 0) break;
						currentPc = inst.out;
						continue;
					}
					case Inst.NOP:
						currentPc = inst.out;
						continue;
					case Inst.MATCH: {
						if (anchor === RE2Flags.ANCHOR_BOTH && currentPos !== this.end) break;
						if (this.ncap === 0) return true;
						if (this.ncap > 1) this.cap[1] = currentPos;
						const old = this.matchcap[1];
						if (old === -1 || longest && currentPos > 0 && currentPos > old) this.matchcap.set(this.cap);
						if (!longest) return true;
						if (currentPos === this.end) return true;
						break;
					}
					case Inst.LB_WRITE:
					case Inst.LB_CHECK: throw new RE2JSInternalException("Backtracker cannot evaluate Lookbehind instructions");
					default: throw new RE2JSInternalException("bad inst");
				}
				break;
			}
		}
		return longest && this.matchcap.length > 1 && this.matchcap[1] >= 0;
	}
};
const bitStatePool = [];
var Backtracker = class Backtracker {
	static shouldBacktrack(prog) {
		return prog.numInst() <= MAX_BACKTRACK_PROG;
	}
	static maxBitStateLen(prog) {
		if (!Backtracker.shouldBacktrack(prog)) return 0;
		return Math.floor(MAX_BACKTRACK_VECTOR / prog.numInst());
	}
	static execute(re2, input, pos, anchor, ncap) {
		const startCond = re2.cond;
		if (startCond === Utils.EMPTY_ALL) return null;
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 && pos !== 0) return null;
		const b = bitStatePool.length > 0 ? bitStatePool.pop() : new BitState();
		const end = input.endPos();
		b.reset(re2.prog, end, ncap);
		let matched = false;
		if ((startCond & Utils.EMPTY_BEGIN_TEXT) !== 0 || anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) {
			if (b.ncap > 0) b.cap[0] = pos;
			if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) matched = true;
		} else {
			let width = -1;
			for (; pos <= end && width !== 0; pos += width) {
				if (re2.prefix.length > 0) {
					const advance = input.index(re2, pos);
					if (advance < 0) break;
					pos += advance;
				}
				if (b.ncap > 0) b.cap[0] = pos;
				if (b.tryBacktrack(re2, input, re2.prog.start, pos, anchor)) {
					matched = true;
					break;
				}
				const r = input.step(pos);
				width = r === MachineInputBase.EOF() ? 0 : r & 7;
			}
		}
		if (!matched) {
			bitStatePool.push(b);
			return null;
		}
		const result = ncap === 0 ? [] : Utils.toArray(b.matchcap.subarray(0, ncap));
		bitStatePool.push(b);
		return result;
	}
};
// src/OnePass.js
var QueueOnePass = class {
	constructor(size) {
		this.sparse = new Uint32Array(size);
		this.dense = new Uint32Array(size);
		this.size = 0;
		this.nextIndex = 0;
	}
	empty() {
		return this.nextIndex >= this.size;
	}
	next() {
		return this.dense[this.nextIndex++];
	}
	clear() {
		this.size = 0;
		this.nextIndex = 0;
	}
	contains(u) {
		return u < this.sparse.length && this.sparse[u] < this.size && this.dense[this.sparse[u]] === u;
	}
	insert(u) {
		if (!this.contains(u)) this.insertNew(u);
	}
	insertNew(u) {
		if (u >= this.sparse.length) return;
		this.sparse[u] = this.size;
		this.dense[this.size] = u;
		this.size++;
	}
};
const mergeRuneSets = (leftRunes, rightRunes, leftPC, rightPC) => {
	const leftLen = leftRunes.length;
	const rightLen = rightRunes.length;
	let lx = 0, rx = 0;
	const merged = [];
	const next = [];
	let ok = true;
	let ix = -1;
	const extend = (isLeft) => {
		const newArray = isLeft ? leftRunes : rightRunes;
		const low = isLeft ? lx : rx;
		const pc = isLeft ? leftPC : rightPC;
		if (ix > 0 && newArray[low] <= merged[ix]) return false;
		merged.push(newArray[low], newArray[low + 1]);
		if (isLeft) lx += 2;
		else rx += 2;
		ix += 2;
		next.push(pc);
		return true;
	};
	while (lx < leftLen || rx < rightLen) {
		if (rx >= rightLen) ok = extend(true);
		else if (lx >= leftLen) ok = extend(false);
		else if (rightRunes[rx] < leftRunes[lx]) ok = extend(false);
		else ok = extend(true);
		if (!ok) return null;
	}
	return {
		merged,
		next
	};
};
var OnePassProg = class {
	constructor(prog) {
		this.start = prog.start;
		this.numCap = prog.numCap;
		this.inst = new Array(prog.inst.length);
		for (let i = 0; i < prog.inst.length; i++) {
			const orig = prog.inst[i];
			const inst = new Inst(orig.op);
			inst.out = orig.out;
			inst.arg = orig.arg;
			inst.runes = orig.runes ? new Int32Array(orig.runes) : /* @__PURE__ */ new Int32Array(0);
			inst.next = null;
			this.inst[i] = inst;
		}
	}
};
const onePassCopy = (prog) => {
	const p = new OnePassProg(prog);
	for (let pc = 0; pc < p.inst.length; pc++) {
		const inst = p.inst[pc];
		if (inst.op !== Inst.ALT && inst.op !== Inst.ALT_MATCH) continue;
		let pAOther = "out";
		let pAAlt = "arg";
		let instAlt = p.inst[inst[pAAlt]];
		if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) {
			pAOther = "arg";
			pAAlt = "out";
			instAlt = p.inst[inst[pAAlt]];
			if (instAlt.op !== Inst.ALT && instAlt.op !== Inst.ALT_MATCH) continue;
		}
		const instOther = p.inst[inst[pAOther]];
		if (instOther.op === Inst.ALT || instOther.op === Inst.ALT_MATCH) continue;
		let pBAlt = "out";
		let pBOther = "arg";
		let patch = false;
		if (instAlt.out === pc) patch = true;
		else if (instAlt.arg === pc) {
			patch = true;
			pBAlt = "arg";
			pBOther = "out";
		}
		if (patch) instAlt[pBAlt] = inst[pAOther];
		if (inst[pAOther] === instAlt[pBAlt]) inst[pAAlt] = instAlt[pBOther];
	}
	return p;
};
const makeOnePass = (p) => {
	if (p.inst.length >= 1e3) return null;
	const instQueue = new QueueOnePass(p.inst.length);
	const visitQueue = new QueueOnePass(p.inst.length);
	const onePassRunes = new Array(p.inst.length);
	const m = new Array(p.inst.length).fill(false);
	const check = (pc) => {
		let ok = true;
		const inst = p.inst[pc];
		if (visitQueue.contains(pc)) return true;
		visitQueue.insert(pc);
		switch (inst.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH: {
				ok = check(inst.out) && check(inst.arg);
				let matchOut = m[inst.out];
				let matchArg = m[inst.arg];
				if (matchOut && matchArg) return false;
				if (matchArg) {
					const tempOut = inst.out;
					inst.out = inst.arg;
					inst.arg = tempOut;
					const tempMatch = matchOut;
					matchOut = matchArg;
					matchArg = tempMatch;
				}
				if (matchOut) {
					m[pc] = true;
					inst.op = Inst.ALT_MATCH;
				}
				const leftRunes = onePassRunes[inst.out] || [];
				const rightRunes = onePassRunes[inst.arg] || [];
				const mergeRes = mergeRuneSets(leftRunes, rightRunes, inst.out, inst.arg);
				if (!mergeRes) return false;
				onePassRunes[pc] = new Int32Array(mergeRes.merged);
				inst.next = new Uint32Array(mergeRes.next);
				break;
			}
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
				ok = check(inst.out);
				m[pc] = m[inst.out];
				onePassRunes[pc] = onePassRunes[inst.out] ? new Int32Array(onePassRunes[inst.out]) : /* @__PURE__ */ new Int32Array(0);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
				break;
			case Inst.MATCH:
			case Inst.FAIL:
				m[pc] = inst.op === Inst.MATCH;
				break;
			case Inst.RUNE: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				if (!inst.runes || inst.runes.length === 0) {
					onePassRunes[pc] = /* @__PURE__ */ new Int32Array(0);
					inst.next = new Uint32Array([inst.out]);
					break;
				}
				let runes = [];
				if (inst.runes.length === 1 && (inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else for (let j = 0; j < inst.runes.length; j++) runes.push(inst.runes[j]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE1: {
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				let runes = [];
				if ((inst.arg & RE2Flags.FOLD_CASE) !== 0) {
					const r0 = inst.runes[0];
					runes.push(r0, r0);
					for (let r1 = Unicode.simpleFold(r0); r1 !== r0; r1 = Unicode.simpleFold(r1)) runes.push(r1, r1);
					runes.sort((a, b) => a - b);
				} else runes.push(inst.runes[0], inst.runes[0]);
				onePassRunes[pc] = new Int32Array(runes);
				inst.next = new Uint32Array(Math.floor(runes.length / 2) + 1).fill(inst.out);
				inst.op = Inst.RUNE;
				break;
			}
			case Inst.RUNE_ANY:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([0, Unicode.MAX_RUNE]);
				inst.next = new Uint32Array([inst.out]);
				break;
			case Inst.RUNE_ANY_NOT_NL:
				m[pc] = false;
				if (inst.next && inst.next.length > 0) break;
				instQueue.insert(inst.out);
				onePassRunes[pc] = new Int32Array([
					0,
					9,
					11,
					Unicode.MAX_RUNE
				]);
				inst.next = new Uint32Array(Math.floor(onePassRunes[pc].length / 2) + 1).fill(inst.out);
		}
		return ok;
	};
	instQueue.clear();
	instQueue.insert(p.start);
	while (!instQueue.empty()) {
		visitQueue.clear();
		if (!check(instQueue.next())) return null;
	}
	for (let i = 0; i < p.inst.length; i++) if (onePassRunes[i]) p.inst[i].runes = onePassRunes[i];
	return p;
};
const cleanupOnePass = (p, original) => {
	for (let ix = 0; ix < original.inst.length; ix++) {
		const instOriginal = original.inst[ix];
		switch (instOriginal.op) {
			case Inst.ALT:
			case Inst.ALT_MATCH:
			case Inst.RUNE: break;
			case Inst.CAPTURE:
			case Inst.EMPTY_WIDTH:
			case Inst.NOP:
			case Inst.MATCH:
			case Inst.FAIL:
				p.inst[ix].next = null;
				break;
			case Inst.RUNE1:
			case Inst.RUNE_ANY:
			case Inst.RUNE_ANY_NOT_NL:
				p.inst[ix].next = null;
				p.inst[ix].op = instOriginal.op;
				p.inst[ix].runes = instOriginal.runes ? new Int32Array(instOriginal.runes) : /* @__PURE__ */ new Int32Array(0);
		}
	}
};
var OnePass = class OnePass {
	static compile(prog) {
		if (prog.start === 0) return null;
		if (prog.numLb > 0) return null;
		const startInst = prog.inst[prog.start];
		if (startInst.op !== Inst.EMPTY_WIDTH || (startInst.arg & Utils.EMPTY_BEGIN_TEXT) === 0) return null;
		let hasAlt = false;
		for (let i = 0; i < prog.inst.length; i++) if (prog.inst[i].op === Inst.ALT || prog.inst[i].op === Inst.ALT_MATCH) {
			hasAlt = true;
			break;
		}
		for (let i = 0; i < prog.inst.length; i++) {
			const inst = prog.inst[i];
			const opOut = prog.inst[inst.out].op;
			switch (inst.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					if (opOut === Inst.MATCH || prog.inst[inst.arg].op === Inst.MATCH) return null;
					break;
				case Inst.EMPTY_WIDTH:
					if (opOut === Inst.MATCH) {
						if ((inst.arg & Utils.EMPTY_END_TEXT) === Utils.EMPTY_END_TEXT) continue;
						return null;
					}
					break;
				default: if (opOut === Inst.MATCH && hasAlt) return null;
			}
		}
		let p = onePassCopy(prog);
		p = makeOnePass(p);
		if (p !== null) cleanupOnePass(p, prog);
		return p;
	}
	static next(inst, r) {
		const nextIdx = inst.matchRunePos(r);
		if (nextIdx >= 0) return inst.next[nextIdx];
		if (inst.op === Inst.ALT_MATCH) return inst.out;
		return 0;
	}
	static execute(re2, input, pos, anchor, ncap) {
		const onepass = re2.onepass;
		if (!onepass) return null;
		const matchcap = new Int32Array(ncap).fill(-1);
		let matched = false;
		let r = input.step(pos);
		let rune = r >> 3;
		let width = r & 7;
		let r1 = MachineInputBase.EOF();
		let rune1 = -1;
		let width1 = 0;
		if (r !== MachineInputBase.EOF()) {
			r1 = input.step(pos + width);
			if (r1 !== MachineInputBase.EOF()) {
				rune1 = r1 >> 3;
				width1 = r1 & 7;
			}
		}
		let flag = pos === 0 ? Utils.emptyOpContext(-1, rune) : input.context(pos);
		let pc = onepass.start;
		let inst;
		while (true) {
			inst = onepass.inst[pc];
			pc = inst.out;
			switch (inst.op) {
				case Inst.MATCH:
					if (anchor === RE2Flags.ANCHOR_BOTH && pos !== input.endPos()) return null;
					matched = true;
					if (matchcap.length > 0) {
						matchcap[0] = 0;
						matchcap[1] = pos;
					}
					return ncap === 0 ? [] : Utils.toArray(matchcap);
				case Inst.RUNE:
					if (!inst.matchRune(rune)) return null;
					break;
				case Inst.RUNE1:
					if (rune !== inst.runes[0]) return null;
					break;
				case Inst.RUNE_ANY: break;
				case Inst.RUNE_ANY_NOT_NL:
					if (rune === 10) return null;
					break;
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pc = OnePass.next(inst, rune);
					continue;
				case Inst.FAIL: return null;
				case Inst.NOP: continue;
				case Inst.EMPTY_WIDTH:
					if ((inst.arg & ~flag) !== 0) return null;
					continue;
				case Inst.CAPTURE:
					if (inst.arg < matchcap.length) matchcap[inst.arg] = pos;
					continue;
				default: throw new RE2JSInternalException("bad inst");
			}
			if (width === 0) break;
			flag = Utils.emptyOpContext(rune, rune1);
			pos += width;
			rune = rune1;
			width = width1;
			if (rune !== -1) {
				r1 = input.step(pos + width);
				if (r1 !== MachineInputBase.EOF()) {
					rune1 = r1 >> 3;
					width1 = r1 & 7;
				} else {
					rune1 = -1;
					width1 = 0;
				}
			}
		}
		if (!matched) return null;
		return ncap === 0 ? [] : Utils.toArray(matchcap);
	}
};
// src/Regexp.js
/**
* Regular expression abstract syntax tree. Produced by parser, used by compiler. NB, this
* corresponds to {@code syntax.regexp} in the Go implementation; Go's {@code regexp} is called
* {@code RE2} in Java.
*/
var Regexp = class Regexp {
	static Op = createEnum([
		"NO_MATCH",
		"EMPTY_MATCH",
		"LITERAL",
		"CHAR_CLASS",
		"ANY_CHAR_NOT_NL",
		"ANY_CHAR",
		"BEGIN_LINE",
		"END_LINE",
		"BEGIN_TEXT",
		"END_TEXT",
		"WORD_BOUNDARY",
		"NO_WORD_BOUNDARY",
		"CAPTURE",
		"STAR",
		"PLUS",
		"QUEST",
		"REPEAT",
		"CONCAT",
		"ALTERNATE",
		"PLB",
		"NLB",
		"LEFT_PAREN",
		"VERTICAL_BAR"
	]);
	static isPseudoOp(op) {
		return op >= Regexp.Op.LEFT_PAREN;
	}
	static emptySubs() {
		return [];
	}
	static quoteIfHyphen(rune) {
		if (rune === Codepoint.CODES["-"]) return "\\";
		return "";
	}
	static fromRegexp(re) {
		const regex = new Regexp(re.op);
		regex.flags = re.flags;
		regex.subs = re.subs;
		regex.runes = re.runes;
		regex.cap = re.cap;
		regex.min = re.min;
		regex.max = re.max;
		regex.name = re.name;
		regex.namedGroups = re.namedGroups;
		regex.lb = re.lb;
		return regex;
	}
	constructor(op) {
		this.op = op;
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.min = 0;
		this.max = 0;
		this.cap = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	reinit() {
		this.flags = 0;
		this.subs = Regexp.emptySubs();
		this.runes = /* @__PURE__ */ new Int32Array(0);
		this.cap = 0;
		this.min = 0;
		this.max = 0;
		this.name = null;
		this.namedGroups = Object.create(null);
		this.lb = 0;
	}
	toString() {
		return this.appendTo();
	}
	appendTo() {
		let out = "";
		switch (this.op) {
			case Regexp.Op.NO_MATCH:
				out += "[^\\x00-\\x{10FFFF}]";
				break;
			case Regexp.Op.EMPTY_MATCH:
				out += "(?:)";
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
			case Regexp.Op.REPEAT: {
				const sub = this.subs[0];
				if (sub.op > Regexp.Op.CAPTURE || sub.op === Regexp.Op.LITERAL && sub.runes.length > 1) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				switch (this.op) {
					case Regexp.Op.STAR:
						out += "*";
						break;
					case Regexp.Op.PLUS:
						out += "+";
						break;
					case Regexp.Op.QUEST:
						out += "?";
						break;
					case Regexp.Op.REPEAT:
						out += `{${this.min}`;
						if (this.min !== this.max) {
							out += ",";
							if (this.max >= 0) out += this.max;
						}
						out += "}";
				}
				if ((this.flags & RE2Flags.NON_GREEDY) !== 0) out += "?";
				break;
			}
			case Regexp.Op.CONCAT:
				for (let sub of this.subs) if (sub.op === Regexp.Op.ALTERNATE) out += `(?:${sub.appendTo()})`;
				else out += sub.appendTo();
				break;
			case Regexp.Op.ALTERNATE: {
				let sep = "";
				for (let sub of this.subs) {
					out += sep;
					sep = "|";
					out += sub.appendTo();
				}
				break;
			}
			case Regexp.Op.LITERAL:
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += "(?i:";
				for (let rune of this.runes) out += Utils.escapeRune(rune);
				if ((this.flags & RE2Flags.FOLD_CASE) !== 0) out += ")";
				break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				out += "(?-s:.)";
				break;
			case Regexp.Op.ANY_CHAR:
				out += "(?s:.)";
				break;
			case Regexp.Op.PLB:
				out += `(?<=${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.NLB:
				out += `(?<!${this.subs[0].appendTo()})`;
				break;
			case Regexp.Op.CAPTURE:
				if (this.name === null || this.name.length === 0) out += "(";
				else out += `(?P<${this.name}>`;
				if (this.subs[0].op !== Regexp.Op.EMPTY_MATCH) out += this.subs[0].appendTo();
				out += ")";
				break;
			case Regexp.Op.BEGIN_TEXT:
				out += "\\A";
				break;
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== 0) out += "(?-m:$)";
				else out += "\\z";
				break;
			case Regexp.Op.BEGIN_LINE:
				out += "^";
				break;
			case Regexp.Op.END_LINE:
				out += "$";
				break;
			case Regexp.Op.WORD_BOUNDARY:
				out += "\\b";
				break;
			case Regexp.Op.NO_WORD_BOUNDARY:
				out += "\\B";
				break;
			case Regexp.Op.CHAR_CLASS:
				if (this.runes.length % 2 !== 0) {
					out += "[invalid char class]";
					break;
				}
				out += "[";
				if (this.runes.length === 0) out += "^\\x00-\\x{10FFFF}";
				else if (this.runes[0] === 0 && this.runes[this.runes.length - 1] === Unicode.MAX_RUNE) {
					out += "^";
					for (let i = 1; i < this.runes.length - 1; i += 2) {
						const lo = this.runes[i] + 1;
						const hi = this.runes[i + 1] - 1;
						out += Regexp.quoteIfHyphen(lo);
						out += Utils.escapeRune(lo);
						if (lo !== hi) {
							out += "-";
							out += Regexp.quoteIfHyphen(hi);
							out += Utils.escapeRune(hi);
						}
					}
				} else for (let i = 0; i < this.runes.length; i += 2) {
					const lo = this.runes[i];
					const hi = this.runes[i + 1];
					out += Regexp.quoteIfHyphen(lo);
					out += Utils.escapeRune(lo);
					if (lo !== hi) {
						out += "-";
						out += Regexp.quoteIfHyphen(hi);
						out += Utils.escapeRune(hi);
					}
				}
				out += "]";
				break;
			default: out += this.op;
		}
		return out;
	}
	maxCap() {
		let m = 0;
		if (this.op === Regexp.Op.CAPTURE) m = this.cap;
		if (this.subs !== null) for (let sub of this.subs) {
			const n = sub.maxCap();
			if (m < n) m = n;
		}
		return m;
	}
	equals(that) {
		if (!(that !== null && that instanceof Regexp)) return false;
		if (this.op !== that.op) return false;
		switch (this.op) {
			case Regexp.Op.END_TEXT:
				if ((this.flags & RE2Flags.WAS_DOLLAR) !== (that.flags & RE2Flags.WAS_DOLLAR)) return false;
				break;
			case Regexp.Op.LITERAL:
			case Regexp.Op.CHAR_CLASS:
				if ((this.flags & RE2Flags.FOLD_CASE) !== (that.flags & RE2Flags.FOLD_CASE)) return false;
				if (this.runes === null && that.runes === null) break;
				if (this.runes === null || that.runes === null) return false;
				if (this.runes.length !== that.runes.length) return false;
				for (let i = 0; i < this.runes.length; i++) if (this.runes[i] !== that.runes[i]) return false;
				break;
			case Regexp.Op.ALTERNATE:
			case Regexp.Op.CONCAT:
				if (this.subs.length !== that.subs.length) return false;
				for (let i = 0; i < this.subs.length; ++i) if (!this.subs[i].equals(that.subs[i])) return false;
				break;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.REPEAT:
				if ((this.flags & RE2Flags.NON_GREEDY) !== (that.flags & RE2Flags.NON_GREEDY) || this.min !== that.min || this.max !== that.max || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.CAPTURE:
				if (this.cap !== that.cap || (this.name === null ? that.name !== null : this.name !== that.name) || !this.subs[0].equals(that.subs[0])) return false;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: if (this.lb !== that.lb || !this.subs[0].equals(that.subs[0])) return false;
		}
		return true;
	}
};
// src/RegexpWalker.js
/**
* Walks a Regexp tree without recursion, visiting nodes in the same order a recursive walk
* would (RE2: re2/walker-inl.h, "Helper class for traversing Regexps without recursion").
*
* The handler sees a node without subexpressions once, through `leaf(re)`, which returns its
* result. Any other node is seen up to three times:
* - `enter(re)` before its children. It returns the state kept for `re` while its children are
*   visited; a state whose `result` is already set skips the children.
* - `child(re, state, result, i)` after child `i` produced `result`. Setting `state.result`
*   stops visiting the remaining children.
* - `leave(re, state)` after the last child; it returns the result for `re`.
*
* Counted repetitions expand into one nesting level per copy, so the simplified tree can be
* thousands of levels deep; recursion over it would overflow the JS stack, which has no fixed
* relation to the parser's nesting limit. This walk keeps its frames on the heap instead.
*/
var RegexpWalker = class {
	static walk(root, handler) {
		const stack = [];
		let re = root;
		let result;
		for (;;) {
			if (re.subs.length === 0) result = handler.leaf(re);
			else {
				const state = handler.enter(re);
				if (state.result === void 0) {
					stack.push({
						re,
						state,
						i: 0
					});
					re = re.subs[0];
					continue;
				}
				result = state.result;
			}
			for (;;) {
				if (stack.length === 0) return result;
				const frame = stack[stack.length - 1];
				handler.child(frame.re, frame.state, result, frame.i);
				frame.i++;
				if (frame.state.result === void 0 && frame.i < frame.re.subs.length) {
					re = frame.re.subs[frame.i];
					break;
				}
				stack.pop();
				result = frame.state.result !== void 0 ? frame.state.result : handler.leave(frame.re, frame.state);
			}
		}
	}
};
// src/Prefilter.js
var AhoCorasick = class {
	constructor(words, alphabetSize) {
		const edges = /* @__PURE__ */ new Map();
		const parent = [0];
		const unit = [0];
		const depth = [0];
		const terminal = [0];
		for (const word of words) {
			let node = 0;
			for (let i = 0; i < word.length; i++) {
				const key = node * alphabetSize + word[i];
				let child = edges.get(key);
				if (child === void 0) {
					child = parent.length;
					edges.set(key, child);
					parent.push(node);
					unit.push(word[i]);
					depth.push(depth[node] + 1);
					terminal.push(0);
				}
				node = child;
			}
			terminal[node] = 1;
		}
		const numNodes = parent.length;
		const children = new Int32Array(numNodes - 1);
		for (let c = 1; c < numNodes; c++) children[c - 1] = c;
		children.sort((a, b) => parent[a] - parent[b] || unit[a] - unit[b]);
		const childStart = new Int32Array(numNodes + 1);
		for (let c = 1; c < numNodes; c++) childStart[parent[c] + 1]++;
		for (let n = 0; n < numNodes; n++) childStart[n + 1] += childStart[n];
		const childUnit = new Int32Array(numNodes - 1);
		for (let k = 0; k < children.length; k++) childUnit[k] = unit[children[k]];
		this.childStart = childStart;
		this.childUnit = childUnit;
		this.childNode = children;
		const byDepth = new Int32Array(numNodes);
		for (let n = 0; n < numNodes; n++) byDepth[n] = n;
		byDepth.sort((a, b) => depth[a] - depth[b]);
		const fail = new Int32Array(numNodes);
		const match = Uint8Array.from(terminal);
		for (let k = 1; k < numNodes; k++) {
			const c = byDepth[k];
			const p = parent[c];
			if (p !== 0) {
				let f = fail[p];
				let next = this.next(f, unit[c]);
				while (next < 0 && f !== 0) {
					f = fail[f];
					next = this.next(f, unit[c]);
				}
				fail[c] = next >= 0 ? next : 0;
			}
			match[c] |= match[fail[c]];
		}
		this.fail = fail;
		this.match = match;
	}
	next(node, u) {
		let lo = this.childStart[node];
		let hi = this.childStart[node + 1];
		const units = this.childUnit;
		while (lo < hi) {
			const mid = lo + hi >> 1;
			const m = units[mid];
			if (m === u) return this.childNode[mid];
			if (m < u) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}
	advance(node, u) {
		for (;;) {
			const next = this.next(node, u);
			if (next >= 0) return next;
			if (node === 0) return 0;
			node = this.fail[node];
		}
	}
	searchUTF16(charSeq, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, charSeq.charCodeAt(i));
			if (this.match[node] === 1) return true;
		}
		return false;
	}
	searchUTF8(bytes, start, end) {
		let node = 0;
		for (let i = start; i < end; i++) {
			node = this.advance(node, bytes[i]);
			if (this.match[node] === 1) return true;
		}
		return false;
	}
};
var Prefilter = class Prefilter {
	static Type = {
		NONE: 0,
		EXACT: 1,
		AND: 2,
		OR: 3
	};
	static MAX_SCANS = 32;
	static MAX_AC_UNITS = 1 << 18;
	constructor(type) {
		this.type = type;
		this.subs = [];
		this.str = "";
		this.bytes = null;
		this.cost = type === Prefilter.Type.EXACT ? 1 : 0;
		this.allExact = false;
		this.ac16 = null;
		this.ac8 = null;
	}
	automaton16() {
		if (this.ac16 === null) {
			const words = this.subs.map((s) => {
				const arr = new Array(s.str.length);
				for (let i = 0; i < s.str.length; i++) arr[i] = s.str.charCodeAt(i);
				return arr;
			});
			this.ac16 = new AhoCorasick(words, 65536);
		}
		return this.ac16;
	}
	automaton8() {
		if (this.ac8 === null) this.ac8 = new AhoCorasick(this.subs.map((s) => s.bytes), 256);
		return this.ac8;
	}
	eval(input, pos) {
		switch (this.type) {
			case Prefilter.Type.NONE: return true;
			case Prefilter.Type.EXACT: return input.hasString(this, pos);
			case Prefilter.Type.AND:
				for (let i = 0; i < this.subs.length; i++) if (!this.subs[i].eval(input, pos)) return false;
				return true;
			case Prefilter.Type.OR:
				if (this.allExact) return input.hasAnyString(this, pos);
				for (let i = 0; i < this.subs.length; i++) if (this.subs[i].eval(input, pos)) return true;
				return false;
			default: return true;
		}
	}
};
var PrefilterTree = class PrefilterTree {
	static build(re) {
		if (!re) return new Prefilter(Prefilter.Type.NONE);
		return RegexpWalker.walk(re, PrefilterTree.WALKER);
	}
	static WALKER = {
		leaf: (re) => PrefilterTree.leaf(re),
		enter: (re) => PrefilterTree.enter(re),
		child: (re, state, result) => PrefilterTree.child(re, state, result),
		leave: (re, state) => PrefilterTree.leave(re, state)
	};
	static leaf(re) {
		if (re.op !== Regexp.Op.LITERAL) return new Prefilter(Prefilter.Type.NONE);
		if (re.runes.length === 0 || (re.flags & RE2Flags.FOLD_CASE) !== 0) return new Prefilter(Prefilter.Type.NONE);
		let str = "";
		for (let i = 0; i < re.runes.length; i++) {
			if (Unicode.isUnsearchable(re.runes[i])) return new Prefilter(Prefilter.Type.NONE);
			str += String.fromCodePoint(re.runes[i]);
		}
		const pf = new Prefilter(Prefilter.Type.EXACT);
		pf.str = str;
		pf.bytes = Utils.stringToUtf8ByteArray(pf.str);
		return pf;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.CAPTURE:
			case Regexp.Op.PLUS: return { sub: null };
			case Regexp.Op.REPEAT:
				if (re.min >= 1) return { sub: null };
				return { result: new Prefilter(Prefilter.Type.NONE) };
			case Regexp.Op.CONCAT: return {
				pf: new Prefilter(Prefilter.Type.AND),
				subs: []
			};
			case Regexp.Op.ALTERNATE: return {
				pf: new Prefilter(Prefilter.Type.OR),
				subs: []
			};
			default: return { result: new Prefilter(Prefilter.Type.NONE) };
		}
	}
	static child(re, state, s) {
		if (state.subs === void 0) {
			state.sub = s;
			return;
		}
		if (state.pf.type === Prefilter.Type.AND) {
			if (s.type === Prefilter.Type.NONE) return;
			if (s.type === Prefilter.Type.AND) {
				for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
				return;
			}
			state.subs.push(s);
			return;
		}
		if (s.type === Prefilter.Type.NONE) {
			state.result = new Prefilter(Prefilter.Type.NONE);
			return;
		}
		if (s.type === Prefilter.Type.OR) {
			for (let j = 0; j < s.subs.length; j++) state.subs.push(s.subs[j]);
			return;
		}
		state.subs.push(s);
	}
	static leave(re, state) {
		if (state.subs === void 0) return state.sub;
		const pf = state.pf;
		const seen = /* @__PURE__ */ new Set();
		const subs = [];
		for (const sub of state.subs) {
			if (sub.type === Prefilter.Type.EXACT) {
				if (seen.has(sub.str)) continue;
				seen.add(sub.str);
			}
			subs.push(sub);
		}
		if (pf.type === Prefilter.Type.AND) {
			const kept = [];
			let cost = 0;
			for (const sub of subs) {
				if (cost + sub.cost > Prefilter.MAX_SCANS) continue;
				kept.push(sub);
				cost += sub.cost;
			}
			if (kept.length === 0) return new Prefilter(Prefilter.Type.NONE);
			if (kept.length === 1) return kept[0];
			pf.subs = kept;
			pf.cost = cost;
			return pf;
		}
		if (subs.length === 0) return new Prefilter(Prefilter.Type.NONE);
		if (subs.length === 1) return subs[0];
		pf.subs = subs;
		let allExact = true;
		let cost = 0;
		let units = 0;
		for (const sub of subs) {
			if (sub.type !== Prefilter.Type.EXACT) allExact = false;
			else units += sub.bytes.length;
			cost += sub.cost;
		}
		if (allExact) {
			if (units > Prefilter.MAX_AC_UNITS) return new Prefilter(Prefilter.Type.NONE);
			pf.allExact = true;
			pf.cost = 1;
			return pf;
		}
		if (cost > Prefilter.MAX_SCANS) return new Prefilter(Prefilter.Type.NONE);
		pf.cost = cost;
		return pf;
	}
};
// src/Prog.js
/**
* A list of instruction pointers waiting to be patched.
* Tracks both `head` and `tail` to allow O(1) appending during compilation.
* * Values are encoded integers, not standard memory pointers:
* - Program instruction index: `l >> 1`
* - Patch `.out` field if: `(l & 1) === 0`
* - Patch `.arg` field if: `(l & 1) === 1`
* - `0` denotes an empty list.
* * @see https://swtch.com/~rsc/regexp/regexp1.html
*/
var PatchList = class {
	/**
	* @param {number} head - Encoded pointer to the start of the patch list.
	* @param {number} tail - Encoded pointer to the end of the patch list.
	*/
	constructor(head = 0, tail = 0) {
		this.head = head;
		this.tail = tail;
	}
};
/**
* A Prog is a compiled regular expression program.
*/
var Prog = class {
	constructor() {
		this.inst = [];
		this.start = 0;
		this.numCap = 2;
		this.lbStarts = [];
		this.numLb = 0;
		this.lbInst = null;
	}
	getInst(pc) {
		return this.inst[pc];
	}
	numInst() {
		return this.inst.length;
	}
	addInst(op) {
		this.inst.push(new Inst(op));
	}
	markLookbehindInsts() {
		const lbInst = new Uint8Array(this.inst.length);
		const pending = this.lbStarts.slice();
		while (pending.length > 0) {
			const pc = pending.pop();
			if (pc === 0 || lbInst[pc] === 1) continue;
			lbInst[pc] = 1;
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.ALT:
				case Inst.ALT_MATCH:
					pending.push(i.out, i.arg);
					break;
				case Inst.MATCH:
				case Inst.FAIL: break;
				default: pending.push(i.out);
			}
		}
		this.lbInst = lbInst;
	}
	skipNop(pc) {
		let i = this.inst[pc];
		while (i.op === Inst.NOP || i.op === Inst.CAPTURE) {
			i = this.inst[pc];
			pc = i.out;
		}
		return i;
	}
	/** @returns {[boolean, string]} */
	prefix() {
		let prefix = "";
		let i = this.skipNop(this.start);
		if (!Inst.isRuneOp(i.op) || i.runes.length !== 1) return [i.op === Inst.MATCH, prefix];
		while (Inst.isRuneOp(i.op) && i.runes.length === 1 && (i.arg & RE2Flags.FOLD_CASE) === 0 && !Unicode.isUnsearchable(i.runes[0])) {
			prefix += String.fromCodePoint(i.runes[0]);
			i = this.skipNop(i.out);
		}
		return [i.op === Inst.MATCH, prefix];
	}
	startCond() {
		let flag = 0;
		let pc = this.start;
		loop: for (;;) {
			const i = this.inst[pc];
			switch (i.op) {
				case Inst.EMPTY_WIDTH:
					flag |= i.arg;
					break;
				case Inst.FAIL: return -1;
				case Inst.CAPTURE:
				case Inst.NOP: break;
				default: break loop;
			}
			pc = i.out;
		}
		return flag;
	}
	patch(l, val) {
		let head = l.head;
		while (head !== 0) {
			const i = this.inst[head >> 1];
			if ((head & 1) === 0) {
				head = i.out;
				i.out = val;
			} else {
				head = i.arg;
				i.arg = val;
			}
		}
	}
	append(l1, l2) {
		if (l1.head === 0) return l2;
		if (l2.head === 0) return l1;
		const i = this.inst[l1.tail >> 1];
		if ((l1.tail & 1) === 0) i.out = l2.head;
		else i.arg = l2.head;
		return new PatchList(l1.head, l2.tail);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		let out = "";
		for (let pc = 0; pc < this.inst.length; pc++) {
			const len = out.length;
			out += pc;
			if (pc === this.start) out += "*";
			out += "        ".substring(out.length - len);
			out += this.inst[pc];
			out += "\n";
		}
		return out;
	}
};
// src/Compiler.js
const ANY_RUNE_NOT_NL = new Int32Array([
	0,
	Codepoint.CODES["\n"] - 1,
	Codepoint.CODES["\n"] + 1,
	Unicode.MAX_RUNE
]);
const ANY_RUNE = new Int32Array([0, Unicode.MAX_RUNE]);
/**
* A fragment of a compiled regular expression program.
*
* @see http://swtch.com/~rsc/regexp/regexp1.html
* @class
*/
var Frag = class {
	constructor(i = 0, out = new PatchList(), nullable = false) {
		this.i = i;
		this.out = out;
		this.nullable = nullable;
	}
};
/**
* Compiler from {@code Regexp} (RE2 abstract syntax) to {@code RE2} (compiled regular expression).
*
* The only entry point is {@link #compileRegexp}.
*/
var Compiler = class Compiler {
	static compileRegexp(re) {
		const c = new Compiler();
		const f = c.compile(re);
		c.prog.patch(f.out, c.newInst(Inst.MATCH).i);
		c.prog.start = f.i;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	static compileSet(regexps) {
		const c = new Compiler();
		if (regexps.length === 0) {
			c.prog.start = c.newInst(Inst.FAIL).i;
			c.prog.markLookbehindInsts();
			return c.prog;
		}
		let starts = [];
		for (let i = 0; i < regexps.length; i++) {
			c.lbOffset = c.prog.numLb;
			const f = c.compile(regexps[i]);
			const m = c.newInst(Inst.MATCH);
			c.prog.getInst(m.i).arg = i;
			c.prog.patch(f.out, m.i);
			starts.push(f.i);
		}
		let start = starts[0];
		for (let i = 1; i < starts.length; i++) {
			const f = c.newInst(Inst.ALT);
			const inst = c.prog.getInst(f.i);
			inst.out = start;
			inst.arg = starts[i];
			start = f.i;
		}
		c.prog.start = start;
		c.prog.markLookbehindInsts();
		return c.prog;
	}
	constructor() {
		this.prog = new Prog();
		this.newInst(Inst.FAIL);
		this.lbOffset = 0;
		this.runeCache = /* @__PURE__ */ new Map();
		this.walker = {
			leaf: (re) => this.leaf(re),
			enter: (re) => this.enter(re),
			child: (re, state, result) => this.child(re, state, result),
			leave: (re, state) => this.leave(re, state)
		};
	}
	newInst(op) {
		this.prog.addInst(op);
		return new Frag(this.prog.numInst() - 1, new PatchList(), true);
	}
	nop() {
		const f = this.newInst(Inst.NOP);
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	fail() {
		return new Frag();
	}
	cap(arg) {
		const f = this.newInst(Inst.CAPTURE);
		f.out = new PatchList(f.i << 1, f.i << 1);
		this.prog.getInst(f.i).arg = arg;
		if (this.prog.numCap < arg + 1) this.prog.numCap = arg + 1;
		return f;
	}
	cat(f1, f2) {
		if (f1.i === 0 || f2.i === 0) {
			this.prog.patch(f1.out, 0);
			this.prog.patch(f2.out, 0);
			return this.fail();
		}
		this.prog.patch(f1.out, f2.i);
		return new Frag(f1.i, f2.out, f1.nullable && f2.nullable);
	}
	alt(f1, f2) {
		if (f1.i === 0) return f2;
		if (f2.i === 0) return f1;
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		i.out = f1.i;
		i.arg = f2.i;
		f.out = this.prog.append(f1.out, f2.out);
		f.nullable = f1.nullable || f2.nullable;
		return f;
	}
	loop(f1, nongreedy) {
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		this.prog.patch(f1.out, f.i);
		return f;
	}
	quest(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		const f = this.newInst(Inst.ALT);
		const i = this.prog.getInst(f.i);
		if (nongreedy) {
			i.arg = f1.i;
			f.out = new PatchList(f.i << 1, f.i << 1);
		} else {
			i.out = f1.i;
			f.out = new PatchList(f.i << 1 | 1, f.i << 1 | 1);
		}
		f.out = this.prog.append(f.out, f1.out);
		return f;
	}
	star(f1, nongreedy) {
		if (f1.i === 0) return this.nop();
		if (f1.nullable) return this.quest(this.plus(f1, nongreedy), nongreedy);
		return this.loop(f1, nongreedy);
	}
	plus(f1, nongreedy) {
		if (f1.i === 0) return this.fail();
		return new Frag(f1.i, this.loop(f1, nongreedy).out, f1.nullable);
	}
	empty(op) {
		const f = this.newInst(Inst.EMPTY_WIDTH);
		this.prog.getInst(f.i).arg = op;
		f.out = new PatchList(f.i << 1, f.i << 1);
		return f;
	}
	rune(runes, flags) {
		const f = this.newInst(Inst.RUNE);
		f.nullable = false;
		const i = this.prog.getInst(f.i);
		i.runes = runes;
		flags &= RE2Flags.FOLD_CASE;
		if (runes.length !== 1 || Unicode.simpleFold(runes[0]) === runes[0]) flags &= ~RE2Flags.FOLD_CASE;
		i.arg = flags;
		f.out = new PatchList(f.i << 1, f.i << 1);
		if ((flags & RE2Flags.FOLD_CASE) === 0 && runes.length === 1 || runes.length === 2 && runes[0] === runes[1]) i.op = Inst.RUNE1;
		else if (runes.length === 2 && runes[0] === 0 && runes[1] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY;
		else if (runes.length === 4 && runes[0] === 0 && runes[1] === Codepoint.CODES["\n"] - 1 && runes[2] === Codepoint.CODES["\n"] + 1 && runes[3] === Unicode.MAX_RUNE) i.op = Inst.RUNE_ANY_NOT_NL;
		return f;
	}
	lookBehind(a, parsedLb) {
		const lb = Math.sign(parsedLb) * (Math.abs(parsedLb) + this.lbOffset);
		const id = this.newInst(Inst.LB_WRITE);
		this.prog.getInst(id.i).arg = lb;
		const any = this.rune(ANY_RUNE, 0);
		const dotStar = this.star(any, true);
		const lbAutomaton = this.cat(dotStar, a);
		this.prog.patch(lbAutomaton.out, id.i);
		const checkId = this.newInst(Inst.LB_CHECK);
		this.prog.getInst(checkId.i).arg = lb;
		this.prog.lbStarts.push(lbAutomaton.i);
		if (Math.abs(lb) > this.prog.numLb) this.prog.numLb = Math.abs(lb);
		checkId.out = new PatchList(checkId.i << 1, checkId.i << 1);
		return checkId;
	}
	compile(re) {
		return RegexpWalker.walk(re, this.walker);
	}
	leaf(re) {
		switch (re.op) {
			case Regexp.Op.NO_MATCH: return this.fail();
			case Regexp.Op.EMPTY_MATCH: return this.nop();
			case Regexp.Op.LITERAL: {
				if (re.runes.length === 0) return this.nop();
				let f = null;
				for (let r of re.runes) {
					let singleRune = this.runeCache.get(r);
					if (singleRune === void 0) {
						singleRune = new Int32Array([r]);
						this.runeCache.set(r, singleRune);
					}
					const f1 = this.rune(singleRune, re.flags);
					f = f === null ? f1 : this.cat(f, f1);
				}
				return f;
			}
			case Regexp.Op.CHAR_CLASS: return this.rune(re.runes, re.flags);
			case Regexp.Op.ANY_CHAR_NOT_NL: return this.rune(ANY_RUNE_NOT_NL, 0);
			case Regexp.Op.ANY_CHAR: return this.rune(ANY_RUNE, 0);
			case Regexp.Op.BEGIN_LINE: return this.empty(Utils.EMPTY_BEGIN_LINE);
			case Regexp.Op.END_LINE: return this.empty(Utils.EMPTY_END_LINE);
			case Regexp.Op.BEGIN_TEXT: return this.empty(Utils.EMPTY_BEGIN_TEXT);
			case Regexp.Op.END_TEXT: return this.empty(Utils.EMPTY_END_TEXT);
			case Regexp.Op.WORD_BOUNDARY: return this.empty(Utils.EMPTY_WORD_BOUNDARY);
			case Regexp.Op.NO_WORD_BOUNDARY: return this.empty(Utils.EMPTY_NO_WORD_BOUNDARY);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return this.nop();
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CAPTURE: return {
				bra: this.cap(re.cap << 1),
				sub: null
			};
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return { f: null };
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
	child(re, state, f1) {
		if (re.op === Regexp.Op.CONCAT) state.f = state.f === null ? f1 : this.cat(state.f, f1);
		else if (re.op === Regexp.Op.ALTERNATE) state.f = state.f === null ? f1 : this.alt(state.f, f1);
		else state.sub = f1;
	}
	leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB: return this.lookBehind(state.sub, re.lb);
			case Regexp.Op.CAPTURE: {
				const ket = this.cap(re.cap << 1 | 1);
				return this.cat(this.cat(state.bra, state.sub), ket);
			}
			case Regexp.Op.STAR: return this.star(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.PLUS: return this.plus(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.QUEST: return this.quest(state.sub, (re.flags & RE2Flags.NON_GREEDY) !== 0);
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return state.f;
			default: throw new RE2JSCompileException("regexp: unhandled case in compile");
		}
	}
};
// src/Simplify.js
var Simplify = class Simplify {
	static simplify(re) {
		if (re === null) return null;
		return RegexpWalker.walk(re, Simplify.WALKER);
	}
	static WALKER = {
		leaf: (re) => Simplify.leaf(re),
		enter: (re) => Simplify.enter(re),
		child: (re, state, result, i) => Simplify.child(re, state, result, i),
		leave: (re, state) => Simplify.leave(re, state)
	};
	static leaf(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			if (re.runes === null) return re;
			if (re.runes.length === 0) return new Regexp(Regexp.Op.NO_MATCH);
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR);
			if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) return new Regexp(Regexp.Op.ANY_CHAR_NOT_NL);
		}
		return re;
	}
	static enter(re) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return { sub: null };
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE: return {
				subs: [],
				changed: false
			};
			case Regexp.Op.REPEAT:
				if (re.min === 0 && re.max === 0) return { result: new Regexp(Regexp.Op.EMPTY_MATCH) };
				return { sub: null };
			default: return { result: re };
		}
	}
	static child(re, state, nsub, i) {
		if (state.subs === void 0) {
			state.sub = nsub;
			return;
		}
		if (nsub !== re.subs[i]) state.changed = true;
		if (re.op === Regexp.Op.CONCAT) {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.result = new Regexp(Regexp.Op.NO_MATCH);
				return;
			}
			if (nsub.op === Regexp.Op.EMPTY_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.CONCAT) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		} else {
			if (nsub.op === Regexp.Op.NO_MATCH) {
				state.changed = true;
				return;
			}
			if (nsub.op === Regexp.Op.ALTERNATE) {
				state.changed = true;
				for (let j = 0; j < nsub.subs.length; j++) state.subs.push(nsub.subs[j]);
				return;
			}
		}
		state.subs.push(nsub);
	}
	static leave(re, state) {
		switch (re.op) {
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE: {
				const sub = state.sub;
				if (sub !== re.subs[0]) {
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = [sub];
					return nre;
				}
				return re;
			}
			case Regexp.Op.CONCAT:
			case Regexp.Op.ALTERNATE:
				if (state.changed) {
					const newSubs = state.subs;
					if (newSubs.length === 0) return new Regexp(re.op === Regexp.Op.CONCAT ? Regexp.Op.EMPTY_MATCH : Regexp.Op.NO_MATCH);
					if (newSubs.length === 1) return newSubs[0];
					const nre = Regexp.fromRegexp(re);
					nre.runes = /* @__PURE__ */ new Int32Array(0);
					nre.subs = newSubs;
					return nre;
				}
				return re;
			case Regexp.Op.STAR:
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST: return Simplify.simplify1(re.op, re.flags, state.sub, re);
			case Regexp.Op.REPEAT: return Simplify.simplifyRepeat(re, state.sub);
			default: return re;
		}
	}
	static simplifyRepeat(re, sub) {
		if (re.max === -1) {
			if (re.min === 0) return Simplify.simplify1(Regexp.Op.STAR, re.flags, sub, null);
			if (re.min === 1) return Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null);
			const subs = [];
			for (let i = 0; i < re.min - 1; i++) subs.push(sub);
			subs.push(Simplify.simplify1(Regexp.Op.PLUS, re.flags, sub, null));
			return Simplify.concat(subs);
		}
		if (re.min === 1 && re.max === 1) return sub;
		let prefixSubs = null;
		if (re.min > 0) {
			prefixSubs = [];
			for (let i = 0; i < re.min; i++) prefixSubs.push(sub);
		}
		if (re.max > re.min) {
			let suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, sub, null);
			for (let i = re.min + 1; i < re.max; i++) suffix = Simplify.simplify1(Regexp.Op.QUEST, re.flags, Simplify.concat([sub, suffix]), null);
			if (prefixSubs === null) return suffix;
			prefixSubs.push(suffix);
		}
		if (prefixSubs !== null) return Simplify.concat(prefixSubs);
		return new Regexp(Regexp.Op.NO_MATCH);
	}
	static concat(subs) {
		const newSubs = [];
		for (let i = 0; i < subs.length; i++) {
			const sub = subs[i];
			if (sub.op === Regexp.Op.NO_MATCH) return new Regexp(Regexp.Op.NO_MATCH);
			if (sub.op === Regexp.Op.EMPTY_MATCH) continue;
			if (sub.op === Regexp.Op.CONCAT) {
				for (let j = 0; j < sub.subs.length; j++) newSubs.push(sub.subs[j]);
				continue;
			}
			newSubs.push(sub);
		}
		if (newSubs.length === 0) return new Regexp(Regexp.Op.EMPTY_MATCH);
		if (newSubs.length === 1) return newSubs[0];
		const nre = new Regexp(Regexp.Op.CONCAT);
		nre.subs = newSubs;
		return nre;
	}
	static simplify1(op, flags, sub, re) {
		if (sub.op === Regexp.Op.EMPTY_MATCH) return sub;
		if (sub.op === Regexp.Op.NO_MATCH) {
			if (op === Regexp.Op.PLUS) return sub;
			return new Regexp(Regexp.Op.EMPTY_MATCH);
		}
		if (op === sub.op && (flags & RE2Flags.NON_GREEDY) === (sub.flags & RE2Flags.NON_GREEDY)) return sub;
		if (re !== null && re.op === op && (re.flags & RE2Flags.NON_GREEDY) === (flags & RE2Flags.NON_GREEDY) && sub === re.subs[0]) return re;
		const nre = new Regexp(op);
		nre.flags = flags;
		nre.subs = [sub];
		return nre;
	}
};
// src/CharGroup.js
var CharGroup = class {
	constructor(sign, cls) {
		this.sign = sign;
		this.cls = cls;
	}
};
const code1 = [48, 57];
const code2 = [
	9,
	10,
	12,
	13,
	32,
	32
];
const code3 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const PERL_GROUPS = /* @__PURE__ */ new Map([
	["\\d", new CharGroup(1, code1)],
	["\\D", new CharGroup(-1, code1)],
	["\\s", new CharGroup(1, code2)],
	["\\S", new CharGroup(-1, code2)],
	["\\w", new CharGroup(1, code3)],
	["\\W", new CharGroup(-1, code3)]
]);
const code4 = [
	48,
	57,
	65,
	90,
	97,
	122
];
const code5 = [
	65,
	90,
	97,
	122
];
const code6 = [0, 127];
const code7 = [
	9,
	9,
	32,
	32
];
const code8 = [
	0,
	31,
	127,
	127
];
const code9 = [48, 57];
const code10 = [33, 126];
const code11 = [97, 122];
const code12 = [32, 126];
const code13 = [
	33,
	47,
	58,
	64,
	91,
	96,
	123,
	126
];
const code14 = [
	9,
	13,
	32,
	32
];
const code15 = [65, 90];
const code16 = [
	48,
	57,
	65,
	90,
	95,
	95,
	97,
	122
];
const code17 = [
	48,
	57,
	65,
	70,
	97,
	102
];
const POSIX_GROUPS = /* @__PURE__ */ new Map([
	["[:alnum:]", new CharGroup(1, code4)],
	["[:^alnum:]", new CharGroup(-1, code4)],
	["[:alpha:]", new CharGroup(1, code5)],
	["[:^alpha:]", new CharGroup(-1, code5)],
	["[:ascii:]", new CharGroup(1, code6)],
	["[:^ascii:]", new CharGroup(-1, code6)],
	["[:blank:]", new CharGroup(1, code7)],
	["[:^blank:]", new CharGroup(-1, code7)],
	["[:cntrl:]", new CharGroup(1, code8)],
	["[:^cntrl:]", new CharGroup(-1, code8)],
	["[:digit:]", new CharGroup(1, code9)],
	["[:^digit:]", new CharGroup(-1, code9)],
	["[:graph:]", new CharGroup(1, code10)],
	["[:^graph:]", new CharGroup(-1, code10)],
	["[:lower:]", new CharGroup(1, code11)],
	["[:^lower:]", new CharGroup(-1, code11)],
	["[:print:]", new CharGroup(1, code12)],
	["[:^print:]", new CharGroup(-1, code12)],
	["[:punct:]", new CharGroup(1, code13)],
	["[:^punct:]", new CharGroup(-1, code13)],
	["[:space:]", new CharGroup(1, code14)],
	["[:^space:]", new CharGroup(-1, code14)],
	["[:upper:]", new CharGroup(1, code15)],
	["[:^upper:]", new CharGroup(-1, code15)],
	["[:word:]", new CharGroup(1, code16)],
	["[:^word:]", new CharGroup(-1, code16)],
	["[:xdigit:]", new CharGroup(1, code17)],
	["[:^xdigit:]", new CharGroup(-1, code17)]
]);
// src/CharClass.js
/**
* A "builder"-style helper class for manipulating character classes represented as an array of
* pairs of runes [lo, hi], each denoting an inclusive interval.
*
* All methods mutate the internal state and return {@code this}, allowing operations to be chained.
*/
var CharClass = class CharClass {
	static charClassToString(r, len) {
		let result = "[";
		for (let i = 0; i < len; i += 2) {
			if (i > 0) result += " ";
			const lo = r[i];
			const hi = r[i + 1];
			if (lo === hi) result += `0x${lo.toString(16)}`;
			else result += `0x${lo.toString(16)}-0x${hi.toString(16)}`;
		}
		result += "]";
		return result;
	}
	static sortRanges(array, len) {
		const n = len >> 1;
		const order = new Array(n);
		for (let i = 0; i < n; i++) order[i] = i;
		order.sort((a, b) => array[2 * a] - array[2 * b] || array[2 * b + 1] - array[2 * a + 1]);
		const sorted = array.slice(0, len);
		for (let i = 0; i < n; i++) {
			array[2 * i] = sorted[2 * order[i]];
			array[2 * i + 1] = sorted[2 * order[i] + 1];
		}
	}
	/**
	* @param {number[]|Int32Array} [r]
	*/
	constructor(r = Utils.emptyInts()) {
		/** @type {number[]|Int32Array} */
		this.r = r;
		this.len = r.length;
	}
	toArray() {
		if (this.r instanceof Int32Array) return this.len === this.r.length ? this.r : this.r.subarray(0, this.len);
		return new Int32Array(this.len === this.r.length ? this.r : this.r.slice(0, this.len));
	}
	toGrowableArray() {
		if (Array.isArray(this.r)) {
			this.r.length = this.len;
			return this.r;
		}
		return Array.from(this.r.subarray(0, this.len));
	}
	cleanClass() {
		if (this.len < 4) return this;
		CharClass.sortRanges(this.r, this.len);
		let w = 2;
		for (let i = 2; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (lo <= this.r[w - 1] + 1) {
				if (hi > this.r[w - 1]) this.r[w - 1] = hi;
				continue;
			}
			this.r[w] = lo;
			this.r[w + 1] = hi;
			w += 2;
		}
		this.len = w;
		return this;
	}
	appendLiteral(x, flags) {
		return (flags & RE2Flags.FOLD_CASE) !== 0 ? this.appendFoldedRange(x, x) : this.appendRange(x, x);
	}
	appendRange(lo, hi) {
		if (this.len > 0) {
			for (let i = 2; i <= 4; i += 2) if (this.len >= i) {
				const rlo = this.r[this.len - i];
				const rhi = this.r[this.len - i + 1];
				if (lo <= rhi + 1 && rlo <= hi + 1) {
					if (lo < rlo) this.r[this.len - i] = lo;
					if (hi > rhi) this.r[this.len - i + 1] = hi;
					return this;
				}
			}
		}
		this.r[this.len++] = lo;
		this.r[this.len++] = hi;
		return this;
	}
	appendFoldedRange(lo, hi) {
		if (lo <= Unicode.MIN_FOLD && hi >= Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (hi < Unicode.MIN_FOLD || lo > Unicode.MAX_FOLD) return this.appendRange(lo, hi);
		if (lo < Unicode.MIN_FOLD) {
			this.appendRange(lo, Unicode.MIN_FOLD - 1);
			lo = Unicode.MIN_FOLD;
		}
		if (hi > Unicode.MAX_FOLD) {
			this.appendRange(Unicode.MAX_FOLD + 1, hi);
			hi = Unicode.MAX_FOLD;
		}
		for (let c = lo; c <= hi; c++) {
			this.appendRange(c, c);
			for (let f = Unicode.simpleFold(c); f !== c; f = Unicode.simpleFold(f)) this.appendRange(f, f);
		}
		return this;
	}
	appendClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendRange(x[i], x[i + 1]);
		return this;
	}
	appendFoldedClass(x) {
		for (let i = 0; i < x.length; i += 2) this.appendFoldedRange(x[i], x[i + 1]);
		return this;
	}
	appendNegatedClass(x) {
		let nextLo = 0;
		for (let i = 0; i < x.length; i += 2) {
			const lo = x[i];
			const hi = x[i + 1];
			if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
			nextLo = hi + 1;
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTable(table) {
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				this.appendRange(lo, hi);
				continue;
			}
			for (let c = lo; c <= hi; c += stride) this.appendRange(c, c);
		}
		return this;
	}
	appendNegatedTable(table) {
		let nextLo = 0;
		for (let i = 0; i < table.length; ++i) {
			const lo = table.getLo(i);
			const hi = table.getHi(i);
			const stride = table.getStride(i);
			if (stride === 1) {
				if (nextLo <= lo - 1) this.appendRange(nextLo, lo - 1);
				nextLo = hi + 1;
				continue;
			}
			for (let c = lo; c <= hi; c += stride) {
				if (nextLo <= c - 1) this.appendRange(nextLo, c - 1);
				nextLo = c + 1;
			}
		}
		if (nextLo <= Unicode.MAX_RUNE) this.appendRange(nextLo, Unicode.MAX_RUNE);
		return this;
	}
	appendTableWithSign(table, sign) {
		return sign < 0 ? this.appendNegatedTable(table) : this.appendTable(table);
	}
	negateClass() {
		let nextLo = 0;
		let w = 0;
		for (let i = 0; i < this.len; i += 2) {
			const lo = this.r[i];
			const hi = this.r[i + 1];
			if (nextLo <= lo - 1) {
				this.r[w] = nextLo;
				this.r[w + 1] = lo - 1;
				w += 2;
			}
			nextLo = hi + 1;
		}
		this.len = w;
		if (nextLo <= Unicode.MAX_RUNE) {
			this.r[this.len++] = nextLo;
			this.r[this.len++] = Unicode.MAX_RUNE;
		}
		return this;
	}
	appendClassWithSign(x, sign) {
		return sign < 0 ? this.appendNegatedClass(x) : this.appendClass(x);
	}
	appendGroup(g, foldCase) {
		let cls = g.cls;
		if (foldCase) cls = new CharClass().appendFoldedClass(cls).cleanClass().toArray();
		return this.appendClassWithSign(cls, g.sign);
	}
	toString() {
		return CharClass.charClassToString(this.r, this.len);
	}
};
// src/Parser.js
var StringIterator = class {
	constructor(str) {
		this.str = str;
		this.position = 0;
	}
	pos() {
		return this.position;
	}
	rewindTo(pos) {
		this.position = pos;
	}
	more() {
		return this.position < this.str.length;
	}
	peek() {
		return this.str.codePointAt(this.position);
	}
	skip(n) {
		this.position += n;
	}
	skipString(s) {
		this.position += s.length;
	}
	pop() {
		const r = this.str.codePointAt(this.position);
		this.position += Utils.charCount(r);
		return r;
	}
	lookingAt(s) {
		return this.str.startsWith(s, this.position);
	}
	rest() {
		return this.str.substring(this.position);
	}
	from(beforePos) {
		return this.str.substring(beforePos, this.position);
	}
	toString() {
		return this.rest();
	}
};
/**
* A parser of regular expression patterns.
*
* The only public entry point is {@link #parse(String pattern, int flags)}.
*/
var build_Parser = class Parser {
	static ERR_INTERNAL_ERROR = "regexp/syntax: internal error";
	static ERR_INVALID_CHAR_RANGE = "invalid character class range";
	static ERR_INVALID_ESCAPE = "invalid escape sequence";
	static ERR_INVALID_NAMED_CAPTURE = "invalid named capture";
	static ERR_INVALID_PERL_OP = "invalid or unsupported Perl syntax";
	static ERR_INVALID_REPEAT_OP = "invalid nested repetition operator";
	static ERR_INVALID_REPEAT_SIZE = "invalid repeat count";
	static ERR_MISSING_BRACKET = "missing closing ]";
	static ERR_MISSING_PAREN = "missing closing )";
	static ERR_MISSING_REPEAT_ARGUMENT = "missing argument to repetition operator";
	static ERR_TRAILING_BACKSLASH = "trailing backslash at end of expression";
	static ERR_DUPLICATE_NAMED_CAPTURE = "duplicate capture group name";
	static ERR_UNEXPECTED_PAREN = "unexpected )";
	static ERR_NESTING_DEPTH = "expression nests too deeply";
	static ERR_LARGE = "expression too large";
	static ERR_INVALID_CAPTURE_IN_LOOKBEHIND = "invalid capture in lookbehind";
	static MAX_HEIGHT = 1e3;
	static MAX_SIZE = 1398101;
	static MAX_RUNES = 33554432;
	static ANY_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		Unicode.MAX_RUNE,
		1
	]));
	static ASCII_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1
	]));
	static ASCII_FOLD_TABLE = new UnicodeRangeTable(new Uint32Array([
		0,
		127,
		1,
		383,
		383,
		1,
		8490,
		8490,
		1
	]));
	static unicodeTable(name) {
		if (name === "Any") return {
			tab: Parser.ANY_TABLE,
			fold: Parser.ANY_TABLE,
			sign: 1
		};
		if (name === "Ascii") return {
			tab: Parser.ASCII_TABLE,
			fold: Parser.ASCII_FOLD_TABLE,
			sign: 1
		};
		if (name === "Assigned") return {
			tab: UnicodeTables.CATEGORIES.get("Cn"),
			fold: UnicodeTables.CATEGORIES.get("Cn"),
			sign: -1
		};
		if (name === "Lc") return {
			tab: UnicodeTables.CATEGORIES.get("LC"),
			fold: UnicodeTables.FOLD_CATEGORIES.get("LC"),
			sign: 1
		};
		if (UnicodeTables.CATEGORIES.has(name)) return {
			tab: UnicodeTables.CATEGORIES.get(name),
			fold: UnicodeTables.FOLD_CATEGORIES.get(name),
			sign: 1
		};
		if (UnicodeTables.SCRIPTS.has(name)) return {
			tab: UnicodeTables.SCRIPTS.get(name),
			fold: UnicodeTables.FOLD_SCRIPT.get(name),
			sign: 1
		};
		return null;
	}
	static minFoldRune(r) {
		if (r < Unicode.MIN_FOLD || r > Unicode.MAX_FOLD) return r;
		let min = r;
		const r0 = r;
		for (r = Unicode.simpleFold(r); r !== r0; r = Unicode.simpleFold(r)) if (min > r) min = r;
		return min;
	}
	static leadingRegexp(re) {
		if (re.op === Regexp.Op.EMPTY_MATCH) return null;
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = re.subs[0];
			if (sub.op === Regexp.Op.EMPTY_MATCH) return null;
			return sub;
		}
		return re;
	}
	static literalRegexp(s, flags) {
		const re = new Regexp(Regexp.Op.LITERAL);
		re.flags = flags;
		re.runes = Utils.stringToRunes(s);
		return re;
	}
	/**
	* Parse regular expression pattern {@code pattern} with mode flags {@code flags}.
	* @param {string} pattern
	* @param {number} flags
	*/
	static parse(pattern, flags) {
		return new Parser(pattern, flags).parseInternal();
	}
	static parseRepeat(t) {
		const start = t.pos();
		if (!t.more() || !t.lookingAt("{")) return -1;
		t.skip(1);
		const min = Parser.parseInt(t);
		if (min === -1) return -1;
		if (!t.more()) return -1;
		let max;
		if (!t.lookingAt(",")) max = min;
		else {
			t.skip(1);
			if (!t.more()) return -1;
			if (t.lookingAt("}")) max = -1;
			else if ((max = Parser.parseInt(t)) === -1) return -1;
		}
		if (!t.more() || !t.lookingAt("}")) return -1;
		t.skip(1);
		if (min < 0 || min > 1e3 || max === -2 || max > 1e3 || max >= 0 && min > max) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(start));
		return min << 16 | max & Unicode.MAX_BMP;
	}
	static isValidCaptureName(name) {
		if (name.length === 0) return false;
		for (let i = 0; i < name.length; i++) {
			const c = name.codePointAt(i);
			if (c !== Codepoint.CODES["_"] && !Utils.isalnum(c)) return false;
		}
		return true;
	}
	static parseInt(t) {
		const start = t.pos();
		while (t.more() && t.peek() >= Codepoint.CODES["0"] && t.peek() <= Codepoint.CODES["9"]) t.skip(1);
		const n = t.from(start);
		if (n.length === 0 || n.length > 1 && n.codePointAt(0) === Codepoint.CODES["0"]) return -1;
		if (n.length > 8) return -2;
		return parseInt(n, 10);
	}
	static isCharClass(re) {
		return re.op === Regexp.Op.LITERAL && re.runes.length === 1 || re.op === Regexp.Op.CHAR_CLASS || re.op === Regexp.Op.ANY_CHAR_NOT_NL || re.op === Regexp.Op.ANY_CHAR;
	}
	static matchRune(re, r) {
		switch (re.op) {
			case Regexp.Op.LITERAL: return re.runes.length === 1 && re.runes[0] === r;
			case Regexp.Op.CHAR_CLASS:
				for (let i = 0; i < re.runes.length; i += 2) if (re.runes[i] <= r && r <= re.runes[i + 1]) return true;
				return false;
			case Regexp.Op.ANY_CHAR_NOT_NL: return r !== Codepoint.CODES["\n"];
			case Regexp.Op.ANY_CHAR: return true;
		}
		return false;
	}
	static mergeCharClass(dst, src) {
		switch (dst.op) {
			case Regexp.Op.ANY_CHAR: break;
			case Regexp.Op.ANY_CHAR_NOT_NL:
				if (Parser.matchRune(src, Codepoint.CODES["\n"])) dst.op = Regexp.Op.ANY_CHAR;
				break;
			case Regexp.Op.CHAR_CLASS: {
				const cc = new CharClass(Array.isArray(dst.runes) ? dst.runes : Array.from(dst.runes));
				if (src.op === Regexp.Op.LITERAL) cc.appendLiteral(src.runes[0], src.flags);
				else cc.appendClass(src.runes);
				dst.runes = cc.toGrowableArray();
				break;
			}
			case Regexp.Op.LITERAL:
				if (src.runes[0] === dst.runes[0] && src.flags === dst.flags) break;
				dst.op = Regexp.Op.CHAR_CLASS;
				dst.runes = new CharClass().appendLiteral(dst.runes[0], dst.flags).appendLiteral(src.runes[0], src.flags).toGrowableArray();
		}
	}
	static parseEscape(t) {
		const startPos = t.pos();
		t.skip(1);
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_TRAILING_BACKSLASH);
		let c = t.pop();
		bigswitch: switch (c) {
			case Codepoint.CODES["1"]:
			case Codepoint.CODES["2"]:
			case Codepoint.CODES["3"]:
			case Codepoint.CODES["4"]:
			case Codepoint.CODES["5"]:
			case Codepoint.CODES["6"]:
			case Codepoint.CODES["7"]: if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
			case Codepoint.CODES["0"]: {
				let r = c - Codepoint.CODES["0"];
				for (let i = 1; i < 3; i++) {
					if (!t.more() || t.peek() < Codepoint.CODES["0"] || t.peek() > Codepoint.CODES["7"]) break;
					r = r * 8 + t.peek() - Codepoint.CODES["0"];
					t.skip(1);
				}
				return r;
			}
			case Codepoint.CODES["x"]: {
				if (!t.more()) break;
				c = t.pop();
				if (c === Codepoint.CODES["{"]) {
					let nhex = 0;
					let r = 0;
					while (true) {
						if (!t.more()) break bigswitch;
						c = t.pop();
						if (c === Codepoint.CODES["}"]) break;
						const v = Utils.unhex(c);
						if (v < 0) break bigswitch;
						r = r * 16 + v;
						if (r > Unicode.MAX_RUNE) break bigswitch;
						nhex++;
					}
					if (nhex === 0) break bigswitch;
					return r;
				}
				const x = Utils.unhex(c);
				if (!t.more()) break;
				c = t.pop();
				const y = Utils.unhex(c);
				if (x < 0 || y < 0) break;
				return x * 16 + y;
			}
			case Codepoint.CODES["a"]: return Codepoint.CODES["\x07"];
			case Codepoint.CODES["f"]: return Codepoint.CODES["\f"];
			case Codepoint.CODES["n"]: return Codepoint.CODES["\n"];
			case Codepoint.CODES["r"]: return Codepoint.CODES["\r"];
			case Codepoint.CODES["t"]: return Codepoint.CODES["	"];
			case Codepoint.CODES["v"]: return Codepoint.CODES["\v"];
			default: if (c <= Unicode.MAX_ASCII && !Utils.isalnum(c)) return c;
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, t.from(startPos));
	}
	static parseClassChar(t, wholeClassPos) {
		if (!t.more()) throw new RE2JSSyntaxException(Parser.ERR_MISSING_BRACKET, t.from(wholeClassPos));
		if (t.lookingAt("\\")) return Parser.parseEscape(t);
		return t.pop();
	}
	static hasCapture(re) {
		if (re === null) return false;
		if (re.op === Regexp.Op.CAPTURE) return true;
		if (re.subs) {
			for (let sub of re.subs) if (Parser.hasCapture(sub)) return true;
		}
		return false;
	}
	constructor(wholeRegexp, flags = 0) {
		this.wholeRegexp = wholeRegexp;
		this.flags = flags;
		this.numCap = 0;
		this.namedGroups = Object.create(null);
		this.stack = [];
		this.free = null;
		this.numRegexp = 0;
		this.numRunes = 0;
		this.repeats = 0;
		this.height = null;
		this.size = null;
		this.nlb = 0;
	}
	newRegexp(op) {
		let re = this.free;
		if (re !== null && re.subs !== null && re.subs.length > 0) {
			this.free = re.subs[0];
			re.reinit();
			re.op = op;
		} else {
			re = new Regexp(op);
			this.numRegexp += 1;
		}
		return re;
	}
	reuse(re) {
		if (this.height !== null && this.height.has(re)) this.height.delete(re);
		if (re.subs !== null && re.subs.length > 0) re.subs[0] = this.free;
		this.free = re;
	}
	checkLimits(re) {
		if (this.numRunes > Parser.MAX_RUNES) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
		this.checkSize(re);
		this.checkHeight(re);
	}
	checkSize(re) {
		if (this.size === null) {
			if (this.repeats === 0) this.repeats = 1;
			if (re.op === Regexp.Op.REPEAT) {
				let n = re.max;
				if (n === -1) n = re.min;
				if (n <= 0) n = 1;
				if (n > Math.floor(Parser.MAX_SIZE / this.repeats)) this.repeats = Parser.MAX_SIZE;
				else this.repeats *= n;
			}
			if (this.numRegexp < Math.floor(Parser.MAX_SIZE / this.repeats)) return;
			this.size = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkSize(reEx);
		}
		if (this.calcSize(re, true) > Parser.MAX_SIZE) throw new RE2JSSyntaxException(Parser.ERR_LARGE);
	}
	calcSize(re, force = false) {
		if (!force && this.size !== null) {
			if (this.size.has(re)) return this.size.get(re);
		}
		let size = 0;
		switch (re.op) {
			case Regexp.Op.LITERAL:
				size = re.runes.length;
				break;
			case Regexp.Op.PLB:
			case Regexp.Op.NLB:
			case Regexp.Op.CAPTURE:
			case Regexp.Op.STAR:
				size = 2 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.PLUS:
			case Regexp.Op.QUEST:
				size = 1 + this.calcSize(re.subs[0]);
				break;
			case Regexp.Op.CONCAT:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				break;
			case Regexp.Op.ALTERNATE:
				for (let sub of re.subs) size = size + this.calcSize(sub);
				if (re.subs.length > 1) size = size + re.subs.length - 1;
				break;
			case Regexp.Op.REPEAT: {
				let sub = this.calcSize(re.subs[0]);
				if (re.max === -1) {
					if (re.min === 0) size = 2 + sub;
					else size = 1 + re.min * sub;
					break;
				}
				size = re.max * sub + (re.max - re.min);
				break;
			}
		}
		size = Math.max(1, size);
		if (this.size === null) this.size = /* @__PURE__ */ new Map();
		this.size.set(re, size);
		return size;
	}
	checkHeight(re) {
		if (this.numRegexp < Parser.MAX_HEIGHT) return;
		if (this.height === null) {
			this.height = /* @__PURE__ */ new Map();
			for (let reEx of this.stack) this.checkHeight(reEx);
		}
		if (this.calcHeight(re, true) > Parser.MAX_HEIGHT) throw new RE2JSSyntaxException(Parser.ERR_NESTING_DEPTH);
	}
	calcHeight(re, force = false) {
		if (!force && this.height !== null) {
			if (this.height.has(re)) return this.height.get(re);
		}
		let h = 1;
		for (let sub of re.subs) {
			const hsub = this.calcHeight(sub);
			if (h < 1 + hsub) h = 1 + hsub;
		}
		if (this.height === null) this.height = /* @__PURE__ */ new Map();
		this.height.set(re, h);
		return h;
	}
	pop() {
		return this.stack.pop();
	}
	popToPseudo() {
		const n = this.stack.length;
		let i = n;
		while (i > 0 && !Regexp.isPseudoOp(this.stack[i - 1].op)) i--;
		return this.stack.splice(i, n - i);
	}
	push(re) {
		this.numRunes += re.runes.length;
		if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] === re.runes[1]) {
			if (this.maybeConcat(re.runes[0], this.flags & ~RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags & ~RE2Flags.FOLD_CASE;
		} else if (re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 4 && re.runes[0] === re.runes[1] && re.runes[2] === re.runes[3] && Unicode.simpleFold(re.runes[0]) === re.runes[2] && Unicode.simpleFold(re.runes[2]) === re.runes[0] || re.op === Regexp.Op.CHAR_CLASS && re.runes.length === 2 && re.runes[0] + 1 === re.runes[1] && Unicode.simpleFold(re.runes[0]) === re.runes[1] && Unicode.simpleFold(re.runes[1]) === re.runes[0]) {
			if (this.maybeConcat(re.runes[0], this.flags | RE2Flags.FOLD_CASE)) return null;
			re.op = Regexp.Op.LITERAL;
			re.runes = [re.runes[0]];
			re.flags = this.flags | RE2Flags.FOLD_CASE;
		} else this.maybeConcat(-1, 0);
		this.stack.push(re);
		this.checkLimits(re);
		return re;
	}
	maybeConcat(r, flags) {
		const n = this.stack.length;
		if (n < 2) return false;
		const re1 = this.stack[n - 1];
		const re2 = this.stack[n - 2];
		if (re1.op !== Regexp.Op.LITERAL || re2.op !== Regexp.Op.LITERAL || (re1.flags & RE2Flags.FOLD_CASE) !== (re2.flags & RE2Flags.FOLD_CASE)) return false;
		if (!Array.isArray(re2.runes)) re2.runes = Array.from(re2.runes);
		for (let i = 0; i < re1.runes.length; i++) re2.runes.push(re1.runes[i]);
		if (r >= 0) {
			re1.runes = [r];
			re1.flags = flags;
			return true;
		}
		this.pop();
		this.reuse(re1);
		return false;
	}
	newLiteral(r, flags) {
		const re = this.newRegexp(Regexp.Op.LITERAL);
		re.flags = flags;
		if ((flags & RE2Flags.FOLD_CASE) !== 0) r = Parser.minFoldRune(r);
		re.runes = [r];
		return re;
	}
	literal(r) {
		this.push(this.newLiteral(r, this.flags));
	}
	op(op) {
		const re = this.newRegexp(op);
		re.flags = this.flags;
		return this.push(re);
	}
	repeat(op, min, max, beforePos, t, lastRepeatPos) {
		let flags = this.flags;
		if ((flags & RE2Flags.PERL_X) !== 0) {
			if (t.more() && t.lookingAt("?")) {
				t.skip(1);
				flags ^= RE2Flags.NON_GREEDY;
			}
			if (lastRepeatPos !== -1) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_OP, t.from(lastRepeatPos));
		}
		const n = this.stack.length;
		if (n === 0) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const sub = this.stack[n - 1];
		if (Regexp.isPseudoOp(sub.op)) throw new RE2JSSyntaxException(Parser.ERR_MISSING_REPEAT_ARGUMENT, t.from(beforePos));
		const re = this.newRegexp(op);
		re.min = min;
		re.max = max;
		re.flags = flags;
		re.subs = [sub];
		this.stack[n - 1] = re;
		this.checkLimits(re);
		if (op === Regexp.Op.REPEAT && (min >= 2 || max >= 2) && !this.repeatIsValid(re, 1e3)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_REPEAT_SIZE, t.from(beforePos));
	}
	repeatIsValid(re, n) {
		if (re.op === Regexp.Op.REPEAT) {
			let m = re.max;
			if (m === 0) return true;
			if (m < 0) m = re.min;
			if (m > n) return false;
			if (m > 0) n = Math.trunc(n / m);
		}
		for (let sub of re.subs) if (!this.repeatIsValid(sub, n)) return false;
		return true;
	}
	concat() {
		this.maybeConcat(-1, 0);
		const subs = this.popToPseudo();
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.EMPTY_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.CONCAT));
	}
	alternate() {
		const subs = this.popToPseudo();
		if (subs.length > 0) this.cleanAlt(subs[subs.length - 1]);
		if (subs.length === 0) return this.push(this.newRegexp(Regexp.Op.NO_MATCH));
		return this.push(this.collapse(subs, Regexp.Op.ALTERNATE));
	}
	cleanAlt(re) {
		if (re.op === Regexp.Op.CHAR_CLASS) {
			re.runes = new CharClass(Array.from(re.runes)).cleanClass().toArray();
			if (re.runes.length === 2 && re.runes[0] === 0 && re.runes[1] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR;
			} else if (re.runes.length === 4 && re.runes[0] === 0 && re.runes[1] === Codepoint.CODES["\n"] - 1 && re.runes[2] === Codepoint.CODES["\n"] + 1 && re.runes[3] === Unicode.MAX_RUNE) {
				re.runes = /* @__PURE__ */ new Int32Array(0);
				re.op = Regexp.Op.ANY_CHAR_NOT_NL;
			}
		}
	}
	collapse(subs, op) {
		if (subs.length === 1) return subs[0];
		let len = 0;
		for (let sub of subs) len += sub.op === op ? sub.subs.length : 1;
		let newsubs = new Array(len).fill(null);
		let i = 0;
		for (let sub of subs) if (sub.op === op) {
			for (let j = 0; j < sub.subs.length; j++) newsubs[i++] = sub.subs[j];
			this.reuse(sub);
		} else newsubs[i++] = sub;
		let re = this.newRegexp(op);
		re.subs = newsubs;
		if (op === Regexp.Op.ALTERNATE) {
			re.subs = this.factor(re.subs);
			if (re.subs.length === 1) {
				const old = re;
				re = re.subs[0];
				this.reuse(old);
			}
		}
		return re;
	}
	factor(array) {
		if (array.length < 2) return array;
		let s = 0;
		let lensub = array.length;
		let lenout = 0;
		let str = null;
		let strlen = 0;
		let strflags = 0;
		let start = 0;
		for (let i = 0; i <= lensub; i++) {
			let istr = null;
			let istrlen = 0;
			let iflags = 0;
			if (i < lensub) {
				let re = array[s + i];
				if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) re = re.subs[0];
				if (re.op === Regexp.Op.LITERAL) {
					istr = re.runes;
					istrlen = re.runes.length;
					iflags = re.flags & RE2Flags.FOLD_CASE;
				}
				if (iflags === strflags) {
					let same = 0;
					while (same < strlen && same < istrlen && str[same] === istr[same]) same++;
					if (same > 0) {
						strlen = same;
						continue;
					}
				}
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = this.newRegexp(Regexp.Op.LITERAL);
				prefix.flags = strflags;
				prefix.runes = str.slice(0, strlen);
				for (let j = start; j < i; j++) {
					array[s + j] = this.removeLeadingString(array[s + j], strlen);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			str = istr;
			strlen = istrlen;
			strflags = iflags;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		let first = null;
		for (let i = 0; i <= lensub; i++) {
			let ifirst = null;
			if (i < lensub) {
				ifirst = Parser.leadingRegexp(array[s + i]);
				if (first !== null && first.equals(ifirst) && (Parser.isCharClass(first) || first.op === Regexp.Op.REPEAT && first.min === first.max && Parser.isCharClass(first.subs[0]))) continue;
			}
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				const prefix = first;
				for (let j = start; j < i; j++) {
					const reuse = j !== start;
					array[s + j] = this.removeLeadingRegexp(array[s + j], reuse);
					this.checkLimits(array[s + j]);
				}
				const suffix = this.collapse(array.slice(s + start, s + i), Regexp.Op.ALTERNATE);
				const re = this.newRegexp(Regexp.Op.CONCAT);
				re.subs = [prefix, suffix];
				array[lenout++] = re;
			}
			start = i;
			first = ifirst;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i <= lensub; i++) {
			if (i < lensub && Parser.isCharClass(array[s + i])) continue;
			if (i === start) {} else if (i === start + 1) array[lenout++] = array[s + start];
			else {
				let max = start;
				for (let j = start + 1; j < i; j++) {
					const subMax = array[s + max];
					const subJ = array[s + j];
					if (subMax.op < subJ.op || subMax.op === subJ.op && (subMax.runes !== null ? subMax.runes.length : 0) < (subJ.runes !== null ? subJ.runes.length : 0)) max = j;
				}
				const tmp = array[s + start];
				array[s + start] = array[s + max];
				array[s + max] = tmp;
				for (let j = start + 1; j < i; j++) {
					Parser.mergeCharClass(array[s + start], array[s + j]);
					this.reuse(array[s + j]);
				}
				this.cleanAlt(array[s + start]);
				array[lenout++] = array[s + start];
			}
			if (i < lensub) array[lenout++] = array[s + i];
			start = i + 1;
		}
		lensub = lenout;
		s = 0;
		start = 0;
		lenout = 0;
		for (let i = 0; i < lensub; ++i) {
			if (i + 1 < lensub && array[s + i].op === Regexp.Op.EMPTY_MATCH && array[s + i + 1].op === Regexp.Op.EMPTY_MATCH) continue;
			array[lenout++] = array[s + i];
		}
		lensub = lenout;
		s = 0;
		return array.slice(s, lensub);
	}
	removeLeadingString(re, n) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			const sub = this.removeLeadingString(re.subs[0], n);
			re.subs[0] = sub;
			if (sub.op === Regexp.Op.EMPTY_MATCH) {
				this.reuse(sub);
				switch (re.subs.length) {
					case 0:
					case 1:
						re.op = Regexp.Op.EMPTY_MATCH;
						re.subs = Regexp.emptySubs();
						break;
					case 2: {
						const old = re;
						re = re.subs[1];
						this.reuse(old);
						break;
					}
					default: re.subs = re.subs.slice(1, re.subs.length);
				}
			}
			return re;
		}
		if (re.op === Regexp.Op.LITERAL) {
			re.runes = re.runes.slice(n, re.runes.length);
			if (re.runes.length === 0) re.op = Regexp.Op.EMPTY_MATCH;
		}
		return re;
	}
	removeLeadingRegexp(re, reuse) {
		if (re.op === Regexp.Op.CONCAT && re.subs.length > 0) {
			if (reuse) this.reuse(re.subs[0]);
			re.subs = re.subs.slice(1, re.subs.length);
			switch (re.subs.length) {
				case 0:
					re.op = Regexp.Op.EMPTY_MATCH;
					re.subs = Regexp.emptySubs();
					break;
				case 1: {
					const old = re;
					re = re.subs[0];
					this.reuse(old);
					break;
				}
			}
			return re;
		}
		if (reuse) this.reuse(re);
		return this.newRegexp(Regexp.Op.EMPTY_MATCH);
	}
	parseInternal() {
		if ((this.flags & RE2Flags.LITERAL) !== 0) return Parser.literalRegexp(this.wholeRegexp, this.flags);
		let lastRepeatPos = -1;
		let min = -1;
		let max = -1;
		const t = new StringIterator(this.wholeRegexp);
		while (t.more()) {
			let repeatPos = -1;
			bigswitch: switch (t.peek()) {
				case Codepoint.CODES["("]:
					if ((this.flags & RE2Flags.LOOKBEHIND) !== 0) {
						if (t.lookingAt("(?<=")) {
							this.parsePosLookBehind();
							t.skip(4);
							break;
						}
						if (t.lookingAt("(?<!")) {
							this.parseNegLookBehind();
							t.skip(4);
							break;
						}
					}
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.lookingAt("(?")) {
						this.parsePerlFlags(t);
						break;
					}
					this.op(Regexp.Op.LEFT_PAREN).cap = ++this.numCap;
					t.skip(1);
					break;
				case Codepoint.CODES["|"]:
					this.parseVerticalBar();
					t.skip(1);
					break;
				case Codepoint.CODES[")"]:
					this.parseRightParen();
					t.skip(1);
					break;
				case Codepoint.CODES["^"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.BEGIN_TEXT);
					else this.op(Regexp.Op.BEGIN_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["$"]:
					if ((this.flags & RE2Flags.ONE_LINE) !== 0) this.op(Regexp.Op.END_TEXT).flags |= RE2Flags.WAS_DOLLAR;
					else this.op(Regexp.Op.END_LINE);
					t.skip(1);
					break;
				case Codepoint.CODES["."]:
					if ((this.flags & RE2Flags.DOT_NL) !== 0) this.op(Regexp.Op.ANY_CHAR);
					else this.op(Regexp.Op.ANY_CHAR_NOT_NL);
					t.skip(1);
					break;
				case Codepoint.CODES["["]:
					this.parseClass(t);
					break;
				case Codepoint.CODES["*"]:
				case Codepoint.CODES["+"]:
				case Codepoint.CODES["?"]: {
					repeatPos = t.pos();
					let op = null;
					switch (t.pop()) {
						case Codepoint.CODES["*"]:
							op = Regexp.Op.STAR;
							break;
						case Codepoint.CODES["+"]:
							op = Regexp.Op.PLUS;
							break;
						case Codepoint.CODES["?"]: op = Regexp.Op.QUEST;
					}
					this.repeat(op, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["{"]: {
					const before = t.pos();
					const minMax = Parser.parseRepeat(t);
					if (minMax < 0) {
						t.rewindTo(before);
						this.literal(t.pop());
						break;
					}
					repeatPos = before;
					min = minMax >> 16;
					max = (minMax & Unicode.MAX_BMP) << 16 >> 16;
					this.repeat(Regexp.Op.REPEAT, min, max, repeatPos, t, lastRepeatPos);
					break;
				}
				case Codepoint.CODES["\\"]: {
					const savedPos = t.pos();
					t.skip(1);
					if ((this.flags & RE2Flags.PERL_X) !== 0 && t.more()) switch (t.pop()) {
						case Codepoint.CODES["A"]:
							this.op(Regexp.Op.BEGIN_TEXT);
							break bigswitch;
						case Codepoint.CODES["b"]:
							this.op(Regexp.Op.WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["B"]:
							this.op(Regexp.Op.NO_WORD_BOUNDARY);
							break bigswitch;
						case Codepoint.CODES["C"]: throw new RE2JSSyntaxException(Parser.ERR_INVALID_ESCAPE, "\\C");
						case Codepoint.CODES["Q"]: {
							let lit = t.rest();
							const i = lit.indexOf("\\E");
							if (i >= 0) {
								lit = lit.substring(0, i);
								t.skipString(lit);
								t.skipString("\\E");
							} else t.skipString(lit);
							let j = 0;
							while (j < lit.length) {
								const codepoint = lit.codePointAt(j);
								this.literal(codepoint);
								j += Utils.charCount(codepoint);
							}
							break bigswitch;
						}
						case Codepoint.CODES["z"]:
							this.op(Regexp.Op.END_TEXT);
							break bigswitch;
						default: t.rewindTo(savedPos);
					}
					else t.rewindTo(savedPos);
					const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
					re.flags = this.flags;
					if (t.lookingAt("\\p") || t.lookingAt("\\P")) {
						const cc = new CharClass();
						if (this.parseUnicodeClass(t, cc)) {
							re.runes = cc.toArray();
							this.push(re);
							break bigswitch;
						}
					}
					const cc = new CharClass();
					if (this.parsePerlClassEscape(t, cc)) {
						re.runes = cc.toArray();
						this.push(re);
						break bigswitch;
					}
					t.rewindTo(savedPos);
					this.reuse(re);
					this.literal(Parser.parseEscape(t));
					break;
				}
				default: this.literal(t.pop());
			}
			lastRepeatPos = repeatPos;
		}
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length !== 1) throw new RE2JSSyntaxException(Parser.ERR_MISSING_PAREN, this.wholeRegexp);
		this.stack[0].namedGroups = this.namedGroups;
		return this.stack[0];
	}
	parsePerlFlags(t) {
		const startPos = t.pos();
		const s = t.rest();
		if (s.startsWith("(?P<") || s.startsWith("(?<")) {
			const begin = s.charAt(2) === "P" ? 4 : 3;
			const end = s.indexOf(">");
			if (end < 0) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s);
			const name = s.substring(begin, end);
			t.skipString(name);
			t.skip(begin + 1);
			if (!Parser.isValidCaptureName(name)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_NAMED_CAPTURE, s.substring(0, end + 1));
			const re = this.op(Regexp.Op.LEFT_PAREN);
			re.cap = ++this.numCap;
			if (this.namedGroups[name]) throw new RE2JSSyntaxException(Parser.ERR_DUPLICATE_NAMED_CAPTURE, name);
			this.namedGroups[name] = this.numCap;
			re.name = name;
			return;
		}
		t.skip(2);
		let flags = this.flags;
		let sign = 1;
		let sawFlag = false;
		loop: while (t.more()) {
			const c = t.pop();
			switch (c) {
				case Codepoint.CODES["i"]:
					flags |= RE2Flags.FOLD_CASE;
					sawFlag = true;
					break;
				case Codepoint.CODES["m"]:
					flags &= ~RE2Flags.ONE_LINE;
					sawFlag = true;
					break;
				case Codepoint.CODES["s"]:
					flags |= RE2Flags.DOT_NL;
					sawFlag = true;
					break;
				case Codepoint.CODES["U"]:
					flags |= RE2Flags.NON_GREEDY;
					sawFlag = true;
					break;
				case Codepoint.CODES["-"]:
					if (sign < 0) break loop;
					sign = -1;
					flags = ~flags;
					sawFlag = false;
					break;
				case Codepoint.CODES[":"]:
				case Codepoint.CODES[")"]:
					if (sign < 0) {
						if (!sawFlag) break loop;
						flags = ~flags;
					}
					if (c === Codepoint.CODES[":"]) this.op(Regexp.Op.LEFT_PAREN);
					this.flags = flags;
					return;
				default: break loop;
			}
		}
		throw new RE2JSSyntaxException(Parser.ERR_INVALID_PERL_OP, t.from(startPos));
	}
	parsePosLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = ++this.nlb;
		return this.push(re);
	}
	parseNegLookBehind() {
		const re = this.newRegexp(Regexp.Op.LEFT_PAREN);
		re.flags = this.flags;
		re.lb = -++this.nlb;
		return this.push(re);
	}
	parseVerticalBar() {
		this.concat();
		if (!this.swapVerticalBar()) this.op(Regexp.Op.VERTICAL_BAR);
	}
	swapVerticalBar() {
		const n = this.stack.length;
		if (n >= 3 && this.stack[n - 2].op === Regexp.Op.VERTICAL_BAR && Parser.isCharClass(this.stack[n - 1]) && Parser.isCharClass(this.stack[n - 3])) {
			let re1 = this.stack[n - 1];
			let re3 = this.stack[n - 3];
			if (re1.op > re3.op) {
				const tmp = re3;
				re3 = re1;
				re1 = tmp;
				this.stack[n - 3] = re3;
			}
			Parser.mergeCharClass(re3, re1);
			this.reuse(re1);
			this.pop();
			return true;
		}
		if (n >= 2) {
			const re1 = this.stack[n - 1];
			const re2 = this.stack[n - 2];
			if (re2.op === Regexp.Op.VERTICAL_BAR) {
				if (n >= 3) this.cleanAlt(this.stack[n - 3]);
				this.stack[n - 2] = re1;
				this.stack[n - 1] = re2;
				return true;
			}
		}
		return false;
	}
	parseRightParen() {
		this.concat();
		if (this.swapVerticalBar()) this.pop();
		this.alternate();
		if (this.stack.length < 2) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		const re1 = this.pop();
		const re2 = this.pop();
		if (re2.op !== Regexp.Op.LEFT_PAREN) throw new RE2JSSyntaxException(Parser.ERR_UNEXPECTED_PAREN, this.wholeRegexp);
		this.flags = re2.flags;
		if (re2.lb !== 0) {
			if (Parser.hasCapture(re1)) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CAPTURE_IN_LOOKBEHIND, this.wholeRegexp);
			if (re2.lb > 0) re2.op = Regexp.Op.PLB;
			else re2.op = Regexp.Op.NLB;
			re2.subs = [re1];
			this.push(re2);
			return;
		}
		if (re2.cap === 0) this.push(re1);
		else {
			re2.op = Regexp.Op.CAPTURE;
			re2.subs = [re1];
			this.push(re2);
		}
	}
	parsePerlClassEscape(t, cc) {
		const beforePos = t.pos();
		if ((this.flags & RE2Flags.PERL_X) === 0 || !t.more() || t.pop() !== Codepoint.CODES["\\"] || !t.more()) return false;
		t.pop();
		const p = t.from(beforePos);
		const g = PERL_GROUPS.has(p) ? PERL_GROUPS.get(p) : null;
		if (g === null) return false;
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseNamedClass(t, cc) {
		const cls = t.rest();
		const i = cls.indexOf(":]");
		if (i < 0) return false;
		const name = cls.substring(0, i + 2);
		t.skipString(name);
		const g = POSIX_GROUPS.has(name) ? POSIX_GROUPS.get(name) : null;
		if (g === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, name);
		cc.appendGroup(g, (this.flags & RE2Flags.FOLD_CASE) !== 0);
		return true;
	}
	parseUnicodeClass(t, cc) {
		const startPos = t.pos();
		if ((this.flags & RE2Flags.UNICODE_GROUPS) === 0 || !t.lookingAt("\\p") && !t.lookingAt("\\P")) return false;
		t.skip(1);
		let sign = 1;
		let c = t.pop();
		if (c === Codepoint.CODES["P"]) sign = -1;
		if (!t.more()) {
			t.rewindTo(startPos);
			throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
		}
		c = t.pop();
		let name;
		if (c !== Codepoint.CODES["{"]) name = Utils.runeToString(c);
		else {
			const rest = t.rest();
			const end = rest.indexOf("}");
			if (end < 0) {
				t.rewindTo(startPos);
				throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
			}
			name = rest.substring(0, end);
			t.skipString(name);
			t.skip(1);
		}
		if (!(name.length === 0) && name.codePointAt(0) === Codepoint.CODES["^"]) {
			sign = 0 - sign;
			name = name.substring(1);
		}
		const pair = Parser.unicodeTable(name);
		if (pair === null) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(startPos));
		if (pair.sign < 0) sign = 0 - sign;
		const tab = pair.tab;
		const fold = pair.fold;
		if ((this.flags & RE2Flags.FOLD_CASE) === 0 || fold === null) cc.appendTableWithSign(tab, sign);
		else {
			const tmp = new CharClass().appendTable(tab).appendTable(fold).cleanClass().toArray();
			cc.appendClassWithSign(Array.from(tmp), sign);
		}
		return true;
	}
	parseClass(t) {
		const startPos = t.pos();
		t.skip(1);
		const re = this.newRegexp(Regexp.Op.CHAR_CLASS);
		re.flags = this.flags;
		const cc = new CharClass();
		let sign = 1;
		if (t.more() && t.lookingAt("^")) {
			sign = -1;
			t.skip(1);
			if ((this.flags & RE2Flags.CLASS_NL) === 0) cc.appendRange(Codepoint.CODES["\n"], Codepoint.CODES["\n"]);
		}
		let first = true;
		while (!t.more() || t.peek() !== Codepoint.CODES["]"] || first) {
			if (t.more() && t.lookingAt("-") && (this.flags & RE2Flags.PERL_X) === 0 && !first) {
				const s = t.rest();
				if (s === "-" || !s.startsWith("-]")) {
					t.rewindTo(startPos);
					throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.rest());
				}
			}
			first = false;
			const beforePos = t.pos();
			if (t.lookingAt("[:")) {
				if (this.parseNamedClass(t, cc)) continue;
				t.rewindTo(beforePos);
			}
			if (this.parseUnicodeClass(t, cc)) continue;
			if (this.parsePerlClassEscape(t, cc)) continue;
			t.rewindTo(beforePos);
			const lo = Parser.parseClassChar(t, startPos);
			let hi = lo;
			if (t.more() && t.lookingAt("-")) {
				t.skip(1);
				if (t.more() && t.lookingAt("]")) t.skip(-1);
				else {
					hi = Parser.parseClassChar(t, startPos);
					if (hi < lo) throw new RE2JSSyntaxException(Parser.ERR_INVALID_CHAR_RANGE, t.from(beforePos));
				}
			}
			if ((this.flags & RE2Flags.FOLD_CASE) === 0) cc.appendRange(lo, hi);
			else cc.appendFoldedRange(lo, hi);
		}
		t.skip(1);
		cc.cleanClass();
		if (sign < 0) cc.negateClass();
		re.runes = cc.toArray();
		this.push(re);
	}
};
// src/RE2.js
/**
* An RE2 class instance is a compiled representation of an RE2 regular expression, independent of
* the public Java-like Pattern/Matcher API.
*
* This class also contains various implementation helpers for RE2 regular expressions.
*
* Use the {@link #quoteMeta(String)} utility function to quote all regular expression
* metacharacters in an arbitrary string.
*
*/
var RE2 = class RE2 {
	static initTest(expr) {
		const re2 = RE2.compile(expr);
		const res = new RE2(re2.expr, re2.prog, re2.numSubexp, re2.longest);
		res.cond = re2.cond;
		res.prefix = re2.prefix;
		res.prefixUTF8 = re2.prefixUTF8;
		res.prefixComplete = re2.prefixComplete;
		res.prefixRune = re2.prefixRune;
		res.prefilter = re2.prefilter;
		res.namedGroups = re2.namedGroups;
		return res;
	}
	/**
	* Parses a regular expression and returns, if successful, an {@code RE2} instance that can be
	* used to match against text.
	*
	* When matching against text, the regexp returns a match that begins as early as possible in the
	* input (leftmost), and among those it chooses the one that a backtracking search would have
	* found first. This so-called leftmost-first matching is the same semantics that Perl, Python,
	* and other implementations use, although this package implements it without the expense of
	* backtracking. For POSIX leftmost-longest matching, see {@link #compilePOSIX}.
	*/
	static compile(expr) {
		return RE2.compileImpl(expr, RE2Flags.PERL, false);
	}
	/**
	* {@code compilePOSIX} is like {@link #compile} but restricts the regular expression to POSIX ERE
	* (egrep) syntax and changes the match semantics to leftmost-longest.
	*
	* That is, when matching against text, the regexp returns a match that begins as early as
	* possible in the input (leftmost), and among those it chooses a match that is as long as
	* possible. This so-called leftmost-longest matching is the same semantics that early regular
	* expression implementations used and that POSIX specifies.
	*
	* However, there can be multiple leftmost-longest matches, with different submatch choices, and
	* here this package diverges from POSIX. Among the possible leftmost-longest matches, this
	* package chooses the one that a backtracking search would have found first, while POSIX
	* specifies that the match be chosen to maximize the length of the first subexpression, then the
	* second, and so on from left to right. The POSIX rule is computationally prohibitive and not
	* even well-defined. See http://swtch.com/~rsc/regexp/regexp2.html#posix
	*/
	static compilePOSIX(expr) {
		return RE2.compileImpl(expr, RE2Flags.POSIX, true);
	}
	static compileImpl(expr, mode, longest) {
		let re = build_Parser.parse(expr, mode);
		const maxCap = re.maxCap();
		const namedGroups = re.namedGroups;
		re = Simplify.simplify(re);
		const prefilter = PrefilterTree.build(re);
		const prog = Compiler.compileRegexp(re);
		const re2 = new RE2(expr, prog, maxCap, longest);
		re2.prefilter = prefilter.type === Prefilter.Type.NONE ? null : prefilter;
		const [prefixCompl, prefixStr] = prog.prefix();
		re2.prefixComplete = prefixCompl;
		re2.prefix = prefixStr;
		re2.prefixUTF8 = Utils.stringToUtf8ByteArray(re2.prefix);
		if (re2.prefix.length > 0) re2.prefixRune = re2.prefix.codePointAt(0);
		re2.namedGroups = namedGroups;
		return re2;
	}
	/**
	* Returns true iff textual regular expression {@code pattern} matches string {@code s}.
	*
	* More complicated queries need to use {@link #compile} and the full {@code RE2} interface.
	*/
	static match(pattern, s) {
		return RE2.compile(pattern).match(s);
	}
	constructor(expr, prog, numSubexp = 0, longest = 0) {
		this.expr = expr;
		this.prog = prog;
		this.numSubexp = numSubexp;
		this.longest = longest;
		this.cond = prog.startCond();
		this.prefix = null;
		this.prefixUTF8 = null;
		this.prefixComplete = false;
		this.prefixRune = 0;
		/** @type {Record<string, number>} */
		this.namedGroups = Object.create(null);
		this.machinePool = [];
		this.lazyDFA = null;
		this.onepass = OnePass.compile(this.prog);
		this.prefilter = null;
	}
	get dfa() {
		if (this.lazyDFA === null) this.lazyDFA = new DFA(this.prog);
		return this.lazyDFA;
	}
	matchPrefixComplete(input, pos, anchor, ncap) {
		if ((anchor === RE2Flags.ANCHOR_START || anchor === RE2Flags.ANCHOR_BOTH) && pos !== 0) return null;
		let matchStart = -1;
		let matchEnd = -1;
		const pLen = input.prefixLength(this);
		if (anchor === RE2Flags.UNANCHORED) {
			const idx = input.index(this, pos);
			if (idx < 0) return null;
			matchStart = pos + idx;
			matchEnd = matchStart + pLen;
		} else if (anchor === RE2Flags.ANCHOR_BOTH) {
			if (input.endPos() !== pLen) return null;
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		} else if (anchor === RE2Flags.ANCHOR_START) {
			if (input.index(this, 0) !== 0) return null;
			matchStart = 0;
			matchEnd = pLen;
		}
		if (matchStart < 0) return null;
		if (ncap > 0) {
			const matchcap = new Int32Array(ncap).fill(-1);
			matchcap[0] = matchStart;
			matchcap[1] = matchEnd;
			return Array.from(matchcap);
		}
		return [];
	}
	createLookbehindState() {
		return this.prog.numLb > 0 ? new LookbehindState(this.prog) : null;
	}
	executeEngine(input, pos, anchor, ncap, lbState = null) {
		if (this.prefixComplete && (ncap === 0 || this.numSubexp === 0)) return this.matchPrefixComplete(input, pos, anchor, ncap);
		if (this.prefilter !== null && anchor === RE2Flags.UNANCHORED) {
			if (!this.prefilter.eval(input, pos)) return null;
		}
		if (this.onepass !== null) return OnePass.execute(this, input, pos, anchor, ncap);
		if (ncap > 0) {
			if (this.prog.numLb === 0 && input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
			return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
		}
		if (this.prog.numLb === 0) {
			const dfaResult = this.dfa.match(input, pos, anchor);
			if (dfaResult !== null) return dfaResult ? [] : null;
			if (input.endPos() <= Backtracker.maxBitStateLen(this.prog)) return Backtracker.execute(this, input, pos, anchor, ncap);
		}
		return this.doExecuteNFA(input, pos, anchor, ncap, lbState);
	}
	/**
	* Returns the number of parenthesized subexpressions in this regular expression.
	*/
	numberOfCapturingGroups() {
		return this.numSubexp;
	}
	/**
	* Returns the number of instructions in this compiled regular expression program.
	*/
	numberOfInstructions() {
		return this.prog.numInst();
	}
	get() {
		return this.machinePool.length > 0 ? this.machinePool.pop() : null;
	}
	reset() {
		this.machinePool.length = 0;
	}
	put(m) {
		this.machinePool.push(m);
	}
	toString() {
		return this.expr;
	}
	doExecuteNFA(input, pos, anchor, ncap, lbState = null) {
		let m = this.get();
		if (!m) m = Machine.fromRE2(this);
		m.init(ncap);
		const cap = m.match(input, pos, anchor, lbState) ? m.submatches() : null;
		this.put(m);
		return cap;
	}
	match(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Matches the regular expression against input starting at position start and ending at position
	* end, with the given anchoring. Records the submatch boundaries in group, which is [start, end)
	* pairs of byte offsets. The number of boundaries needed is inferred from the size of the group
	* array. It is most efficient not to ask for submatch boundaries.
	*
	* @param input the input byte array
	* @param start the beginning position in the input
	* @param end the end position in the input
	* @param anchor the anchoring flag (UNANCHORED, ANCHOR_START, ANCHOR_BOTH)
	* @param group the array to fill with submatch positions
	* @param ngroup the number of array pairs to fill in
	* @param lbState optional state carried between successive matches over the same input (see
	*   createLookbehindState); omit it to evaluate lookbehinds from the beginning of the input
	* @returns true if a match was found
	*/
	matchWithGroup(input, start, end, anchor, ngroup, lbState = null) {
		if (!(input instanceof MatcherInputBase)) {
			if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
			else input = MatcherInput.utf16(input);
		}
		return this.matchMachineInput(input, start, end, anchor, ngroup, lbState);
	}
	matchMachineInput(input, start, end, anchor, ngroup, lbState = null) {
		if (start > end) return [false, null];
		const machineInput = input.isUTF16Encoding() ? MachineInput.fromUTF16(input.asCharSequence(), 0, end) : MachineInput.fromUTF8(input.asBytes(), 0, end);
		const groupMatch = this.executeEngine(machineInput, start, anchor, 2 * ngroup, lbState);
		if (groupMatch === null) return [false, null];
		return [true, groupMatch];
	}
	/**
	* Returns true iff this regexp matches the UTF-8 byte array {@code b}.
	*/
	matchUTF8(b) {
		return this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 0) !== null;
	}
	/**
	* Returns a copy of {@code src} in which all matches for this regexp have been replaced by
	* {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAll(src, repl) {
		return this.replaceAllFunc(src, () => repl, 2 * src.length + 1);
	}
	/**
	* Returns a copy of {@code src} in which only the first match for this regexp has been replaced
	* by {@code repl}. No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceFirst(src, repl) {
		return this.replaceAllFunc(src, () => repl, 1);
	}
	/**
	* Returns a copy of {@code src} in which at most {@code maxReplaces} matches for this regexp have
	* been replaced by the return value of of function {@code repl} (whose first argument is the
	* matched string). No support is provided for expressions (e.g. {@code \1} or {@code $1}) in the
	* replacement string.
	*/
	replaceAllFunc(src, replFunc, maxReplaces) {
		let lastMatchEnd = 0;
		let searchPos = 0;
		let out = "";
		const input = MachineInput.fromUTF16(src);
		const lbState = this.createLookbehindState();
		let numReplaces = 0;
		while (searchPos <= src.length) {
			const a = this.executeEngine(input, searchPos, RE2Flags.UNANCHORED, 2, lbState);
			if (a === null || a.length === 0) break;
			out += src.substring(lastMatchEnd, a[0]);
			if (a[1] > lastMatchEnd || a[0] === 0) {
				out += replFunc(src.substring(a[0], a[1]));
				numReplaces++;
			}
			lastMatchEnd = a[1];
			const width = input.step(searchPos) & 7;
			if (searchPos + width > a[1]) searchPos += width;
			else if (searchPos + 1 > a[1]) searchPos++;
			else searchPos = a[1];
			if (numReplaces >= maxReplaces) break;
		}
		out += src.substring(lastMatchEnd);
		return out;
	}
	pad(a) {
		if (a === null) return null;
		let n = (1 + this.numSubexp) * 2;
		if (a.length < n) {
			let a2 = new Array(n).fill(-1);
			for (let i = 0; i < a.length; i++) a2[i] = a[i];
			a = a2;
		}
		return a;
	}
	allMatches(input, n, deliverFun = (v) => v) {
		let result = [];
		const end = input.endPos();
		if (n < 0) n = end + 1;
		let pos = 0;
		let i = 0;
		let prevMatchEnd = -1;
		const lbState = this.createLookbehindState();
		while (i < n && pos <= end) {
			const matches = this.executeEngine(input, pos, RE2Flags.UNANCHORED, this.prog.numCap, lbState);
			if (matches === null || matches.length === 0) break;
			let accept = true;
			if (matches[1] === pos) {
				if (matches[0] === prevMatchEnd) accept = false;
				const r = input.step(pos);
				if (r < 0) pos = end + 1;
				else pos += r & 7;
			} else pos = matches[1];
			prevMatchEnd = matches[1];
			if (accept) {
				result.push(deliverFun(this.pad(matches)));
				i++;
			}
		}
		return result;
	}
	/**
	* Returns an array holding the text of the leftmost match in {@code b} of this regular
	* expression.
	*
	* A return value of null indicates no match.
	*/
	findUTF8(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return b.slice(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code b} of this regular expression. The match itself is at {@code b[loc[0]...loc[1]]}.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Index(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return null;
		return a.slice(0, 2);
	}
	/**
	* Returns a string holding the text of the leftmost match in {@code s} of this regular
	* expression.
	*
	* If there is no match, the return value is an empty string, but it will also be empty if the
	* regular expression successfully matches an empty string. Use {@link #findIndex} or
	* {@link #findSubmatch} if it is necessary to distinguish these cases.
	*/
	find(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
		if (a === null) return "";
		return s.substring(a[0], a[1]);
	}
	/**
	* Returns a two-element array of integers defining the location of the leftmost match in
	* {@code s} of this regular expression. The match itself is at
	* {@code s.substring(loc[0], loc[1])}.
	*
	* A return value of null indicates no match.
	*/
	findIndex(s) {
		return this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, 2);
	}
	/**
	* Returns an array of arrays the text of the leftmost match of the regular expression in
	* {@code b} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8Submatch(b) {
		const a = this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = b.slice(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code b} and the matches, if any, of its subexpressions, as defined by the the
	* <a href='#submatch'>Submatch</a> and <a href='#index'>Index</a> descriptions above.
	*
	* A return value of null indicates no match.
	*/
	findUTF8SubmatchIndex(b) {
		return this.pad(this.executeEngine(MachineInput.fromUTF8(b), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* Returns an array of strings holding the text of the leftmost match of the regular expression in
	* {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatch(s) {
		const a = this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap);
		if (a === null) return null;
		const ret = new Array(1 + this.numSubexp).fill(null);
		for (let i = 0; i < ret.length; i++) if (2 * i < a.length && a[2 * i] >= 0) ret[i] = s.substring(a[2 * i], a[2 * i + 1]);
		return ret;
	}
	/**
	* Returns an array holding the index pairs identifying the leftmost match of this regular
	* expression in {@code s} and the matches, if any, of its subexpressions, as defined by the <a
	* href='#submatch'>Submatch</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findSubmatchIndex(s) {
		return this.pad(this.executeEngine(MachineInput.fromUTF16(s), 0, RE2Flags.UNANCHORED, this.prog.numCap));
	}
	/**
	* {@code findAllUTF8()} is the <a href='#all'>All</a> version of {@link #findUTF8}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*
	* TODO(adonovan): think about defining a byte slice view class, like a read-only Go slice backed
	* by |b|.
	*/
	findAllUTF8(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => b.slice(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Index} is the <a href='#all'>All</a> version of {@link #findUTF8Index}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Index(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAll} is the <a href='#all'>All</a> version of {@link #find}; it returns a list of up
	* to {@code n} successive matches of the expression, as defined by the <a href='#all'>All</a>
	* description above.
	*
	* A return value of null indicates no match.
	*/
	findAll(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => s.substring(match[0], match[1]));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllIndex} is the <a href='#all'>All</a> version of {@link #findIndex}; it returns a
	* list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => match.slice(0, 2));
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8Submatch} is the <a href='#all'>All</a> version of {@link #findUTF8Submatch};
	* it returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8Submatch(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = b.slice(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllUTF8SubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findUTF8SubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllUTF8SubmatchIndex(b, n) {
		const result = this.allMatches(MachineInput.fromUTF8(b), n);
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatch} is the <a href='#all'>All</a> version of {@link #findSubmatch}; it
	* returns a list of up to {@code n} successive matches of the expression, as defined by the <a
	* href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatch(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n, (match) => {
			let slice = new Array(match.length / 2 | 0).fill(null);
			for (let j = 0; j < slice.length; j++) if (match[2 * j] >= 0) slice[j] = s.substring(match[2 * j], match[2 * j + 1]);
			return slice;
		});
		if (result.length === 0) return null;
		return result;
	}
	/**
	* {@code findAllSubmatchIndex} is the <a href='#all'>All</a> version of
	* {@link #findSubmatchIndex}; it returns a list of up to {@code n} successive matches of the
	* expression, as defined by the <a href='#all'>All</a> description above.
	*
	* A return value of null indicates no match.
	*/
	findAllSubmatchIndex(s, n) {
		const result = this.allMatches(MachineInput.fromUTF16(s), n);
		if (result.length === 0) return null;
		return result;
	}
};
// src/Set.js
var RE2Set = class RE2Set {
	/** @type {number} */
	static UNANCHORED = RE2Flags.UNANCHORED;
	/** @type {number} */
	static ANCHOR_START = RE2Flags.ANCHOR_START;
	/** @type {number} */
	static ANCHOR_BOTH = RE2Flags.ANCHOR_BOTH;
	/**
	* Constructs a new RE2Set with the specified anchor mode and flags.
	* @param {number} [anchor=RE2Set.UNANCHORED] - The anchoring mode (e.g., RE2Set.UNANCHORED).
	* @param {number} [flags=0] - The public flags to apply to all patterns in the set.
	* @param {number} [maxMem=8388608] - The maximum memory in bytes to use for the DFA (default 8MB).
	*/
	constructor(anchor = RE2Set.UNANCHORED, flags = 0, maxMem = 8388608) {
		if (![
			RE2Set.UNANCHORED,
			RE2Set.ANCHOR_START,
			RE2Set.ANCHOR_BOTH
		].includes(anchor)) throw new RE2JSFlagsException("The anchor should be RE2Set.UNANCHORED, RE2Set.ANCHOR_START or RE2Set.ANCHOR_BOTH");
		Utils.checkFlags(flags);
		this.anchor = anchor;
		this.jsFlags = flags;
		this.maxMem = maxMem;
		let re2Flags = RE2Flags.PERL;
		if ((flags & PublicFlags.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & PublicFlags.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		this.re2Flags = re2Flags;
		this.regexps = [];
		this.prog = null;
		this.dfa = null;
		this.dummyRe2 = null;
	}
	/**
	* Adds a new regular expression pattern to the set.
	* Patterns cannot be added after the set has been compiled.
	* @param {string} pattern - The regular expression pattern to add.
	* @returns {number} The integer index assigned to the added pattern.
	* @throws {RE2JSCompileException} If patterns are added after compilation.
	*/
	add(pattern) {
		if (this.prog) throw new RE2JSCompileException("Cannot add patterns after compile");
		Utils.checkPattern(pattern);
		let fregex = pattern;
		if ((this.jsFlags & PublicFlags.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((this.jsFlags & PublicFlags.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((this.jsFlags & PublicFlags.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		const re = build_Parser.parse(fregex, this.re2Flags);
		this.regexps.push(Simplify.simplify(re));
		return this.regexps.length - 1;
	}
	/**
	* Compiles the added patterns into a single state machine.
	* This is automatically called on the first match if not called explicitly.
	* @returns {void}
	*/
	compile() {
		if (this.prog) return;
		const prog = Compiler.compileSet(this.regexps);
		if (prog.numInst() > build_Parser.MAX_SIZE) throw new RE2JSCompileException(`${build_Parser.ERR_LARGE}: the set compiles to ${prog.numInst()} instructions, more than ${build_Parser.MAX_SIZE}`);
		this.prog = prog;
		this.dfa = new DFA(this.prog, this.maxMem);
		this.dummyRe2 = {
			prog: this.prog,
			cond: this.prog.startCond(),
			prefix: "",
			prefixRune: 0,
			longest: false
		};
	}
	/**
	* Matches the input against the compiled set of regular expressions.
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to match against.
	* @returns {number[]} An array of indices representing the patterns that successfully matched the input.
	*/
	match(input) {
		if (!this.prog) this.compile();
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		let internalAnchor = RE2Flags.UNANCHORED;
		if (this.anchor === RE2Set.ANCHOR_START) internalAnchor = RE2Flags.ANCHOR_START;
		else if (this.anchor === RE2Set.ANCHOR_BOTH) internalAnchor = RE2Flags.ANCHOR_BOTH;
		const dfaResult = this.dfa.matchSet(machineInput, 0, internalAnchor);
		if (dfaResult !== null) return dfaResult;
		const machine = Machine.fromRE2(this.dummyRe2);
		machine.init(0);
		return machine.matchSet(machineInput, 0, internalAnchor);
	}
};
// src/TranslateRegExpString.js
/**
* Transform JS regex string to RE2 regex string
*/
var TranslateRegExpString = class TranslateRegExpString {
	static isHexadecimal(ch) {
		return "0" <= ch && ch <= "9" || "A" <= ch && ch <= "F" || "a" <= ch && ch <= "f";
	}
	static translate(data) {
		let prefixFlags = "";
		if (Object.prototype.toString.call(data) === "[object RegExp]") {
			if (data.ignoreCase) prefixFlags += "i";
			if (data.multiline) prefixFlags += "m";
			if (data.dotAll) prefixFlags += "s";
			data = data.source;
		}
		if (typeof data !== "string") return data;
		let result = "";
		let changed = false;
		let size = data.length;
		if (size === 0) {
			result = "(?:)";
			changed = true;
		}
		let inCharClass = false;
		let i = 0;
		while (i < size) {
			let ch = data[i];
			if (ch === "\\") {
				if (i + 1 < size) {
					ch = data[i + 1];
					switch (ch) {
						case "\\":
							result += "\\\\";
							i += 2;
							continue;
						case "c":
							if (i + 2 < size) {
								let code = data[i + 2].charCodeAt(0);
								if (code >= 65 && code <= 90 || code >= 97 && code <= 122) {
									let val = code % 32;
									result += "\\x";
									result += (val >> 4).toString(16).toUpperCase();
									result += (val & 15).toString(16).toUpperCase();
									i += 3;
									changed = true;
									continue;
								}
							}
							result += "c";
							i += 2;
							changed = true;
							continue;
						case "u":
							if (i + 2 < size) {
								if (data[i + 2] === "{") {
									let j = i + 3;
									let hasHex = false;
									let closed = false;
									while (j < size) {
										const hexChar = data[j];
										if (hexChar === "}") {
											closed = true;
											break;
										}
										if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
										hasHex = true;
										j++;
									}
									if (closed && hasHex) {
										result += "\\x";
										i += 2;
										changed = true;
										continue;
									}
								} else if (i + 5 < size) {
									let isHex4 = true;
									for (let j = 0; j < 4; j++) if (!TranslateRegExpString.isHexadecimal(data[i + 2 + j])) {
										isHex4 = false;
										break;
									}
									if (isHex4) {
										result += "\\x{" + data.substring(i + 2, i + 6) + "}";
										i += 6;
										changed = true;
										continue;
									}
								}
							}
							result += "u";
							i += 2;
							changed = true;
							continue;
						case "x": {
							let isValidHex = false;
							if (i + 2 < size && data[i + 2] === "{") {
								let j = i + 3;
								let hasHex = false;
								let closed = false;
								while (j < size) {
									const hexChar = data[j];
									if (hexChar === "}") {
										closed = true;
										break;
									}
									if (!TranslateRegExpString.isHexadecimal(hexChar)) break;
									hasHex = true;
									j++;
								}
								if (closed && hasHex) isValidHex = true;
							} else if (i + 3 < size && TranslateRegExpString.isHexadecimal(data[i + 2]) && TranslateRegExpString.isHexadecimal(data[i + 3])) isValidHex = true;
							if (isValidHex) {
								result += "\\x";
								i += 2;
							} else {
								result += "x";
								i += 2;
								changed = true;
							}
							continue;
						}
						case "n":
						case "r":
						case "t":
						case "a":
						case "f":
						case "v":
						case "d":
						case "D":
						case "s":
						case "S":
						case "w":
						case "W":
						case "b":
						case "B":
						case "p":
						case "P":
						case "A":
						case "z":
						case "Q":
						case "E":
						case "0":
						case "1":
						case "2":
						case "3":
						case "4":
						case "5":
						case "6":
						case "7":
							result += "\\" + ch;
							i += 2;
							continue;
						default: {
							let cp = data.codePointAt(i + 1);
							if (cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122) {
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
								changed = true;
							} else {
								result += "\\";
								let symSize = Utils.charCount(cp);
								result += data.substring(i + 1, i + 1 + symSize);
								i += symSize + 1;
							}
							continue;
						}
					}
				}
			} else if (ch === "/") {
				result += "\\/";
				i += 1;
				changed = true;
				continue;
			} else if (ch === "[") {
				if (!inCharClass && data[i + 1] === "]") {
					result += "[^\\x00-\\x{10FFFF}]";
					i += 2;
					changed = true;
					continue;
				}
				if (!inCharClass && data[i + 1] === "^" && data[i + 2] === "]") {
					result += "[\\x00-\\x{10FFFF}]";
					i += 3;
					changed = true;
					continue;
				}
				inCharClass = true;
			} else if (ch === "]") inCharClass = false;
			else if (!inCharClass && ch === "(" && i + 2 < size && data[i + 1] === "?" && data[i + 2] === "<") {
				if (i + 3 < size && !"=!>)".includes(data[i + 3])) {
					result += "(?P<";
					i += 3;
					changed = true;
					continue;
				}
			}
			let cp = data.codePointAt(i);
			let symSize = Utils.charCount(cp);
			result += data.substring(i, i + symSize);
			i += symSize;
		}
		const finalResult = changed ? result : data;
		if (prefixFlags.length > 0) return `(?${prefixFlags})${finalResult}`;
		return finalResult;
	}
};
// src/index.js
const execResult = (m, input) => {
	const result = m.matchArray();
	result.index = m.start(0);
	result.input = input;
	result.groups = m.namedGroupsObject();
	return result;
};
/**
* A compiled representation of an RE2 regular expression
*
* The matching functions take {@code String} arguments instead of the more general Java
* {@code CharSequence} since the latter doesn't provide UTF-16 decoding.
*
*
* @author rsc@google.com (Russ Cox)
* @class
*/
var RE2JS = class RE2JS {
	/**
	* Flag: case insensitive matching.
	*/
	static CASE_INSENSITIVE = PublicFlags.CASE_INSENSITIVE;
	/**
	* Flag: dot ({@code .}) matches all characters, including newline.
	*/
	static DOTALL = PublicFlags.DOTALL;
	/**
	* Flag: multiline matching: {@code ^} and {@code $} match at beginning and end of line, not just
	* beginning and end of input.
	*/
	static MULTILINE = PublicFlags.MULTILINE;
	/**
	* Flag: Unicode groups (e.g. {@code \p\ Greek\} ) will be syntax errors.
	*/
	static DISABLE_UNICODE_GROUPS = PublicFlags.DISABLE_UNICODE_GROUPS;
	/**
	* Flag: matches longest possible string.
	*/
	static LONGEST_MATCH = PublicFlags.LONGEST_MATCH;
	/**
	* Flag: enable linear-time captureless lookbehinds.
	*/
	static LOOKBEHINDS = PublicFlags.LOOKBEHINDS;
	/**
	* Returns a literal pattern string for the specified string.
	*
	* This method produces a string that can be used to create a <code>RE2JS</code> that would
	* match the string <code>s</code> as if it were a literal pattern.
	*
	* Metacharacters or escape sequences in the input sequence will be given no special meaning.
	*
	* @param {string} str The string to be literalized
	* @returns {string} A literal string replacement
	*/
	static quote(str) {
		return Utils.quoteMeta(str);
	}
	/**
	* Quotes '\' and '$' in {@code str}, so that the returned string could be used in
	* replacement methods as a literal replacement of {@code str}.
	*
	* This is a convenience delegation to {@link Matcher.quoteReplacement}.
	*
	* @param {string} str the string to be quoted
	* @param {boolean} [javaMode=false] whether the replacement will be used in javaMode
	* @returns {string} the quoted string
	*/
	static quoteReplacement(str, javaMode = false) {
		return Matcher.quoteReplacement(str, javaMode);
	}
	/**
	* Translates a given regular expression string to ensure compatibility with RE2JS.
	*
	* This function preprocesses the input regex string by applying necessary transformations,
	* such as escaping special characters (e.g., `/`), converting named capture groups to
	* RE2JS-compatible syntax, and handling Unicode sequences properly. It ensures that the
	* resulting regex is safe and properly formatted before compilation.
	*
	* @param {string|RegExp} expr - The regular expression string to be translated.
	* @returns {string} - The transformed regular expression string, ready for compilation.
	*/
	static translateRegExp(expr) {
		return TranslateRegExpString.translate(expr);
	}
	/**
	* Helper: create new RE2JS with given regex and flags. Flregex is the regex with flags applied.
	* @param {string} regex
	* @param {number} [flags=0]
	* @returns {RE2JS}
	*/
	static compile(regex, flags = 0) {
		Utils.checkPattern(regex);
		Utils.checkFlags(flags);
		let fregex = regex;
		if ((flags & RE2JS.CASE_INSENSITIVE) !== 0) fregex = `(?i)${fregex}`;
		if ((flags & RE2JS.DOTALL) !== 0) fregex = `(?s)${fregex}`;
		if ((flags & RE2JS.MULTILINE) !== 0) fregex = `(?m)${fregex}`;
		let re2Flags = RE2Flags.PERL;
		if ((flags & RE2JS.DISABLE_UNICODE_GROUPS) !== 0) re2Flags &= ~RE2Flags.UNICODE_GROUPS;
		if ((flags & RE2JS.LOOKBEHINDS) !== 0) re2Flags |= RE2Flags.LOOKBEHIND;
		const p = new RE2JS(regex, flags);
		p.re2Input = RE2.compileImpl(fregex, re2Flags, (flags & RE2JS.LONGEST_MATCH) !== 0);
		return p;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string} regex the regular expression
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	* @throws RE2JSSyntaxException if the regular expression is malformed
	*/
	static matches(regex, input) {
		return RE2JS.compile(regex).testExact(input);
	}
	/**
	* This is visible for testing.
	* @private
	*/
	static initTest(pattern, flags, re2) {
		if (pattern == null) throw new Error("pattern is null");
		if (re2 == null) throw new Error("re2 is null");
		const p = new RE2JS(pattern, flags);
		p.re2Input = re2;
		return p;
	}
	/**
	*
	* @param {string} pattern
	* @param {number} flags
	*/
	constructor(pattern, flags) {
		this.patternInput = pattern;
		this.flagsInput = flags;
		/** @type {import('./RE2.js').RE2} */
		this.re2Input = null;
	}
	/**
	* Releases memory used by internal caches associated with this pattern. Does not change the
	* observable behaviour. Useful for tests that detect memory leaks via allocation tracking.
	*/
	reset() {
		this.re2Input.reset();
	}
	/**
	* Returns the flags used in the constructor.
	* @returns {number}
	*/
	flags() {
		return this.flagsInput;
	}
	/**
	* Returns the pattern used in the constructor.
	* @returns {string}
	*/
	pattern() {
		return this.patternInput;
	}
	re2() {
		return this.re2Input;
	}
	/**
	* Matches a string against a regular expression.
	*
	* @param {string|number[]|Uint8Array} input the input
	* @returns {boolean} true if the regular expression matches the entire input
	*/
	matches(input) {
		return this.testExact(input);
	}
	/**
	* Creates a new {@code Matcher} matching the pattern against the input.
	*
	* @param {string|number[]|Uint8Array|MatcherInputBase} input the input string
	* @returns {Matcher}
	*/
	matcher(input) {
		if (Utils.isByteArray(input)) input = MatcherInput.utf8(input);
		return new Matcher(this, input);
	}
	/**
	* Tests whether the regular expression matches any part of the input string.
	* Performance Note: This method is highly optimized. Because it only returns
	* a boolean and does not extract capture groups, it bypasses the `Matcher` overhead
	* and guarantees execution on the high-speed DFA engine whenever possible.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the pattern is found anywhere in the input, `false` otherwise.
	*/
	test(input) {
		if (Utils.isByteArray(input)) return this.re2Input.matchUTF8(input);
		return this.re2Input.match(input);
	}
	/**
	* Tests whether the regular expression matches the ENTIRE input string.
	* * **Performance Note:** This operates identically to `.matches()`, but is significantly
	* faster because it does not request capture group data. By requesting 0 capture groups,
	* it securely routes execution through the DFA fast-path.
	*
	* @param {string|number[]|Uint8Array} input - The input string or UTF-8 byte array to test against.
	* @returns {boolean} `true` if the exact input string fully matches the pattern, `false` otherwise.
	*/
	testExact(input) {
		const machineInput = Utils.isByteArray(input) ? MachineInput.fromUTF8(input) : MachineInput.fromUTF16(input);
		return this.re2Input.executeEngine(machineInput, 0, RE2Flags.ANCHOR_BOTH, 0) !== null;
	}
	/**
	* Executes a search for a match in a specified string.
	* Returns a result array, or null if no match is found.
	* The returned array perfectly mirrors standard JavaScript `RegExpExecArray`,
	* including `.index`, `.input`, and `.groups` properties.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {Array|null} the match array with index, input, and groups properties, or null
	*/
	exec(input) {
		const m = this.matcher(input);
		return m.find() ? execResult(m, input) : null;
	}
	/**
	* Splits input around instances of the regular expression. It returns an array giving the strings
	* that occur before, between, and after instances of the regular expression.
	*
	* If {@code limit <= 0}, there is no limit on the size of the returned array. If
	* {@code limit == 0}, empty strings that would occur at the end of the array are omitted. If
	* {@code limit > 0}, at most limit strings are returned. The final string contains the remainder
	* of the input, possibly including additional matches of the pattern.
	*
	* @param {string} input the input string to be split
	* @param {number} [limit=0] the limit
	* @returns {string[]} the split strings
	*/
	split(input, limit = 0) {
		const m = this.matcher(input);
		const result = [];
		let emptiesSkipped = 0;
		let last = 0;
		while (m.find()) {
			if (last === 0 && m.end() === 0) {
				last = m.end();
				continue;
			}
			if (limit > 0 && result.length === limit - 1) break;
			if (last === m.start()) {
				if (limit === 0) {
					emptiesSkipped += 1;
					last = m.end();
					continue;
				}
			} else while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.start()));
			last = m.end();
		}
		if (limit === 0 && last !== m.inputLength()) {
			while (emptiesSkipped > 0) {
				result.push("");
				emptiesSkipped -= 1;
			}
			result.push(m.substring(last, m.inputLength()));
		}
		if (limit !== 0 || result.length === 0 && !(last === m.inputLength() && last > 0)) result.push(m.substring(last, m.inputLength()));
		return result;
	}
	/**
	* Returns an iterator of all results matching a string against the regular expression,
	* including capturing groups.
	*
	* @param {string|number[]|Uint8Array} input the input string or byte array
	* @returns {IterableIterator<RegExpMatchArray>}
	*/
	*matchAll(input) {
		const m = this.matcher(input);
		while (m.find()) yield execResult(m, input);
	}
	/**
	*
	* @returns {string}
	*/
	toString() {
		return this.patternInput;
	}
	/**
	* Returns the program size of this pattern.
	*
	* <p>
	* Similar to the C++ implementation, the program size is a very approximate measure of a regexp's
	* "cost". Larger numbers are more expensive than smaller numbers.
	* </p>
	*
	* @returns {number} the program size of this pattern
	*/
	programSize() {
		return this.re2Input.numberOfInstructions();
	}
	/**
	* Returns the number of capturing groups in this matcher's pattern. Group zero denotes the entire
	* pattern and is excluded from this count.
	*
	* @returns {number} the number of capturing groups in this pattern
	*/
	groupCount() {
		return this.re2Input.numberOfCapturingGroups();
	}
	/**
	* Return a map of the capturing groups in this matcher's pattern, where key is the name and value
	* is the index of the group in the pattern.
	* @returns {Record<string, number>}
	*/
	namedGroups() {
		return this.re2Input.namedGroups;
	}
	/**
	*
	* @param {*} other
	* @returns {boolean}
	*/
	equals(other) {
		if (this === other) return true;
		if (other === null || this.constructor !== other.constructor) return false;
		return this.flagsInput === other.flagsInput && this.patternInput === other.patternInput;
	}
};
/**
* Creates an RE2JS regex directly from a template literal.
* @overload
* @param {TemplateStringsArray} stringsOrFlags - The raw string segments of the template literal.
* @param {...any} values - The interpolated values.
* @returns {RE2JS}
*/
/**
* Creates a template literal tag function with specific RE2JS flags.
* @overload
* @param {number} stringsOrFlags - The RE2JS flags to apply (e.g., RE2JS.CASE_INSENSITIVE).
* @returns {(strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS}
*/
/**
* Implementation signature
* @param {TemplateStringsArray | number} stringsOrFlags
* @param {...any} values
* @returns {RE2JS | ((strings: TemplateStringsArray, ...tagValues: any[]) => RE2JS)}
*/
function re(stringsOrFlags, ...values) {
	if (Array.isArray(stringsOrFlags) && "raw" in stringsOrFlags) {
		const pattern = String.raw(stringsOrFlags, ...values);
		return RE2JS.compile(pattern);
	}
	const flags = typeof stringsOrFlags === "number" ? stringsOrFlags : 0;
	return (strings, ...tagValues) => {
		const pattern = String.raw(strings, ...tagValues);
		return RE2JS.compile(pattern, flags);
	};
}


;// CONCATENATED MODULE: ./src/detectorpl/regex.ts
// regex_match patterns go through re2js (a port of RE2J, the engine AFD uses):
// linear-time matching, so a pattern from a pull request cannot hang the run.



/** The compiled pattern, or why it cannot be used (a sentence for a diagnostic). */
function regex_compilePattern(pattern) {
    if (pattern.length > MAX_REGEX_PATTERN_CHARS) {
        return `the regex_match pattern has ${pattern.length} characters; at most ${MAX_REGEX_PATTERN_CHARS} are checked locally: shorten it`;
    }
    let re;
    try {
        re = RE2JS.compile(pattern);
    }
    catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        return `the regex_match pattern is not valid RE2 syntax: ${source_clip(reason, 120)}`;
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
    return (s) => (s.includes('\n') || s.includes('\r') ? viaRe2(s) : test(s));
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
function check_typeOfDataType(dataType) {
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
function check_error(code, message, span) {
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
        if (seen.size === MAX_LISTS_PER_RULE + 1) {
            out.push(check_error('too-many-lists', `@${source_clip(ref.name)} is list number ${seen.size} in this rule; AFD allows at most ${MAX_LISTS_PER_RULE} lists per rule`, ref.span));
        }
    }
    return out;
}
function collectLists(expr, into = []) {
    check_forEachNode(expr, (node) => {
        if (node.kind === 'membership' && node.collection.kind === 'list')
            into.push(node.collection);
    });
    return into;
}
/** Visits every node, parents first. */
function check_forEachNode(expr, visit) {
    visit(expr);
    switch (expr.kind) {
        case 'unary':
            check_forEachNode(expr.operand, visit);
            break;
        case 'binary':
            check_forEachNode(expr.left, visit);
            check_forEachNode(expr.right, visit);
            break;
        case 'membership':
            check_forEachNode(expr.element, visit);
            break;
        case 'call':
            for (const arg of expr.args)
                check_forEachNode(arg, visit);
            break;
        default:
            break;
    }
}
function check_checkAst(ast, resolver) {
    const checker = new Checker(resolver);
    const type = checker.infer(ast);
    const out = [...checkListCount(collectLists(ast)), ...checker.diagnostics];
    if (type !== 'boolean' && type !== 'unknown') {
        out.push(check_error('not-boolean', `the expression is ${TYPE_WORDS[type]}, but a rule must be a condition (true or false): compare it, e.g. with ==`, ast.span));
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
            this.diagnostics.push(check_error('type-mismatch', `${operator} needs ${TYPE_WORDS[wanted]}, found ${TYPE_WORDS[type]}`, operand.span));
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
        if (ast_isArithmeticOp(op)) {
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
                this.diagnostics.push((bothVariables ? warning : check_error)('type-mismatch', message, expr.opSpan));
            }
            else if (op !== '==' && op !== '!=' && (left === 'boolean' || right === 'boolean')) {
                this.diagnostics.push(check_error('type-mismatch', `'${op}' orders numbers, not booleans`, expr.opSpan));
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
            this.diagnostics.push(check_error('type-mismatch', `'${expr.negated ? 'not in' : 'in'}' looks for ${TYPE_WORDS[element]} in a list of ${listed} values`, expr.opSpan));
        }
        return 'boolean';
    }
    inferCall(call) {
        const arity = (n, signature) => {
            if (call.args.length === n)
                return true;
            this.diagnostics.push(check_error('bad-arguments', `${call.name} takes ${n} argument${n === 1 ? '' : 's'} (${signature}), found ${call.args.length}`, call.span));
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
                this.diagnostics.push(warning('unknown-function', `${source_clip(call.name)}() is not a function this action knows (regex_match, lowercase): not checked locally, and rule tests cannot evaluate it.${mean}`, call.nameSpan));
                for (const arg of call.args)
                    this.infer(arg);
                return 'unknown';
            }
        }
    }
    checkPattern(pattern) {
        if (pattern.kind !== 'string') {
            this.infer(pattern);
            this.diagnostics.push(check_error('bad-arguments', 'the first argument of regex_match must be a "string" pattern', pattern.span));
            return;
        }
        const compiled = regex_compilePattern(pattern.value);
        if (typeof compiled === 'string')
            this.diagnostics.push(check_error('bad-regex', compiled, pattern.span));
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
            check_error('internal', `the expression could not be checked (internal error: ${source_clip(reason, 80)})`, span),
        ];
    }
}
function lint(text, catalog) {
    const out = [];
    if (text.length >= WARN_EXPRESSION_CHARS && text.length <= MAX_EXPRESSION_CHARS) {
        out.push(warning('too-long', `the expression has ${text.length} characters; AFD's guide asks for less than ${WARN_EXPRESSION_CHARS} (hard limit ${MAX_EXPRESSION_CHARS})`, new SourceText(text).span(0, text.length)));
    }
    const { ast, diagnostics } = parser_parseExpression(text);
    out.push(...diagnostics);
    if (ast)
        out.push(...check_checkAst(ast, catalog ? catalogResolver(catalog) : OPEN_RESOLVER));
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
                const message = `$${source_clip(ref.name)} is the score of model ${source_clip(score.modelId)}, which is not in this detector version: add the model or change the rule`;
                return {
                    type: 'number',
                    diagnostic: warning('model-score-not-in-proposal', message, ref.span),
                };
            }
            const variable = catalog.variables.get(ref.name);
            if (variable)
                return { type: check_typeOfDataType(variable.dataType) };
            if (ref.name.endsWith(types_MODEL_SCORE_SUFFIX)) {
                const modelId = ref.name.slice(0, -types_MODEL_SCORE_SUFFIX.length);
                const message = `$${source_clip(ref.name)} names no model of this event type (no model ${source_clip(modelId)}).${didYouMean(ref.name, catalog.modelScores.keys(), '$')}`;
                return { type: 'number', diagnostic: check_error('unknown-variable', message, ref.span) };
            }
            const known = [...catalog.variables.keys(), ...catalog.modelScores.keys()];
            const message = `$${source_clip(ref.name)} is not a variable of this event type (GetVariables).${didYouMean(ref.name, known, '$')}`;
            return { type: 'unknown', diagnostic: check_error('unknown-variable', message, ref.span) };
        },
        list(ref) {
            if (catalog.lists.has(ref.name))
                return undefined;
            const message = `@${source_clip(ref.name)} is not a list in this account (GetListsMetadata).${didYouMean(ref.name, catalog.lists.keys(), '@')}`;
            return check_error('unknown-list', message, ref.span);
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
class values_Uncertain extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'Uncertain';
    }
}
function values_describeValue(v) {
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
            return new values_Uncertain(`$${clip(name)} is ${info.dataType} but its value is "${clip(raw, 30)}"`);
        }
        case 'BOOLEAN': {
            const lower = raw.toLowerCase();
            if (lower === 'true' || lower === 'false')
                return lower === 'true';
            return new values_Uncertain(`$${clip(name)} is BOOLEAN but its value is "${clip(raw, 30)}"`);
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
function values_slotFor(name, info) {
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
function values_readSlot(slot) {
    const f = values_frame;
    if (f.stamps[slot] !== f.generation) {
        const loaded = load(f.specs[slot]);
        f.stamps[slot] = f.generation;
        if (loaded instanceof values_Uncertain) {
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
            return new values_Uncertain(`no model score for $${clip(name)}: give it in the test's modelScores (or the CSV column)`);
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
        return new values_Uncertain(`$${clip(name)} has no value and no default value`);
    return coerce(info.defaultValue, info, name);
}

;// CONCATENATED MODULE: ./src/detectorpl/operators.ts
// The runtime meaning of DetectorPL's operators on coerced values. Where AFD's
// documentation does not say what happens (mixed types, ordering strings,
// integer division), the answer is Uncertain, never a guess.

function operators_asNumber(v, operator) {
    if (typeof v !== 'number')
        throw new Uncertain(`'${operator}' needs a number, found ${describeValue(v)}`);
    return v;
}
function operators_asBoolean(v, operator) {
    if (typeof v !== 'boolean')
        throw new Uncertain(`${operator} needs a boolean, found ${describeValue(v)}`);
    return v;
}
/** The text a value has in a list or a regex: strings as is, numbers in shortest form, true/false. */
function operators_asText(v) {
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
function operators_compare(a, b, op) {
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
function operators_divide(a, b, op, integers) {
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
function compile_compileExpr(expr, ctx) {
    return new compile_Compiler(ctx).compile(expr).fn;
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
const constant = (value, integer = false) => ({ fn: () => value, integer });
/** One closure per operator with the common case inline (the hot path of a backtest). */
function comparison(op, l, r) {
    const both = (f) => {
        return () => {
            const a = l();
            const b = r();
            return typeof a === 'number' && typeof b === 'number' ? f(a, b) : compare(a, b, op);
        };
    };
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
        case '<':
            return both((a, b) => a < b);
        case '<=':
            return both((a, b) => a <= b);
        case '>':
            return both((a, b) => a > b);
        default:
            return both((a, b) => a >= b);
    }
}
class compile_Compiler {
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
                const info = expr.name.endsWith(MODEL_SCORE_SUFFIX)
                    ? undefined
                    : this.ctx.variables.get(expr.name);
                const slot = slotFor(expr.name, info);
                return { fn: () => readSlot(slot), integer: info?.dataType === 'INTEGER' };
            }
            case 'unary': {
                const inner = this.compile(expr.operand);
                const operand = inner.fn;
                if (expr.op === '!')
                    return { fn: () => !asBoolean(operand(), "'!'"), integer: false };
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
        if (op === 'and')
            return { fn: () => asBoolean(l(), "'and'") && asBoolean(r(), "'and'"), integer: false };
        if (op === 'or')
            return { fn: () => asBoolean(l(), "'or'") || asBoolean(r(), "'or'"), integer: false };
        if (!isArithmeticOp(op))
            return { fn: comparison(op, l, r), integer: false };
        const integer = left.integer && right.integer;
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
            return () => elements.has(asText(element())) !== negated;
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
        return () => {
            const v = element();
            const set = byType.get(typeof v);
            if (set)
                return set.has(v) !== negated;
            if (empty)
                return negated;
            throw new Uncertain(`'${word}' looks for a ${typeof v} in a list without ${typeof v} values`);
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
            if (ref.name.endsWith(MODEL_SCORE_SUFFIX))
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
    beginEvent(event, modelScores);
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

;// CONCATENATED MODULE: ./src/detectorpl/thresholds.ts


const FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' };
function constantOf(e) {
    if (e.kind === 'number')
        return e.value;
    if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'number')
        return -e.operand.value;
    return undefined;
}
function scoreVariable(e) {
    return e.kind === 'variable' &&
        e.name.endsWith(MODEL_SCORE_SUFFIX) &&
        e.name.length > MODEL_SCORE_SUFFIX.length
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
            modelId: variable.slice(0, -MODEL_SCORE_SUFFIX.length),
            op: leftScore ? op : FLIPPED[op],
            threshold,
            span: node.span,
        });
    });
    return found;
}

;// CONCATENATED MODULE: ./src/detectorpl/index.ts






;// CONCATENATED MODULE: ./src/planner/rule-lint.ts
// Lint of rules as code, placed where the user wrote them: a DetectorPL
// diagnostic's line and column inside the expression become the file, line
// and column of the config value or the `.dpl` file. Pure.

/**
 * The text linted: line endings normalised (so lines count as in the file)
 * and trailing whitespace dropped (AFD receives the trimmed expression);
 * leading whitespace is kept so columns still match the file.
 */
function lintedText(expression) {
    return expression.replace(/\r\n?/g, '\n').trimEnd();
}
/** The diagnostic's place in the file: the `.dpl` file itself, or offset from the config value's first character. */
function positionOf(rule, d) {
    const source = rule.source;
    if (!source)
        return undefined;
    if (source.wholeFile)
        return { file: source.file, line: d.span.line, column: d.span.column };
    // A block scalar's lines all start at the same indentation as its first one.
    return {
        file: source.file,
        line: source.line + d.span.line - 1,
        column: source.column + d.span.column - 1,
    };
}
function lintRuleAsCode(rule, catalog) {
    return lintExpression(lintedText(rule.expression), catalog).map((d) => {
        const position = positionOf(rule, d);
        const finding = {
            severity: d.severity,
            ruleId: rule.ruleId,
            code: d.code,
            message: `rule ${rule.ruleId}, expression line ${d.span.line} column ${d.span.column}: ${d.message}`,
        };
        if (position)
            finding.position = position;
        return finding;
    });
}


/***/ }),

/***/ 4285:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Pl: () => (/* binding */ safeUrl),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   d6: () => (/* binding */ codeFence),
/* harmony export */   o4: () => (/* binding */ truncateMarkdown),
/* harmony export */   ti: () => (/* binding */ inlineCode),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   xc: () => (/* binding */ markdownId),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
// Markdown building blocks shared by every renderer. Everything that comes
// from AFD or the repo (descriptions, expressions, ids) passes through one of
// these before it reaches a comment or the job summary: GitHub renders that
// Markdown with HTML and turns @names into notifications and #123 into links.
// Zero-width space: breaks @mention and #123 detection and renders as nothing.
// Inserted as a raw character before escaping (so entity text like `&#39;` is
// never mistaken for a reference) and turned into an entity afterwards, which
// keeps it visible when reading the raw Markdown.
const ZW = '\u200B';
const ZW_ENTITY = '&#8203;';
/** Neutralise mentions and issue references in text that GitHub will render. */
function defuseReferences(text) {
    return (text
        // @user, @org/team: GitHub only notifies when @ is directly followed by a name.
        .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZW}`)
        // #123 and org/repo#123 link to issues, and so does GH-123.
        .replace(/#(?=\d)/g, `#${ZW}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1-${ZW}`)
        // Bare URLs and www. addresses become links (autolinks): text from AFD or
        // the repo must not carry a clickable link into a review.
        .replace(/:\/\//g, `:${ZW}//`)
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZW}.`));
}
const zwToEntity = (text) => text.replace(/\u200B/g, ZW_ENTITY);
/** Text for HTML contexts (<summary>, attributes): entities and no mentions. */
function escapeHtml(text) {
    return zwToEntity(defuseReferences(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'));
}
/**
 * Text for inline Markdown contexts (a sentence, a table cell, a list item, a
 * quoted line). Returns one line: line breaks collapse to spaces, so the
 * result can never end a table row or start a second line. HTML is
 * entity-encoded; emphasis, link, strike, math and table syntax is
 * backslash-escaped. The result may itself start a line (`- ${text}`,
 * `> ${line}`, a paragraph), so it is made inert there too: leading white
 * space that would make an indented code block becomes one space, and a
 * first character that could open a block (heading `#`, list item `-` `+`
 * `1.` `1)`, rule or setext underline `-` `=`) is escaped. `*`, `` ` ``, `~`, `|`, `>` and `<` are
 * escaped everywhere already.
 */
function escapeMarkdown(text) {
    // Up to 3 leading spaces are kept (a fragment may start with a word break);
    // more, or a tab, would make an indented code block: one space instead.
    const oneLine = defuseReferences(text
        .replace(/[\r\n]+/g, ' ')
        .replace(/^[ \t]+/, (ws) => (ws.includes('\t') || ws.length > 3 ? ' ' : ws)));
    const html = oneLine.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const inline = html.replace(/[\\`*_[\]()|~$!{}]/g, (c) => `\\${c}`);
    return zwToEntity(inline.replace(/^( *)([#+=-])/, '$1\\$2').replace(/^( *)(\d+)([.)])(?=\s|$)/, '$1$2\\$3'));
}
/**
 * Ids, versions and statuses print as they are when they cannot trigger
 * Markdown (AFD's patterns allow `_` at either end, which would start
 * emphasis); anything else (an endpoint that is not AFD can answer anything)
 * is escaped.
 */
function markdownId(text) {
    return /^[0-9A-Za-z](?:[0-9A-Za-z._-]*[0-9A-Za-z])?$/.test(text) ? text : escapeMarkdown(text);
}
function longestRun(text, char) {
    let longest = 0;
    let current = 0;
    for (const c of text) {
        current = c === char ? current + 1 : 0;
        if (current > longest)
            longest = current;
    }
    return longest;
}
/** A URL that is safe as a Markdown link target (http(s), no characters that end the link), or undefined. */
function safeUrl(url) {
    if (!url || !/^https?:\/\/[^\s]+$/.test(url))
        return undefined;
    return url.replace(/[()<>[\]"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/**
 * A code span. Its delimiter is longer than any backtick run inside, so the
 * content cannot close it. In a table cell `|` still splits the row unless
 * escaped (GFM unescapes `\|` inside code in tables), so pass `inTable`.
 */
function inlineCode(text, inTable = false) {
    let content = text.replace(/[\r\n]+/g, ' ');
    if (content === '')
        return '""';
    if (inTable)
        content = content.replace(/\|/g, '\\|');
    const delimiter = '`'.repeat(longestRun(content, '`') + 1);
    const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
    return `${delimiter}${pad}${content}${pad}${delimiter}`;
}
/** A fenced block whose fence is longer than any backtick run in `content`. */
function codeFence(content, lang = '') {
    const fence = '`'.repeat(Math.max(3, longestRun(content, '`') + 1));
    const body = content.endsWith('\n') ? content : `${content}\n`;
    return `${fence}${lang.replace(/[`\s]/g, '')}\n${body}${fence}`;
}
/**
 * A GFM table. Cells are Markdown the caller has already escaped; line breaks
 * are flattened here because one would end the row.
 */
function table(headers, rows) {
    const cell = (c) => c.replace(/[\r\n]+/g, ' ');
    const line = (cells) => `| ${cells.map(cell).join(' | ')} |`;
    return [line(headers), `|${headers.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}
/**
 * A collapsible section. `summary` is plain text (escaped here: GitHub does not
 * render Markdown inside <summary>); `body` is Markdown. The blank lines let
 * the Markdown inside render.
 */
function details(summary, body, open = false) {
    return `<details${open ? ' open' : ''}><summary>${escapeHtml(summary)}</summary>\n\n${body}\n\n</details>`;
}
/** Closing text for whatever is open at a cut: the code fence, then each <details>. */
function closing(fence, detailsDepth) {
    return ((fence ? `${fence.char.repeat(fence.length)}\n` : '') + '\n</details>\n'.repeat(detailsDepth));
}
/**
 * Cut `md` to at most `limit` (as counted by `measure`: UTF-16 units by
 * default, pass a byte counter for byte budgets) on a line boundary, close a
 * code fence and any <details> left open, and append `pointer` (e.g. "the full
 * diff is in the job summary"). The first line survives whenever it fits,
 * which keeps a hidden marker there intact. Returns `md` unchanged when it fits.
 */
function truncateMarkdown(md, limit, pointer, measure = (s) => s.length) {
    if (measure(md) <= limit)
        return md;
    const lines = md.split('\n');
    let fence = null;
    let depth = 0;
    let used = 0;
    let keep = 0;
    let keepClosing = '';
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i] ?? '';
        const fenceMatch = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
        if (fence) {
            const run = fenceMatch?.[1];
            if (run &&
                run[0] === fence.char &&
                run.length >= fence.length &&
                fenceMatch[2]?.trim() === '') {
                fence = null;
            }
        }
        else if (fenceMatch?.[1]) {
            fence = { char: fenceMatch[1][0] ?? '`', length: fenceMatch[1].length };
        }
        else {
            const opens = line.match(/<details[\s>]/gi)?.length ?? 0;
            const closes = line.match(/<\/details>/gi)?.length ?? 0;
            depth = Math.max(0, depth + opens - closes);
        }
        used += measure(line) + 1;
        if (used > limit)
            break;
        const close = closing(fence, depth);
        if (used + measure(`${close}\n${pointer}`) <= limit) {
            keep = i + 1;
            keepClosing = close;
        }
    }
    const head = keep > 0 ? `${lines.slice(0, keep).join('\n')}\n` : '';
    return `${head}${keepClosing}\n${pointer}`;
}


/***/ }),

/***/ 1276:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ readEventPayload),
/* harmony export */   Se: () => (/* binding */ environmentCredentials),
/* harmony export */   e1: () => (/* binding */ hasAwsCredentials),
/* harmony export */   kH: () => (/* binding */ resolveTimeScale)
/* harmony export */ });
/* unused harmony exports isLoopbackEndpoint, probeEmulatorTimeScale */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(241);
// What the shells read from the runner's environment besides the inputs.


/**
 * The event payload GitHub wrote to GITHUB_EVENT_PATH ({} when absent). A
 * payload that cannot be read costs the run its pull-request context (no
 * comment, no fork check), so `onUnreadable` hears about it.
 */
function readEventPayload(env = process.env, onUnreadable = () => undefined) {
    const path = env.GITHUB_EVENT_PATH;
    if (!path)
        return {};
    try {
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'));
    }
    catch (err) {
        onUnreadable(`Could not read the event payload at ${path} (${err instanceof Error ? err.message : String(err)}): going on without the pull request's details.`);
        return {};
    }
}
/** Scales the action accepts: from real time up to a million times faster. */
const MAX_TIME_SCALE = 1_000_000;
/** The emulator's clock report is a few dozen bytes; anything bigger is not it. */
const MAX_CLOCK_REPORT_BYTES = 4096;
const CLOCK_PROBE_TIMEOUT_MS = 2000;
/**
 * Whether endpoint-url points at this machine (127.0.0.0/8, ::1, localhost):
 * only a local AFD emulator lives there, never AWS.
 */
function isLoopbackEndpoint(endpointUrl) {
    if (!endpointUrl)
        return false;
    let host;
    try {
        host = new URL(endpointUrl).hostname;
    }
    catch {
        return false;
    }
    return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
const validScale = (n) => Number.isFinite(n) && n >= 1 && n <= MAX_TIME_SCALE;
/**
 * Asks a local emulator how fast its clock runs (GET /_emulator/clock, as the
 * bundled emulator answers it). Undefined for anything else: no answer in
 * time, not JSON, too big, or no scale in range.
 */
async function probeEmulatorTimeScale(endpointUrl) {
    try {
        const res = await fetch(new URL('/_emulator/clock', endpointUrl), {
            signal: AbortSignal.timeout(CLOCK_PROBE_TIMEOUT_MS),
        });
        if (!res.ok || !res.body)
            return undefined;
        let text = '';
        const decoder = new TextDecoder();
        for await (const chunk of res.body) {
            text += decoder.decode(chunk, { stream: true });
            if (text.length > MAX_CLOCK_REPORT_BYTES)
                return undefined;
        }
        const report = JSON.parse(text);
        // A manual clock only moves when a test moves it: real-time waiting is right.
        if (report.mode !== 'scaled' || typeof report.scale !== 'number')
            return undefined;
        return validScale(report.scale) ? report.scale : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * How much faster than real time the action's clock runs. Against AWS it is
 * always 1. Against a local AFD emulator (endpoint-url on loopback) the action
 * waits in step with the emulator's clock, so a 2-hour training that the
 * emulator runs in half a minute is polled in half a minute: the scale is
 * FRAUD_DETECTOR_PROMOTE_TIME_SCALE when set (tests), else what the emulator
 * reports. The variable is ignored, with a warning, for any other endpoint,
 * so a workflow that sets it by accident cannot upset waits against AWS.
 */
async function resolveTimeScale(endpointUrl, deps) {
    const raw = (deps.env ?? process.env).FRAUD_DETECTOR_PROMOTE_TIME_SCALE;
    const set = raw !== undefined && raw !== '';
    if (!endpointUrl || !isLoopbackEndpoint(endpointUrl)) {
        if (set)
            deps.warn('FRAUD_DETECTOR_PROMOTE_TIME_SCALE is ignored: it only applies to a local AFD emulator (an endpoint-url on 127.0.0.1, ::1 or localhost).');
        return 1;
    }
    if (set) {
        const n = Number(raw);
        if (!validScale(n)) {
            throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`FRAUD_DETECTOR_PROMOTE_TIME_SCALE = ${JSON.stringify(raw)}: must be a number from 1 to ${MAX_TIME_SCALE} (only for a local AFD emulator).`);
        }
        return n;
    }
    return (await (deps.probe ?? probeEmulatorTimeScale)(endpointUrl)) ?? 1;
}
/** Whether the job has any AWS credentials at all (forks have none). */
function hasAwsCredentials(env = process.env) {
    return Boolean(env.AWS_ACCESS_KEY_ID ||
        env.AWS_WEB_IDENTITY_TOKEN_FILE ||
        env.AWS_PROFILE ||
        env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
        env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI);
}
/**
 * The credentials aws-actions/configure-aws-credentials exports, read here
 * directly: the SDK's default chain would load and try several providers
 * first, which costs start-up time on every run. Undefined when they are not
 * in the environment (then the SDK's chain is used: profiles, web identity,
 * container and instance roles).
 */
function environmentCredentials(env = process.env) {
    const accessKeyId = env.AWS_ACCESS_KEY_ID;
    const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
    if (!accessKeyId || !secretAccessKey)
        return undefined;
    const sessionToken = env.AWS_SESSION_TOKEN;
    refuseUnsendable(env, ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
    return { accessKeyId, secretAccessKey, ...(sessionToken ? { sessionToken } : {}) };
}
/**
 * Credentials go into HTTP headers, which cannot hold a line break or another
 * control character (a secret pasted with its trailing newline). Sent anyway,
 * Node refuses the request before it starts, and the SDK's connection and
 * request timers, armed for it, keep the process alive for 70 s after the
 * error. Refused here instead, before any client exists, naming the variable
 * and never showing its value.
 */
function refuseUnsendable(env, names) {
    for (const name of names) {
        const value = env[name];
        // What Node accepts in a header value: tab, printable ASCII and Latin-1.
        const bad = value ? /[^\t\x20-\x7E\x80-\xFF]/.exec(value) : null;
        if (!value || !bad)
            continue;
        const what = bad[0] === '\n' || bad[0] === '\r'
            ? bad.index >= value.trimEnd().length
                ? 'ends with a line break'
                : 'contains a line break'
            : `contains the control character U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`The environment variable ${name} ${what} (at character ${bad.index + 1}), which cannot be sent to AWS in a request header.`, [
            `Set ${name} without it: a secret pasted with a trailing newline is the usual cause (aws-actions/configure-aws-credentials never adds one).`,
        ]);
    }
}


/***/ }),

/***/ 6342:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   ZY: () => (/* binding */ markFailed),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _scrub_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1349);
// The few workflow commands the start-up path needs (read an input, mask a
// secret, annotate, fail), written by hand: importing @actions/core evaluates
// about 1 MB of HTTP client code (@actions/http-client, undici), which would
// make every bad input pay for it. Escaping follows @actions/core's
// command.ts exactly; a unit test compares the output of both byte for byte.
// Outputs and the job summary are file commands, written the same way, so a
// run that does not talk to GitHub's API never loads @actions/core at all.





const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
/** Every command but add-mask: known secrets never leave the process, whatever text they hide in. */
function issue(command, properties, message) {
    issueRaw(command, Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, typeof v === 'string' ? (0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubSecrets */ .Zg)(v) : v])), (0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubSecrets */ .Zg)(message));
}
function issueRaw(command, properties, message) {
    const props = Object.entries(properties)
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(',');
    process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`);
}
/** The raw value the runner passes (INPUT_<NAME>, hyphens kept); '' when unset. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '';
}
/**
 * A plain log line. Its text is often not the action's own (AFD's ids,
 * statuses and messages; GitHub's answers), so a line of it that would read
 * as a workflow command is neutralised, and known secrets are cut out.
 */
function info(message) {
    process.stdout.write((0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .neutraliseCommands */ .$B)((0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubSecrets */ .Zg)(message)) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
}
function warning(message) {
    issue('warning', {}, message);
}
function notice(message) {
    issue('notice', {}, message);
}
function setSecret(secret) {
    (0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(secret);
    issueRaw('add-mask', {}, secret);
}
function debug(message) {
    issue('debug', {}, message);
}
function error(message, properties = {}) {
    issue('error', {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        col: properties.startColumn,
    }, message);
}
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Fails the step without another annotation: for errors already annotated one by one. */
function markFailed() {
    process.exitCode = 1;
}
/** An output of the step, through the GITHUB_OUTPUT file as @actions/core writes it. */
function setOutput(name, rawValue) {
    const value = (0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubSecrets */ .Zg)(rawValue);
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        // Outside a runner (or an old one): the deprecated stdout command.
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL);
        issue('set-output', { name }, value);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} contains the delimiter`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`, {
        encoding: 'utf8',
    });
}
/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), as core.summary.addRaw(md, true).write() does. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file) {
        throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
    }
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(file, (0,_scrub_js__WEBPACK_IMPORTED_MODULE_4__/* .scrubSecrets */ .Zg)(markdown) + node_os__WEBPACK_IMPORTED_MODULE_3__.EOL, { encoding: 'utf8' });
}


/***/ }),

/***/ 1349:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $B: () => (/* binding */ neutraliseCommands),
/* harmony export */   Zg: () => (/* binding */ scrubSecrets),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony export clearSecrets */
/* harmony import */ var _report_markdown_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4285);
// What leaves the process (log lines, annotations, outputs, the job summary,
// the PR comment) passes through here. Two defences against text the action
// did not write (AFD's answers, GitHub's, a repository's files):
// - the secrets the action knows are cut out, in every form a renderer may
//   have given them (Markdown-escaped, HTML-escaped, JSON-escaped, cut short);
// - a log line cannot become a workflow command.

const REDACTED = '***';
/**
 * Secrets shorter than this are not cut out: they would shred ordinary words,
 * and no credential the action is given is that short.
 */
const MIN_SECRET_CHARS = 8;
/** Every form of every known secret, longest first (a longer form contains shorter ones). */
let forms = [];
/** Secrets, for the prefix-before-ellipsis check. */
const secrets = new Set();
/** Adds a secret (setSecret calls this); its lines count as secrets too, as the runner masks them. */
function registerSecret(value) {
    const pieces = [value, value.trim(), ...value.split(/\r?\n/).map((l) => l.trim())];
    for (const piece of pieces) {
        if (piece.length < MIN_SECRET_CHARS || secrets.has(piece))
            continue;
        secrets.add(piece);
        forms.push(piece, (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(piece), (0,_report_markdown_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeHtml */ .ZD)(piece), JSON.stringify(piece).slice(1, -1), encodeURIComponent(piece));
    }
    forms = [...new Set(forms)].sort((a, b) => b.length - a.length);
}
/** Forgets every secret (tests). */
function clearSecrets() {
    forms = [];
    secrets.clear();
}
/**
 * The text with every known secret cut out. A secret cut short by a size cap
 * ("IQoJb3Jp…") is cut out too: its head before an ellipsis, from 8 characters on.
 */
function scrubSecrets(text) {
    if (forms.length === 0)
        return text;
    let out = text;
    for (const form of forms)
        if (out.includes(form))
            out = out.split(form).join(REDACTED);
    return out.includes('…') ? scrubCutSecrets(out) : out;
}
/**
 * Cuts out the head of a secret that ends at an ellipsis (a size cap cut it
 * there), from 8 characters on. Only the characters just before each
 * ellipsis are examined, at most the longest secret's length, however long
 * the text's lines are.
 */
function scrubCutSecrets(text) {
    const longest = Math.max(...[...secrets].map((s) => s.length));
    const parts = [];
    let copied = 0;
    for (let end = text.indexOf('…'); end !== -1; end = text.indexOf('…', end + 1)) {
        const from = Math.max(copied, end - longest);
        let start = -1;
        for (let i = from; i + MIN_SECRET_CHARS <= end && start === -1; i++) {
            for (const secret of secrets) {
                // First and last characters first: the full comparison is rare.
                const length = end - i;
                if (length <= secret.length &&
                    text[i] === secret[0] &&
                    text[end - 1] === secret[length - 1] &&
                    secret.startsWith(text.slice(i, end))) {
                    start = i;
                    break;
                }
            }
        }
        if (start === -1)
            continue;
        parts.push(text.slice(copied, start), REDACTED);
        copied = end;
    }
    parts.push(text.slice(copied));
    return parts.join('');
}
/**
 * A log line the runner would read as a workflow command (`::name::`, or the
 * older `##[name]`, after leading white space) gets a zero-width space before
 * it: the runner no longer sees a command, a reader sees the same text. The
 * runner splits lines at \r as well as \n.
 */
function neutraliseCommands(text) {
    return text.replace(/(^|[\r\n])([^\S\r\n]*)(?=::|##\[)/g, '$1$2\u200B');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXTERNAL MODULE: ./src/runner/commands.ts
var commands = __nccwpck_require__(6342);
;// CONCATENATED MODULE: ./src/config/fields.ts
// One table of every value the request is built from: its action input and its
// config-file path. Config parsing, the input/config merge and the messages
// that name a missing value all read it, so the names cannot drift apart.
const FIELDS = {
    mode: { input: 'mode', config: 'mode' },
    region: { input: 'aws-region' },
    endpointUrl: { input: 'endpoint-url' },
    modelId: { input: 'model-id', config: 'model.modelId' },
    modelType: { input: 'model-type', config: 'model.modelType' },
    majorVersionNumber: { input: 'major-version-number', config: 'model.majorVersionNumber' },
    modelVersionNumber: { input: 'model-version-number', config: 'model.modelVersionNumber' },
    dataLocation: {
        input: 'training-data-location',
        config: 'model.retrain.externalEventsDetail.dataLocation',
    },
    dataAccessRoleArn: {
        input: 'data-access-role-arn',
        config: 'model.retrain.externalEventsDetail.dataAccessRoleArn',
    },
    startTime: {
        input: 'ingested-events-start-time',
        config: 'model.retrain.ingestedEventsDetail.ingestedEventsTimeWindow.startTime',
    },
    endTime: {
        input: 'ingested-events-end-time',
        config: 'model.retrain.ingestedEventsDetail.ingestedEventsTimeWindow.endTime',
    },
    /** Config only: a training schema is a structure, not a single value. */
    newMajorVersion: { config: 'model.newMajorVersion' },
    minAuc: { input: 'min-auc', config: 'model.gates.minAuc' },
    maxAucDrop: { input: 'max-auc-drop', config: 'model.gates.maxAucDrop' },
    activate: { input: 'activate-model', config: 'model.activate' },
    detectorId: { input: 'detector-id', config: 'detector.detectorId' },
    base: { input: 'base-version', config: 'detector.base' },
    ruleExecutionMode: { input: 'rule-execution-mode', config: 'detector.ruleExecutionMode' },
    rules: { input: 'rules', config: 'detector.rules' },
    /** Config only: outcomes are declared beside the rules that use them. */
    outcomes: { config: 'detector.outcomes' },
    modelVersions: { input: 'model-versions', config: 'detector.modelVersions' },
    externalModelEndpoints: {
        input: 'external-model-endpoints',
        config: 'detector.externalModelEndpoints',
    },
    description: { input: 'description', config: 'detector.description' },
    promote: { input: 'promote', config: 'detector.promote' },
    allowBaseChange: { input: 'allow-base-change', config: 'detector.allowBaseChange' },
    undeployReplacedModel: {
        input: 'undeploy-replaced-model',
        config: 'detector.undeployReplacedModel',
    },
    deleteStaleDrafts: { input: 'delete-stale-drafts', config: 'detector.deleteStaleDrafts' },
    // A one-off operation, so an input only: a config file that always rolled back would be a trap.
    rollbackTo: { input: 'rollback-to' },
    keepInactiveVersions: {
        input: 'keep-inactive-versions',
        config: 'detector.keepInactiveVersions',
    },
    tags: { input: 'tags', config: 'tags' },
    wait: { input: 'wait', config: 'wait' },
    timeoutMinutes: { input: 'timeout-minutes', config: 'timeoutMinutes' },
    comment: { input: 'comment' },
    // Input only: a safety policy of the workflow, not of a file a pull request can change.
    requireReviewedPlan: { input: 'require-reviewed-plan' },
    githubToken: { input: 'github-token' },
};
/** The action input of a field; undefined for config-only fields. */
function inputOf(key) {
    const f = FIELDS[key];
    return f.input;
}
/** Config keys that hold a mapping of further keys (everything else is a value). */
const CONFIG_SECTIONS = [
    'model',
    'model.retrain',
    'model.retrain.externalEventsDetail',
    'model.retrain.ingestedEventsDetail',
    'model.retrain.ingestedEventsDetail.ingestedEventsTimeWindow',
    'model.gates',
    'detector',
];
/** Config path → field, for the values the config file may hold. */
const CONFIG_FIELDS = new Map(Object.entries(FIELDS).flatMap(([key, f]) => 'config' in f ? [[f.config, key]] : []));

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __nccwpck_require__(241);
;// CONCATENATED MODULE: ./src/config/problems.ts
// Collects every input problem so the user sees them all in one run instead of
// fixing them one failed workflow at a time.

const MAX_VALUE_CHARS = 80;
/** Shown instead of a value that looks like a credential: no part of it is ever quoted. */
const CREDENTIAL_PLACEHOLDER = '(a value that looks like a credential; not shown)';
// Credentials by their shape. A pasted credential the action does not know
// (another account's key, a second token) cannot be scrubbed by value, and the
// runner's exact-match masking misses it once it is cut or Markdown-escaped
// (`ghp\_…`), so a value with one of these shapes is never quoted at all.
const CREDENTIAL_SHAPES = [
    // AWS access key ids: long-term (AKIA) and temporary (ASIA).
    /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/,
    // GitHub tokens: classic personal, OAuth, user-to-server, server-to-server, refresh; fine-grained.
    /\b(?:gh[pousr]_[A-Za-z0-9]{16,}|github_pat_[A-Za-z0-9_]{20,})/,
];
/**
 * Base64 tokens: exactly 40 characters is an AWS secret access key, 100 or
 * more a session token. Ordinary long values (a repeated letter, a git commit
 * SHA, which is 40 characters of lowercase hex; an S3 path) are not: a token
 * counts only with upper case, lower case and digits all mixed, as random
 * base64 has them.
 */
function looksLikeBase64Secret(value) {
    for (const token of value.match(/[A-Za-z0-9/+=]{40,}/g) ?? []) {
        if (token.length !== 40 && token.length < 100)
            continue;
        if (/[A-Z]/.test(token) && /[a-z]/.test(token) && /[0-9]/.test(token))
            return true;
    }
    return false;
}
function looksLikeCredential(value) {
    return CREDENTIAL_SHAPES.some((shape) => shape.test(value)) || looksLikeBase64Secret(value);
}
/** One line, at most ~80 characters, so a pasted blob cannot flood the log. */
function shorten(value, max = MAX_VALUE_CHARS) {
    const oneLine = value.replace(/\s*\n\s*/g, ' ').trim();
    const chars = [...oneLine];
    return chars.length <= max ? oneLine : chars.slice(0, max - 1).join('') + '…';
}
/**
 * At most this many problems are kept and listed (in the log, as annotations
 * and in the summary); the rest are only counted. A config file with 50,000
 * unknown keys must not write 50,000 annotations and a summary GitHub drops.
 */
const MAX_PROBLEMS_LISTED = 50;
/**
 * The value as an error may quote it: known secrets cut out first (shortening
 * first would leave a secret's head that no longer matches it), then a value
 * that still looks like a credential replaced whole, then shortened.
 */
function displayValue(value, secrets) {
    // Only the head can be shown; a bounded slice keeps a 100 MiB value cheap.
    // Anything past it is cut by shorten anyway, so a secret it splits never shows.
    const scrubbed = scrubKnown(value.slice(0, DISPLAY_SCAN_CHARS), secrets);
    return looksLikeCredential(scrubbed) ? CREDENTIAL_PLACEHOLDER : shorten(scrubbed);
}
const DISPLAY_SCAN_CHARS = 8_192;
/** Secrets under 4 characters are not cut out: they would shred ordinary words. */
function scrubKnown(text, secrets) {
    return secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('***'), text);
}
class Problems {
    list = [];
    /** Problems found after the first MAX_PROBLEMS_LISTED: counted, not kept. */
    unlisted = 0;
    add(where, value, rule) {
        if (this.list.length >= MAX_PROBLEMS_LISTED) {
            this.unlisted++;
            return;
        }
        const problem = {
            // The config file's root has the empty path.
            input: where.input || 'config',
            rule: where.detail ? `${where.detail}: ${rule}` : rule,
        };
        // Kept whole until throwIfAny knows the secrets: see displayValue.
        if (value !== undefined)
            problem.value = value;
        if (where.position)
            problem.position = where.position;
        this.list.push(problem);
    }
    get size() {
        return this.list.length + this.unlisted;
    }
    /**
     * Throws one InputError with every problem. `secrets` are cut out of every
     * message first: a token pasted into the wrong input must not reach the log.
     */
    throwIfAny(secrets = []) {
        if (this.list.length === 0)
            return;
        throw new errors/* InputError */.dz(this.list.map((p) => {
            const clean = { ...p, rule: scrubKnown(p.rule, secrets) };
            if (p.value !== undefined)
                clean.value = displayValue(p.value, secrets);
            return clean;
        }), this.unlisted);
    }
}

;// CONCATENATED MODULE: ./src/config/suggest.ts
// "Did you mean" for unknown config keys: a misspelt key silently ignored is
// the worst kind of config bug, so it is an error, and the error helps.

/** Levenshtein distance: single-character insertions, deletions and substitutions. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const up = row[j];
            row[j] = Math.min(up + 1, row[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = up;
        }
    }
    return row[b.length];
}
/** The closest candidate, when it is close enough to be a typo. */
function closest(word, candidates) {
    const norm = (s) => s.toLowerCase().replace(/[-_]/g, '');
    let best;
    let bestScore = Infinity;
    for (const c of candidates) {
        const [w, k] = [norm(word), norm(c)];
        // `version` for `ruleVersion`, `FIRST` for `FIRST_MATCHED`: a part of the name is a typo too.
        const partial = w.length >= 3 && (k.includes(w) || w.includes(k));
        const score = w === k ? 0 : partial ? 1 : distance(word.toLowerCase(), c.toLowerCase());
        if (score < bestScore)
            [best, bestScore] = [c, score];
    }
    const allowed = Math.max(2, Math.floor(word.length / 3));
    return bestScore <= allowed ? best : undefined;
}
function unknownKeyRule(key, known) {
    const guess = closest(key, known);
    const hint = guess ? ` — did you mean '${guess}'?` : '';
    return `unknown key '${shorten(key)}'${hint} (known keys: ${known.join(', ')})`;
}

;// CONCATENATED MODULE: ./src/config/declared-inputs.ts
// The inputs action.yml declares, and the warning for any other `with:` key.
// A misspelt input (`min_auc`, `detectorid`) is otherwise ignored and the run
// succeeds without what the user asked for (a gate, a detector), so each one is
// named with the closest declared input. A warning, not a failure, as the
// runner itself treats unexpected inputs (its own warning lists the valid
// inputs but guesses none, and there is none outside a runner, e.g. under
// @github/local-action). Pure: the shell passes the environment.


/**
 * Every input action.yml declares, in no particular order.
 * test/unit/docs/action-metadata.test.ts keeps this list and action.yml equal.
 */
const DECLARED_INPUTS = [
    ...new Set([
        // Config-only fields (detector.outcomes, model.newMajorVersion) have no input.
        ...Object.keys(FIELDS).flatMap((key) => inputOf(key) ?? []),
        'config',
        'allow-pr-head-config',
    ]),
];
/** The variable the runner sets for an input: INPUT_<NAME>, upper-cased, spaces → _, hyphens kept. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** At most this many unexpected inputs are named: the environment is not ours to flood the log with. */
const MAX_REPORTED = 20;
const MAX_NAME_CHARS = 64;
/**
 * One warning per INPUT_* variable that is not a declared input. The runner
 * upper-cases the name, so it is shown lower-cased, which is how a workflow
 * almost always spells it.
 */
function unexpectedInputWarnings(env) {
    const declared = new Set(DECLARED_INPUTS.map(inputVariable));
    const unexpected = Object.keys(env)
        .filter((key) => key.startsWith('INPUT_') && key.length > 'INPUT_'.length)
        .filter((key) => !declared.has(key))
        .map((key) => key.slice('INPUT_'.length).toLowerCase())
        .sort();
    const warnings = unexpected.slice(0, MAX_REPORTED).map((name) => {
        const shown = name.length > MAX_NAME_CHARS ? `${name.slice(0, MAX_NAME_CHARS - 1)}…` : name;
        const guess = closest(name, DECLARED_INPUTS);
        return guess
            ? `Unexpected input '${shown}'; did you mean '${guess}'? It is ignored.`
            : `Unexpected input '${shown}': this action does not declare it, so it is ignored. Valid inputs: ${[...DECLARED_INPUTS].sort().join(', ')}.`;
    });
    if (unexpected.length > MAX_REPORTED)
        warnings.push(`… and ${unexpected.length - MAX_REPORTED} more unexpected inputs, all ignored.`);
    return warnings;
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/config/yaml-values.ts

/** A plain input string as a RawValue. */
function inputValue(input, text) {
    return { kind: 'scalar', value: text, text, where: { input } };
}
function childWhere(ctx, parent, rawKey, offset) {
    // A key is part of every name below it: a 1 MiB key must not be quoted in each.
    const key = typeof rawKey === 'string' ? shorten(rawKey) : rawKey;
    if (ctx.file !== undefined) {
        const input = typeof key === 'number'
            ? `${parent.input}[${key}]`
            : parent.input === ''
                ? key
                : `${parent.input}.${key}`;
        return { input, position: positionAt(ctx, offset ?? 0) };
    }
    const part = typeof key === 'number' ? `item ${key + 1}` : key;
    return { input: parent.input, detail: parent.detail ? `${parent.detail}, ${part}` : part };
}
function positionAt(ctx, offset) {
    const { line, col } = ctx.lineCounter.linePos(offset);
    return { file: ctx.file ?? '', line, column: col };
}
/** Aliases nested deeper than this are almost certainly a billion-laughs file. */
const MAX_DEPTH = 32;
/**
 * Depth alone does not stop a billion-laughs file: nine levels of aliases that
 * each repeat the level below ten times expand to a billion values from a few
 * hundred bytes. No real config comes near this many values.
 */
const MAX_EXPANDED_VALUES = 20_000;
function convert(ctx, node, where, problems, depth) {
    if (depth > MAX_DEPTH) {
        problems.add(where, undefined, `is nested more than ${MAX_DEPTH} levels deep`);
        return { kind: 'scalar', value: null, text: '', where };
    }
    if (++ctx.expanded > MAX_EXPANDED_VALUES) {
        if (ctx.expanded === MAX_EXPANDED_VALUES + 1)
            problems.add(where, undefined, `expands to more than ${MAX_EXPANDED_VALUES} values (aliases that repeat aliases?); write the values out`);
        return { kind: 'scalar', value: null, text: '', where };
    }
    const { isAlias, isMap, isScalar, isSeq } = ctx.yaml;
    if (isAlias(node))
        return convert(ctx, node.resolve(ctx.doc), where, problems, depth + 1);
    const text = node?.range ? ctx.source.slice(node.range[0], node.range[1]).trim() : '';
    if (isMap(node)) {
        const entries = [];
        // Duplicate keys are found here with a Set: the yaml package's own check
        // (uniqueKeys) compares each key with every earlier one, which takes
        // minutes for a file with 200,000 keys.
        const seen = new Set();
        for (const pair of node.items) {
            const keyNode = pair.key;
            const keyOffset = keyNode?.range?.[0];
            const keyScalar = isScalar(keyNode) ? keyNode.value : undefined;
            if (typeof keyScalar !== 'string' &&
                typeof keyScalar !== 'number' &&
                typeof keyScalar !== 'boolean') {
                problems.add(childWhere(ctx, where, '?', keyOffset), undefined, 'map keys must be plain text');
                continue;
            }
            const key = String(keyScalar);
            const keyWhere = childWhere(ctx, where, key, keyOffset);
            if (seen.has(key)) {
                problems.add(keyWhere, undefined, `is not valid YAML: map keys must be unique ('${shorten(key)}' is given more than once)`);
                continue;
            }
            seen.add(key);
            const valueNode = pair.value;
            // `key:` with nothing after it has no useful range; point at the key instead.
            const valueOffset = valueNode?.range && valueNode.range[1] > valueNode.range[0]
                ? valueNode.range[0]
                : keyOffset;
            const valueWhere = childWhere(ctx, where, key, valueOffset);
            entries.push({
                key,
                keyWhere,
                value: convert(ctx, valueNode, valueWhere, problems, depth + 1),
            });
        }
        return { kind: 'map', entries, text, where };
    }
    if (isSeq(node)) {
        const items = node.items.map((item, i) => {
            const itemNode = item;
            return convert(ctx, itemNode, childWhere(ctx, where, i, itemNode?.range?.[0]), problems, depth + 1);
        });
        return { kind: 'seq', items, text, where };
    }
    if (isScalar(node)) {
        const v = node.value;
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') {
            // Keep numbers as written: `1.10` must not become "1.1".
            const written = typeof v === 'string' ? v : (node.source ?? String(v));
            const start = typeof v === 'string' && ctx.file !== undefined && node.range
                ? textStartOffset(ctx.source, node.range[0], String(node.type))
                : undefined;
            if (start === undefined)
                return { kind: 'scalar', value: v, text: written, where };
            const { line, col } = ctx.lineCounter.linePos(start);
            return { kind: 'scalar', value: v, text: written, where, textStart: { line, column: col } };
        }
        problems.add(where, text, 'has a YAML type this action does not read (use plain text)');
        return { kind: 'scalar', value: null, text, where };
    }
    return { kind: 'scalar', value: null, text: '', where };
}
/** Offset of a string scalar's first character: past an opening quote, or past a block header line and its indentation. */
function textStartOffset(source, start, type) {
    if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE')
        return start + 1;
    if (type !== 'BLOCK_LITERAL' && type !== 'BLOCK_FOLDED')
        return start;
    const newline = source.indexOf('\n', start);
    if (newline < 0)
        return start;
    let i = newline + 1;
    // Blank lines before the first content line belong to the scalar too.
    while (i < source.length && (source[i] === ' ' || source[i] === '\n' || source[i] === '\r'))
        i++;
    return i;
}
function firstLine(message) {
    return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}
function parseWith(yaml, source, where, problems, file, reportValue) {
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: false });
    if (doc.errors.length > 0) {
        for (const err of doc.errors) {
            const pos = err.linePos?.[0];
            if (file !== undefined) {
                problems.add({ input: where.input, position: { file, line: pos?.line ?? 1, column: pos?.col ?? 1 } }, undefined, `is not valid YAML: ${firstLine(err.message)}`);
            }
            else {
                const at = pos ? ` (line ${pos.line}, column ${pos.col} of the input)` : '';
                problems.add(where, reportValue, `is not valid YAML: ${firstLine(err.message)}${at}`);
            }
        }
        return { ok: false };
    }
    if (doc.contents === null)
        return { ok: true };
    const ctx = { yaml, doc, source, lineCounter, expanded: 0 };
    if (file !== undefined)
        ctx.file = file;
    // A config file's root has the empty path, so its children are `model`, not `config.model`.
    const rootWhere = file !== undefined ? { input: '', position: positionAt(ctx, doc.contents.range[0]) } : where;
    return { ok: true, value: convert(ctx, doc.contents, rootWhere, problems, 0) };
}
/** Parse an inline YAML input such as `rules`; problems name the input. */
function parseInlineYaml(yaml, input, source, problems) {
    return parseWith(yaml, source, { input }, problems, undefined, source);
}
/**
 * Parse a config file; every value carries `file:line:column` and a dotted path
 * from the root (the root itself has the path `''`, which problems report as `config`).
 */
function parseYamlFile(yaml, file, source, problems) {
    return parseWith(yaml, source, { input: 'config' }, problems, file, undefined);
}
function kindWords(v) {
    if (v.kind === 'seq')
        return 'a list';
    if (v.kind === 'map')
        return 'a mapping';
    if (v.value === null)
        return 'empty';
    return `a ${typeof v.value}`;
}

;// CONCATENATED MODULE: ./src/config/config-file.ts
// The optional YAML config file: found inside the workspace, parsed with line
// numbers, checked for unknown keys, and flattened into the same field table the
// inputs use. Values are only collected here; parse-request checks them, so an
// input and a config value get exactly the same rules.




/** The root key that lists detector sections, each shaped like `detector:`. */
const DETECTOR_LIST_KEY = 'detectors';
/**
 * The largest config file read. A real one is a few KiB; the limit keeps a
 * huge file (or a link to /dev/zero) from costing the runner its memory.
 */
const MAX_CONFIG_FILE_BYTES = 1024 * 1024;
const PATH_RULE = 'must be a path relative to the repository workspace, inside it';
/**
 * The workspace-relative path (forward slashes, as annotations want it) and the
 * path to read, or undefined when the path may not be used.
 */
function resolveConfigPath(raw, workspace, problems) {
    const where = { input: 'config' };
    if (raw.includes('\0')) {
        problems.add(where, raw, 'must not contain NUL characters');
        return undefined;
    }
    // Both separators, so a Windows-style path cannot slip past on Linux and vice versa.
    const slashed = raw.replace(/\\/g, '/');
    if (external_node_path_default().posix.isAbsolute(slashed) || external_node_path_default().win32.isAbsolute(raw)) {
        problems.add(where, raw, `${PATH_RULE}; absolute paths are not allowed`);
        return undefined;
    }
    const normal = external_node_path_default().posix.normalize(slashed);
    if (normal === '..' || normal.startsWith('../')) {
        problems.add(where, raw, `${PATH_RULE}; '..' may not leave the workspace`);
        return undefined;
    }
    if (normal === '.' || normal.endsWith('/')) {
        problems.add(where, raw, 'must name a file, not a directory');
        return undefined;
    }
    const full = workspace ? external_node_path_default().join(workspace, ...normal.split('/')) : normal;
    return { display: normal, full };
}
function parentOf(p) {
    const i = p.lastIndexOf('.');
    return i < 0 ? '' : p.slice(0, i);
}
const SECTION_SET = new Set(CONFIG_SECTIONS);
function knownKeys(section) {
    const all = [...CONFIG_SECTIONS, DETECTOR_LIST_KEY, ...CONFIG_FIELDS.keys()];
    return all.filter((p) => parentOf(p) === section).map((p) => p.slice(p.lastIndexOf('.') + 1));
}
/** `detectors:`: a list of mappings, each walked as a `detector:` section of its own. */
function collectDetectorList(value, problems) {
    const rule = `must be a list of detector sections (each with the keys ${knownKeys('detector').join(', ')})`;
    if (value.kind !== 'seq') {
        if (!(value.kind === 'scalar' && value.value === null))
            problems.add(value.where, value.text, `${rule}, not ${kindWords(value)}`);
        return [];
    }
    if (value.items.length === 0)
        problems.add(value.where, undefined, `${rule}; it is empty`);
    const sections = [];
    for (const item of value.items) {
        if (item.kind !== 'map') {
            problems.add(item.where, item.text, `must be a detector section (a mapping), not ${kindWords(item)}`);
            continue;
        }
        const values = {};
        walk(item, 'detector', values, problems);
        sections.push({ values, where: item.where });
    }
    return sections;
}
function walk(map, section, out, problems) {
    const known = knownKeys(section);
    for (const { key, keyWhere, value } of map.entries) {
        const child = section ? `${section}.${key}` : key;
        if (SECTION_SET.has(child)) {
            if (value.kind === 'map')
                walk(value, child, out, problems);
            else if (!(value.kind === 'scalar' && value.value === null))
                problems.add(value.where, value.text, `must be a mapping with the keys ${knownKeys(child).join(', ')}, not ${kindWords(value)}`);
            continue;
        }
        const field = CONFIG_FIELDS.get(child);
        if (field === undefined) {
            problems.add(keyWhere, undefined, unknownKeyRule(key, known));
            continue;
        }
        // `key:` with no value counts as unset, like a blank input.
        if (value.kind === 'scalar' && value.value === null)
            continue;
        out[field] = value;
    }
    if (section === 'model.retrain') {
        const keys = map.entries.map((e) => e.key);
        if (!keys.includes('externalEventsDetail') && !keys.includes('ingestedEventsDetail'))
            problems.add(map.where, undefined, 'must hold externalEventsDetail (dataLocation, dataAccessRoleArn) or ingestedEventsDetail (ingestedEventsTimeWindow)');
    }
}
/** Config values found in `root` (a parsed config file). */
function collectConfigValues(root, problems) {
    const out = {};
    if (root.kind !== 'map') {
        // Not the root's text: whatever the file holds is not echoed into the log.
        problems.add(root.where, undefined, `the config file must be a YAML mapping with the keys ${knownKeys('').join(', ')}, not ${kindWords(root)}`);
        return { values: out, detectors: [] };
    }
    const list = root.entries.find((e) => e.key === DETECTOR_LIST_KEY);
    const rest = { ...root, entries: root.entries.filter((e) => e !== list) };
    walk(rest, '', out, problems);
    return { values: out, detectors: list ? collectDetectorList(list.value, problems) : [] };
}
/**
 * " — did you mean .github/afd.yaml?" when the missing file's folder holds a
 * near name: a typo's few edits (case ignored), not `closest`'s partial
 * match, which would offer any short name contained in this one.
 */
function nearNameHint(display, siblings) {
    const slash = display.lastIndexOf('/');
    const [folder, name] = [display.slice(0, slash + 1), display.slice(slash + 1)];
    const allowed = Math.max(2, Math.floor(name.length / 3));
    let best;
    for (const sibling of siblings) {
        if (sibling === name)
            continue;
        const score = distance(name.toLowerCase(), sibling.toLowerCase());
        if (score <= allowed && (best === undefined || score < best.score))
            best = { name: sibling, score };
    }
    return best === undefined ? '' : ` — did you mean ${folder}${best.name}?`;
}
/** Read, parse and flatten the config file named by the `config` input. */
function loadConfigFile(rawPath, access, problems) {
    const none = { values: {}, detectors: [] };
    const resolved = resolveConfigPath(rawPath, access.workspace, problems);
    if (!resolved)
        return none;
    const file = access.readFile(resolved.full, {
        workspace: access.workspace,
        maxBytes: MAX_CONFIG_FILE_BYTES,
    });
    if (file.kind === 'missing') {
        problems.add({ input: 'config' }, rawPath, `must name an existing file (looked for ${resolved.display} in the workspace; is the repository checked out?)${nearNameHint(resolved.display, file.siblings)}`);
        return none;
    }
    if (file.kind === 'refused') {
        const where = { input: 'config' };
        problems.add(file.line === undefined
            ? where
            : { ...where, position: { file: resolved.display, line: file.line } }, rawPath, `the file ${file.rule}`);
        return none;
    }
    const parsed = parseYamlFile(access.yaml, resolved.display, file.text, problems);
    // An empty file is an empty config: inputs may still say everything.
    return parsed.value ? collectConfigValues(parsed.value, problems) : none;
}

;// CONCATENATED MODULE: ./src/config/detector-sections.ts
// `detectors:` in the config file: a list of detector sections, each shaped
// like `detector:`. A run handles the one that `detector-id` names (or the only
// one); the others' values never mix into it.

/** The fields a detector section holds (`detector.*`). */
const DETECTOR_FIELDS = [...CONFIG_FIELDS]
    .filter(([path]) => path.startsWith('detector.'))
    .map(([, key]) => key);
function detectorIdOf(section) {
    const id = section.values.detectorId;
    return id?.kind === 'scalar' && id.value !== null ? id.text.trim() : undefined;
}
/**
 * The config values of this run: with a `detectors:` list, the top-level values
 * plus the one detector section selected by `detector-id` (or the only one).
 * Without a list, the file's values as they are.
 */
function selectDetector(file, detectorIdInput, problems) {
    if (file.detectors.length === 0)
        return file.values;
    const shared = { ...file.values };
    const single = {};
    for (const key of DETECTOR_FIELDS) {
        const value = shared[key];
        if (value === undefined)
            continue;
        single[key] = value;
        delete shared[key];
    }
    // `detector:` beside `detectors:` is one more detector of the list.
    const first = Object.values(single)[0];
    const all = first === undefined
        ? file.detectors
        : [{ values: single, where: first.where }, ...file.detectors];
    const named = new Map();
    for (const section of all) {
        const id = detectorIdOf(section);
        if (id === undefined) {
            problems.add(section.where, undefined, 'must hold detectorId (every detector section names its detector)');
            continue;
        }
        if (named.has(id)) {
            problems.add(section.values.detectorId.where, id, 'names a detector a second time: each detector may have one section in the config file');
            continue;
        }
        named.set(id, section);
    }
    const ids = [...named.keys()];
    const wanted = detectorIdInput.trim();
    if (wanted !== '') {
        const chosen = named.get(wanted);
        if (chosen)
            return { ...shared, ...chosen.values };
        problems.add({ input: FIELDS.detectorId.input }, wanted, `must name one of the detectors of the config file (${ids.join(', ')})`);
        return shared;
    }
    if (named.size === 1)
        return { ...shared, ...named.values().next().value.values };
    if (named.size > 1)
        problems.add({ input: FIELDS.detectorId.input }, undefined, `is required when the config file lists more than one detector (${ids.join(', ')}): a run handles one detector, so run one step per detector (for example a matrix over detector-id)`);
    return shared;
}

// EXTERNAL MODULE: ./src/config/constraints.ts
var constraints = __nccwpck_require__(5046);
// EXTERNAL MODULE: ./src/domain/request.ts
var request = __nccwpck_require__(805);
;// CONCATENATED MODULE: ./src/config/relative-time.ts
// Ingested-events window times: ISO-8601 with a timezone, or relative to the
// run (`now`, `-90d`), so a scheduled retrain can say "the last 90 days" without
// a script computing dates. Resolved here, once, against the caller's clock.
const TIME_RULE = 'must be an ISO-8601 time with a timezone (e.g. 2026-01-31T00:00:00Z) or a relative time: now, -30m, -12h, -90d, -2w';
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
const RELATIVE = /^-(\d{1,6})([mhdw])$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|([+-])(\d{2}):?(\d{2}))$/;
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function parseIso(text) {
    const m = ISO.exec(text);
    if (!m)
        return undefined;
    const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    // Date.parse rolls 2026-02-30 over to March; a typo'd date must fail instead.
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return undefined;
    if (hour > 23 || minute > 59 || second > 59)
        return undefined;
    let offsetMs = 0;
    if (m[7] !== 'Z') {
        const oh = Number(m[9]);
        const om = Number(m[10]);
        if (oh > 23 || om > 59)
            return undefined;
        offsetMs = (m[8] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
    }
    return Date.UTC(year, month - 1, day, hour, minute, second) - offsetMs;
}
/** Epoch milliseconds for an absolute or relative time, or undefined when it is neither. */
function resolveTime(text, now) {
    if (text === 'now')
        return now.getTime();
    const rel = RELATIVE.exec(text);
    if (rel)
        return now.getTime() - Number(rel[1]) * UNIT_MS[rel[2]];
    return parseIso(text);
}
/** `YYYY-MM-DDTHH:mm:ssZ`, the form AFD shows in its own responses (whole seconds, UTC). */
function formatAfdTime(ms) {
    return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

;// CONCATENATED MODULE: ./src/config/cross-field.ts
// Rules between inputs (training data needs a model, promote needs a detector,
// …). Each problem names both sides, by input name or config path, so the user
// knows which of the two to change.



/** Cross-field problems name a value, not a part of it. */
function plain(where) {
    return where.position ? { input: where.input, position: where.position } : { input: where.input };
}
function checkWindow(raw, startMs, endMs, now, p, name) {
    if (startMs === undefined || endMs === undefined)
        return;
    // Compare what AFD will see: whole seconds.
    if (Math.floor(startMs / 1000) >= Math.floor(endMs / 1000))
        p.add(plain(raw.startTime.where), `${raw.startTime.text.trim()} (${formatAfdTime(startMs)})`, `must be before ${name('endTime')} (${formatAfdTime(endMs)}, resolved at ${formatAfdTime(now.getTime())})`);
}
/**
 * How a message names a field: where it came from when set; else its input
 * name, plus its config path when the user works from a config file.
 */
function namer(raw, usesConfig) {
    return (key) => {
        const set = raw[key]?.where.input;
        if (set !== undefined)
            return set;
        const f = FIELDS[key];
        if (f.input === undefined)
            return f.config ?? key;
        return usesConfig && f.config ? `${f.input} (${f.config})` : f.input;
    };
}
const cross_field_DETECTOR_FIELDS = [
    'base',
    'ruleExecutionMode',
    'rules',
    'modelVersions',
    'externalModelEndpoints',
    'description',
    'allowBaseChange',
    'undeployReplacedModel',
    'deleteStaleDrafts',
    'rollbackTo',
    'keepInactiveVersions',
];
const MODEL_HINT = 'training data (training-data-location + data-access-role-arn, or ingested-events-start-time + ingested-events-end-time) to retrain, or model-version-number to use an existing version';
/** What a missing model value is, for the message that asks for it. */
const MODEL_VALUE = {
    modelId: 'the model id',
    modelType: `the model type, one of ${request/* MODEL_TYPES */.me.join(', ')}`,
    majorVersionNumber: 'the major version to retrain, a whole number such as 1',
};
function checkCrossField(raw, f, p, n) {
    const has = (k) => raw[k] !== undefined;
    const problem = (k, rule) => p.add(plain(raw[k].where), raw[k].text.trim(), rule);
    // Named after the value that is missing, not the one that needs it: that is
    // the input to add. Annotated at the value that needs it when that is in the
    // config file (the missing one has no line of its own).
    const missing = (k, needer, reason) => {
        const position = raw[needer]?.where.position;
        p.add(position ? { input: n(k), position } : { input: n(k) }, undefined, `is missing: ${reason}; give ${MODEL_VALUE[k]}`);
    };
    // externalEventsDetail needs both halves; so does the ingested window.
    for (const [a, b, what] of [
        ['dataLocation', 'dataAccessRoleArn', 'externalEventsDetail'],
        ['dataAccessRoleArn', 'dataLocation', 'externalEventsDetail'],
        ['startTime', 'endTime', 'the ingested events window'],
        ['endTime', 'startTime', 'the ingested events window'],
    ])
        if (has(a) && !has(b))
            problem(a, `needs ${n(b)} as well: both make ${what}`);
    const external = has('dataLocation')
        ? 'dataLocation'
        : has('dataAccessRoleArn')
            ? 'dataAccessRoleArn'
            : undefined;
    const ingested = has('startTime') ? 'startTime' : has('endTime') ? 'endTime' : undefined;
    if (external && ingested)
        problem(external, `cannot be combined with ${n(ingested)}: a retrain reads either external events from S3 or events ingested into AFD, not both`);
    const retrain = external ?? ingested;
    // A new major version is found by its schema (or created): it names its own major version.
    const newMajor = has('newMajorVersion');
    if (newMajor) {
        for (const k of ['modelId', 'modelType'])
            if (!has(k))
                missing(k, 'newMajorVersion', `${n('newMajorVersion')} makes a version of a model`);
        for (const k of ['majorVersionNumber', 'modelVersionNumber'])
            if (has(k))
                problem(k, `cannot be combined with ${n('newMajorVersion')}: the major version is the one whose training schema and data source equal ${n('newMajorVersion')} (found, or created by CreateModelVersion)`);
    }
    if (retrain) {
        const needed = newMajor
            ? ['modelId', 'modelType']
            : ['modelId', 'modelType', 'majorVersionNumber'];
        for (const k of needed)
            if (!has(k))
                missing(k, retrain, `retraining needs it (${n(retrain)} is set)`);
        if (has('modelVersionNumber'))
            problem('modelVersionNumber', `cannot be combined with ${n(retrain)}: model-version-number uses an existing version, training data asks for a retrain`);
    }
    const modelKeys = ['modelId', 'modelType', 'majorVersionNumber', 'modelVersionNumber'];
    const firstModel = modelKeys.find(has);
    const hasModel = retrain !== undefined || firstModel !== undefined || newMajor;
    if (!retrain && !newMajor && firstModel) {
        for (const k of ['modelId', 'modelType'])
            if (!has(k))
                missing(k, firstModel, `AFD names a model by its id and its type (${n(firstModel)} is set)`);
        if (!has('modelVersionNumber') && !f.idleModel)
            problem(firstModel, `says nothing to do with the model: give ${MODEL_HINT}`);
        else if (f.major && f.mvn && f.mvn.split('.')[0] !== f.major)
            problem('modelVersionNumber', `is not a version of ${n('majorVersionNumber')} = ${JSON.stringify(f.major)}`);
    }
    const needModel = (k) => problem(k, `needs a model: set ${n('modelId')} and ${n('modelType')} with ${MODEL_HINT}`);
    for (const k of ['minAuc', 'maxAucDrop']) {
        if (!has(k))
            continue;
        if (!hasModel)
            needModel(k);
        else if (f.modelType === 'ACCOUNT_TAKEOVER_INSIGHTS')
            problem(k, `does not apply when ${n('modelType')} is ACCOUNT_TAKEOVER_INSIGHTS: AFD reports ASI (account takeover sensitivity index) for those models, not AUC`);
        // With wait: false the gates apply in the later run that picks the version
        // up (the detached-training pattern), so the same config serves both runs.
    }
    if (f.activate) {
        if (!hasModel)
            needModel('activate');
    }
    const hasDetector = has('detectorId');
    // The retrained version joins the detector version, and AFD takes only ACTIVE
    // model versions there: say so now, not after hours of training.
    const training = retrain ?? (newMajor ? 'newMajorVersion' : undefined);
    if (training && hasDetector && !f.activate)
        p.add(raw.activate ? plain(raw.activate.where) : { input: n('activate') }, raw.activate?.text.trim(), `must be true when a ${retrain ? 'retrain' : 'new major version'} feeds ${n('detectorId')}: the new model version goes into the detector version, and AFD accepts only ACTIVE model versions there`);
    if (!hasDetector) {
        for (const k of cross_field_DETECTOR_FIELDS)
            if (has(k))
                problem(k, `needs ${n('detectorId')}: it describes a detector version`);
        if (f.promote)
            problem('promote', `needs ${n('detectorId')}: there is no detector version to promote`);
    }
    if (f.idleModel && !hasDetector && firstModel)
        problem(firstModel, `nothing to do: the config file describes the model but gives it nothing to do, and there is no ${n('detectorId')}; give ${MODEL_HINT}, or a detector`);
    const dependents = ['minAuc', 'maxAucDrop', 'activate', 'promote', ...cross_field_DETECTOR_FIELDS];
    if (!hasModel && !hasDetector && !dependents.some(has))
        p.add({ input: 'model-id' }, undefined, 'nothing to do: set model-id (with training data or model-version-number) and/or detector-id, as inputs or in the config file');
}

// EXTERNAL MODULE: ./src/planner/rule-lint.ts + 17 modules
var rule_lint = __nccwpck_require__(1160);
;// CONCATENATED MODULE: ./src/config/booleans.ts
// Booleans exactly as @actions/core's getBooleanInput reads them (YAML 1.2 core
// schema), so `promote: yes` fails here instead of quietly meaning false.
const TRUE_WORDS = ['true', 'True', 'TRUE'];
const FALSE_WORDS = ['false', 'False', 'FALSE'];
const BOOLEAN_RULE = 'must be a boolean: true | True | TRUE | false | False | FALSE';
/** The boolean a (trimmed) word stands for, or undefined when it is not one. */
function parseBoolean(word) {
    if (TRUE_WORDS.includes(word))
        return true;
    if (FALSE_WORDS.includes(word))
        return false;
    return undefined;
}

;// CONCATENATED MODULE: ./src/config/values.ts





/** Trimmed text of a scalar; undefined (and no problem) when blank or empty. */
function readText(v, problems) {
    if (v.kind !== 'scalar') {
        problems.add(v.where, v.text, `must be a single value, not ${kindWords(v)}`);
        return undefined;
    }
    if (v.value === null)
        return undefined;
    if (typeof v.value === 'boolean') {
        problems.add(v.where, v.text, 'must be text, not a boolean (quote it if you meant the word)');
        return undefined;
    }
    const text = v.text.trim();
    return text === '' ? undefined : text;
}
function readConstrained(v, c, problems) {
    const text = readText(v, problems);
    if (text === undefined)
        return undefined;
    if (!(0,constraints/* meetsConstraint */.kZ)(c, text)) {
        problems.add(v.where, text, (0,constraints/* describeConstraint */.Rl)(c));
        return undefined;
    }
    return text;
}
function readEnum(v, allowed, problems) {
    const text = readText(v, problems);
    if (text === undefined)
        return undefined;
    if (allowed.includes(text))
        return text;
    const guess = closest(text, allowed);
    const hint = guess ? ` — did you mean ${guess}?` : '';
    problems.add(v.where, text, `must be one of ${allowed.join(', ')}${hint}`);
    return undefined;
}
function readBoolean(v, problems) {
    if (v.kind === 'scalar' && typeof v.value === 'boolean')
        return v.value;
    if (v.kind !== 'scalar' || typeof v.value === 'number') {
        problems.add(v.where, v.text, BOOLEAN_RULE);
        return undefined;
    }
    const text = readText(v, problems);
    if (text === undefined)
        return undefined;
    const b = parseBoolean(text);
    if (b === undefined)
        problems.add(v.where, text, BOOLEAN_RULE);
    return b;
}
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** A finite decimal number; ranges are checked by the caller, which knows the words for them. */
function readNumber(v, problems, rule) {
    if (v.kind === 'scalar' && typeof v.value === 'number') {
        if (Number.isFinite(v.value))
            return v.value;
        problems.add(v.where, v.text, rule);
        return undefined;
    }
    const text = readText(v, problems);
    if (text === undefined)
        return undefined;
    // Number('') is 0 and Number('0x1') is 1: only plain decimals count.
    if (!DECIMAL.test(text)) {
        problems.add(v.where, text, rule);
        return undefined;
    }
    return Number(text);
}
function readWholeNumber(v, problems, min, max) {
    const rule = `must be a whole number from ${min} to ${max}`;
    const text = readText(v, problems);
    if (text === undefined)
        return undefined;
    if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
        problems.add(v.where, text, rule);
        return undefined;
    }
    return Number(text);
}
/**
 * A number `ok` accepts. A value out of range that `looksLikePercent` (e.g.
 * `min-auc: 90`) suggests the fraction it likely means (`0.9`).
 */
function readRange(v, p, rule, ok, looksLikePercent = () => false) {
    const n = readNumber(v, p, rule);
    if (n === undefined)
        return undefined;
    if (!ok(n)) {
        const asFraction = Number((n / 100).toFixed(6));
        const hint = looksLikePercent(n) && ok(asFraction)
            ? ` — did you mean ${asFraction}? It is a fraction, not a percentage`
            : '';
        p.add(v.where, v.text.trim(), rule + hint);
        return undefined;
    }
    return n;
}
function readEndpointUrl(v, p) {
    const text = readText(v, p);
    if (text === undefined)
        return undefined;
    const rule = 'must be an http:// or https:// URL, e.g. https://frauddetector.us-east-1.amazonaws.com';
    let url;
    try {
        url = new URL(text);
    }
    catch {
        p.add(v.where, text, rule);
        return undefined;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
        p.add(v.where, text, rule);
        return undefined;
    }
    if (url.username || url.password) {
        // Credentials in the URL would be logged with it.
        p.add(v.where, `${url.protocol}//***@${url.host}`, `${rule}, without a user name or password`);
        return undefined;
    }
    return text;
}
function readBase(v, p) {
    const text = readText(v, p);
    if (text === undefined)
        return undefined;
    if (text === 'active' || text === 'latest')
        return { kind: text };
    if ((0,constraints/* meetsConstraint */.kZ)(constraints/* CONSTRAINTS */.vc.wholeNumberVersion, text))
        return { kind: 'id', id: text };
    p.add(v.where, text, 'must be active, latest, or a detector version id (a whole number such as 3)');
    return undefined;
}
function readRollbackTarget(v, p) {
    const text = readText(v, p);
    if (text === undefined)
        return undefined;
    if (text === 'previous')
        return { kind: 'previous' };
    if ((0,constraints/* meetsConstraint */.kZ)(constraints/* CONSTRAINTS */.vc.wholeNumberVersion, text))
        return { kind: 'id', id: text };
    p.add(v.where, text, 'must be previous or a detector version id (a whole number such as 3)');
    return undefined;
}
function readTime(v, now, p) {
    const text = readText(v, p);
    if (text === undefined)
        return undefined;
    const ms = resolveTime(text, now);
    if (ms === undefined) {
        p.add(v.where, text, TIME_RULE);
        return undefined;
    }
    if (ms < 0) {
        p.add(v.where, text, 'must not be before 1970-01-01T00:00:00Z');
        return undefined;
    }
    if (ms > now.getTime()) {
        p.add(v.where, text, `must not be in the future (now is ${formatAfdTime(now.getTime())})`);
        return undefined;
    }
    return ms;
}

;// CONCATENATED MODULE: ./src/config/rules-as-code.ts
// Rules as code in `detector.rules` (`{ruleId, expression | expressionFile,
// outcomes, description?}`) and the `detector.outcomes` declarations. Every
// value keeps where it came from (config line, or the `.dpl` file) so lint
// findings can be annotated there later.








/** Far above AFD's 4,096-character expression limit; only stops a huge file being read into memory. */
const MAX_EXPRESSION_FILE_BYTES = 64 * 1024;
const RULE_KEYS = ['ruleId', 'expression', 'expressionFile', 'outcomes', 'description'];
const OUTCOME_KEYS = ['name', 'description'];
/** Whether a rules item (a mapping) is a rule as code rather than a pinned version. */
function looksLikeRuleAsCode(item) {
    return item.entries.some((e) => ['expression', 'expressionFile', 'outcomes'].includes(e.key));
}
/** The entries of a mapping whose keys are known; `ok` is false when it has unknown keys (reported). */
function entriesOf(item, keys, problems) {
    const found = new Map();
    let ok = true;
    for (const entry of item.entries) {
        if (keys.includes(entry.key))
            found.set(entry.key, entry);
        else {
            problems.add(entry.keyWhere, undefined, unknownKeyRule(entry.key, keys));
            ok = false;
        }
    }
    return { found, ok };
}
/** Where the text of an inline `expression:` value starts (after a quote, or on a block scalar's first content line). */
function inlineSource(v) {
    const pos = v.where.position;
    if (!pos)
        return undefined;
    const start = v.kind === 'scalar' ? v.textStart : undefined;
    return {
        file: pos.file,
        line: start?.line ?? pos.line,
        column: start?.column ?? pos.column ?? 1,
        wholeFile: false,
    };
}
function readOutcomeNames(v, problems) {
    if (v.kind !== 'seq') {
        problems.add(v.where, v.text, `must be a YAML list of outcome names, not ${kindWords(v)}; e.g. [review]`);
        return undefined;
    }
    if (v.items.length === 0) {
        problems.add(v.where, v.text, 'must name at least one outcome (AFD requires one per rule)');
        return undefined;
    }
    const names = [];
    let ok = true;
    for (const item of v.items) {
        const name = readConstrained(item, constraints/* CONSTRAINTS */.vc.identifier, problems);
        if (name === undefined) {
            if (item.kind === 'scalar' && item.value === null)
                problems.add(item.where, undefined, 'must not be empty');
            ok = false;
        }
        else if (names.includes(name)) {
            problems.add(item.where, name, `lists outcome '${name}' twice`);
            ok = false;
        }
        else
            names.push(name);
    }
    return ok ? names : undefined;
}
function readExpressionFile(v, files, problems) {
    const raw = readText(v, problems);
    if (raw === undefined)
        return undefined;
    if (!files || !v.where.position) {
        problems.add(v.where, raw, 'is only read from a config file (it is relative to the file); in the rules input write the expression itself');
        return undefined;
    }
    // Relative to the config file; the joined path gets the config file's own path rules.
    const joined = external_node_path_default().posix.join(external_node_path_default().posix.dirname(files.configFile), raw.replace(/\\/g, '/'));
    const local = new Problems();
    const resolved = external_node_path_default().posix.isAbsolute(raw.replace(/\\/g, '/'))
        ? (local.add(v.where, raw, 'absolute paths are not allowed'), undefined)
        : resolveConfigPath(joined, files.workspace, local);
    if (!resolved) {
        for (const p of local.list)
            problems.add(v.where, raw, `must be a path relative to the config file, inside the workspace (${p.rule})`);
        return undefined;
    }
    const file = files.readFile(resolved.full, {
        workspace: files.workspace,
        maxBytes: MAX_EXPRESSION_FILE_BYTES,
    });
    if (file.kind === 'missing') {
        problems.add(v.where, raw, `must name an existing file (looked for ${resolved.display} in the workspace)${nearNameHint(resolved.display, file.siblings)}`);
        return undefined;
    }
    if (file.kind === 'refused') {
        const position = file.line === undefined ? {} : { position: { file: resolved.display, line: file.line } };
        problems.add({ ...v.where, ...position }, raw, `the file ${file.rule}`);
        return undefined;
    }
    const text = file.text;
    if (text.trim() === '') {
        problems.add(v.where, raw, `is empty (${resolved.display}); it must hold the rule's expression`);
        return undefined;
    }
    return {
        expression: text,
        source: { file: resolved.display, line: 1, column: 1, wholeFile: true },
    };
}
/** A rule as code item; undefined (with problems) when any part is wrong. */
function readRuleAsCode(item, files, problems) {
    const { found, ok } = entriesOf(item, RULE_KEYS, problems);
    if (!ok)
        return undefined;
    const value = (key) => found.get(key)?.value;
    const ruleIdValue = value('ruleId');
    const ruleId = ruleIdValue
        ? readConstrained(ruleIdValue, constraints/* CONSTRAINTS */.vc.identifier, problems)
        : undefined;
    if (!ruleIdValue)
        problems.add(item.where, item.text, 'is missing ruleId');
    const inline = value('expression');
    const file = value('expressionFile');
    let expression;
    if (inline && file) {
        problems.add(item.where, item.text, 'has both expression and expressionFile; use one');
    }
    else if (inline) {
        const text = inline.kind === 'scalar' && typeof inline.value === 'string' ? inline.value : undefined;
        if (text === undefined || text.trim() === '') {
            problems.add(inline.where, inline.text, `must be the rule's DetectorPL expression as text, not ${kindWords(inline)}`);
        }
        else {
            const source = inlineSource(inline);
            expression = { expression: text, ...(source ? { source } : {}) };
        }
    }
    else if (file) {
        expression = readExpressionFile(file, files, problems);
    }
    else {
        problems.add(item.where, item.text, 'is missing expression (or expressionFile); a rule as code needs one');
    }
    const outcomesValue = value('outcomes');
    const outcomes = outcomesValue ? readOutcomeNames(outcomesValue, problems) : undefined;
    if (!outcomesValue)
        problems.add(item.where, item.text, 'is missing outcomes (at least one, e.g. [review])');
    const descriptionValue = value('description');
    const description = descriptionValue
        ? readConstrained(descriptionValue, constraints/* CONSTRAINTS */.vc.description, problems)
        : undefined;
    const descriptionOk = !descriptionValue || description !== undefined || isNull(descriptionValue);
    if (!ruleId || !expression || !outcomes || !descriptionOk)
        return undefined;
    const rule = {
        ruleId,
        expression: expression.expression,
        outcomes,
        ...(description !== undefined ? { description } : {}),
        ...(expression.source ? { source: expression.source } : {}),
    };
    // DetectorPL syntax, length and lists per rule, before any AWS call: names
    // and types need AFD's catalog and are checked later.
    const errors = (0,rule_lint/* lintRuleAsCode */.R)(rule).filter((f) => f.severity === 'error');
    const where = (inline ?? file).where;
    for (const e of errors)
        problems.add(e.position ? { input: where.input, position: e.position } : where, undefined, e.message);
    return errors.length === 0 ? rule : undefined;
}
function isNull(v) {
    return v.kind === 'scalar' && v.value === null;
}
/** `detector.outcomes`: a list of `{name, description?}` (or bare names). */
function readOutcomes(v, problems) {
    if (v.kind !== 'seq') {
        problems.add(v.where, v.text, `must be a YAML list, not ${kindWords(v)}; e.g. [{name: review, description: Send to manual review}]`);
        return undefined;
    }
    const out = [];
    let ok = true;
    for (const item of v.items) {
        let decl;
        if (item.kind === 'map') {
            const entries = entriesOf(item, OUTCOME_KEYS, problems);
            const found = entries.ok ? entries.found : undefined;
            const nameValue = found?.get('name')?.value;
            if (found && !nameValue)
                problems.add(item.where, item.text, 'is missing name');
            const name = nameValue
                ? readConstrained(nameValue, constraints/* CONSTRAINTS */.vc.identifier, problems)
                : undefined;
            const descValue = found?.get('description')?.value;
            const description = descValue
                ? readConstrained(descValue, constraints/* CONSTRAINTS */.vc.description, problems)
                : undefined;
            const descOk = !descValue || description !== undefined || isNull(descValue);
            if (found && name && descOk)
                decl = { name, ...(description !== undefined ? { description } : {}) };
        }
        else {
            const name = readConstrained(item, constraints/* CONSTRAINTS */.vc.identifier, problems);
            if (name === undefined && isNull(item))
                problems.add(item.where, undefined, 'must not be empty');
            if (name)
                decl = { name };
        }
        if (!decl) {
            ok = false;
            continue;
        }
        if (out.some((o) => o.name === decl.name)) {
            problems.add(item.where, decl.name, `declares outcome '${decl.name}' twice`);
            ok = false;
            continue;
        }
        out.push(decl);
    }
    return ok ? out : undefined;
}

;// CONCATENATED MODULE: ./src/config/lists.ts
// Readers for the list-valued fields (rules, model versions, SageMaker
// endpoints, tags). They take a parsed YAML tree from an inline input or the
// config file and report every bad item, not just the first.





/** A list item or required key that is there but says nothing. */
function isBlank(v) {
    return v.kind === 'scalar' && (v.value === null || v.text.trim() === '');
}
function asList(v, problems, example) {
    if (v.kind === 'seq')
        return v.items;
    problems.add(v.where, v.text, `must be a YAML list, not ${kindWords(v)}; e.g. ${example}`);
    return undefined;
}
/** The entries of a mapping item, with unknown and missing keys reported. */
function fieldsOf(item, keys, problems) {
    const { found, ok: known } = entriesOf(item, keys, problems);
    let ok = known;
    for (const key of keys) {
        const entry = found.get(key);
        if (!entry || isBlank(entry.value)) {
            problems.add(item.where, item.text, `is missing ${key}`);
            ok = false;
        }
    }
    return ok ? found : undefined;
}
function field(found, key) {
    // fieldsOf has checked that every key is present.
    return found.get(key).value;
}
const RULES_EXAMPLE = '[{ruleId: high_risk, ruleVersion: "2"}], [high_risk@2] or [{ruleId: high_risk, expression: $amount > 100, outcomes: [review]}]';
/** `files` reads `expressionFile`s; without it (or for the inline input) they are refused. */
function readRules(v, problems, files) {
    const items = asList(v, problems, RULES_EXAMPLE);
    if (!items)
        return undefined;
    const rules = [];
    const seen = new Map();
    let ok = true;
    items.forEach((item, i) => {
        const rule = item.kind === 'map' && looksLikeRuleAsCode(item)
            ? readRuleAsCode(item, files, problems)
            : readRule(item, problems);
        if (!rule) {
            ok = false;
            return;
        }
        const first = seen.get(rule.ruleId);
        if (first !== undefined) {
            problems.add(item.where, item.text, `lists rule '${rule.ruleId}' again (items ${first + 1} and ${i + 1}); a detector version holds one version of each rule`);
            ok = false;
            return;
        }
        seen.set(rule.ruleId, i);
        rules.push(rule);
    });
    return ok ? rules : undefined;
}
function readRule(item, problems) {
    if (item.kind === 'map') {
        const found = fieldsOf(item, ['ruleId', 'ruleVersion'], problems);
        if (!found)
            return undefined;
        const ruleId = readConstrained(field(found, 'ruleId'), constraints/* CONSTRAINTS */.vc.identifier, problems);
        const ruleVersion = readConstrained(field(found, 'ruleVersion'), constraints/* CONSTRAINTS */.vc.wholeNumberVersion, problems);
        return ruleId && ruleVersion ? { ruleId, ruleVersion } : undefined;
    }
    const text = item.kind === 'scalar' && typeof item.value === 'string' ? item.value.trim() : '';
    const at = text.lastIndexOf('@');
    if (at < 0) {
        problems.add(item.where, item.text, 'must be ruleId@ruleVersion (e.g. high_risk@2), a mapping {ruleId, ruleVersion}, or a rule as code {ruleId, expression, outcomes}');
        return undefined;
    }
    const ruleId = text.slice(0, at).trim();
    const ruleVersion = text.slice(at + 1).trim();
    let ok = true;
    if (!(0,constraints/* meetsConstraint */.kZ)(constraints/* CONSTRAINTS */.vc.identifier, ruleId)) {
        problems.add(item.where, text, `ruleId ${(0,constraints/* describeConstraint */.Rl)(constraints/* CONSTRAINTS */.vc.identifier)}`);
        ok = false;
    }
    if (!(0,constraints/* meetsConstraint */.kZ)(constraints/* CONSTRAINTS */.vc.wholeNumberVersion, ruleVersion)) {
        problems.add(item.where, text, `ruleVersion ${(0,constraints/* describeConstraint */.Rl)(constraints/* CONSTRAINTS */.vc.wholeNumberVersion)}`);
        ok = false;
    }
    return ok ? { ruleId, ruleVersion } : undefined;
}
const MODEL_VERSIONS_EXAMPLE = '[{modelId: payments_model, modelType: TRANSACTION_FRAUD_INSIGHTS, modelVersionNumber: "1.03"}]';
function readModelVersions(v, problems) {
    const items = asList(v, problems, MODEL_VERSIONS_EXAMPLE);
    if (!items)
        return undefined;
    const out = [];
    const seen = new Map();
    let ok = true;
    items.forEach((item, i) => {
        if (item.kind !== 'map') {
            problems.add(item.where, item.text, `must be a mapping {modelId, modelType, modelVersionNumber}, not ${kindWords(item)}`);
            ok = false;
            return;
        }
        const found = fieldsOf(item, ['modelId', 'modelType', 'modelVersionNumber'], problems);
        if (!found) {
            ok = false;
            return;
        }
        const modelId = readConstrained(field(found, 'modelId'), constraints/* CONSTRAINTS */.vc.modelId, problems);
        const modelType = readEnum(field(found, 'modelType'), constraints/* ENUMS */.F6.modelType, problems);
        const modelVersionNumber = readConstrained(field(found, 'modelVersionNumber'), constraints/* CONSTRAINTS */.vc.modelVersionNumber, problems);
        if (!modelId || !modelType || !modelVersionNumber) {
            ok = false;
            return;
        }
        // Rules read a model's score as $<modelId>_insightscore, so two versions of one model cannot both be in.
        const id = `${modelType}/${modelId}`;
        const first = seen.get(id);
        if (first !== undefined) {
            problems.add(item.where, item.text, `lists model '${modelId}' again (items ${first + 1} and ${i + 1}); a detector version uses one version of each model`);
            ok = false;
            return;
        }
        seen.set(id, i);
        out.push({ modelId, modelType, modelVersionNumber });
    });
    return ok ? out : undefined;
}
function readEndpoints(v, problems) {
    const items = asList(v, problems, '[my-sagemaker-endpoint]');
    if (!items)
        return undefined;
    const out = [];
    let ok = true;
    for (const item of items) {
        if (isBlank(item))
            problems.add(item.where, item.text, 'must not be empty');
        const name = readConstrained(item, constraints/* CONSTRAINTS */.vc.sagemakerEndpoint, problems);
        if (name === undefined) {
            ok = false;
            continue;
        }
        if (out.includes(name)) {
            problems.add(item.where, name, `lists endpoint '${name}' twice`);
            ok = false;
            continue;
        }
        out.push(name);
    }
    return ok ? out : undefined;
}
/** A tag value: any scalar as written (`1.0` stays "1.0"); `key:` alone is the empty value. */
function tagValue(v, problems) {
    if (v.kind !== 'scalar') {
        problems.add(v.where, v.text, `tag values must be text, not ${kindWords(v)}`);
        return undefined;
    }
    const text = v.value === null ? '' : v.text.trim();
    if (text.length > constraints/* CONSTRAINTS */.vc.tagValue.maxLength) {
        problems.add(v.where, text, `tag value ${(0,constraints/* describeConstraint */.Rl)(constraints/* CONSTRAINTS */.vc.tagValue)}`);
        return undefined;
    }
    return text;
}
function tagKey(key, where, problems) {
    const k = key.trim();
    if (!(0,constraints/* meetsConstraint */.kZ)(constraints/* CONSTRAINTS */.vc.tagKey, k)) {
        problems.add(where, key, `tag key ${(0,constraints/* describeConstraint */.Rl)(constraints/* CONSTRAINTS */.vc.tagKey)}`);
        return undefined;
    }
    if (k.toLowerCase().startsWith(constraints/* LIMITS */.b1.reservedTagPrefix)) {
        problems.add(where, key, `tag key must not start with '${constraints/* LIMITS */.b1.reservedTagPrefix}' (reserved by AWS)`);
        return undefined;
    }
    return k;
}
/**
 * Tags as a mapping (`{team: risk}`) or a list of `{key, value}`. The count
 * includes `reserved` tags the action adds itself, since AFD caps the total.
 */
function readTags(v, problems, reserved) {
    const pairs = [];
    let ok = true;
    if (v.kind === 'map') {
        for (const e of v.entries)
            pairs.push({ key: e.key, keyWhere: e.keyWhere, value: e.value });
    }
    else if (v.kind === 'seq') {
        for (const item of v.items) {
            if (item.kind !== 'map') {
                problems.add(item.where, item.text, `must be a mapping {key, value}, not ${kindWords(item)}`);
                ok = false;
                continue;
            }
            const keyEntry = item.entries.find((e) => e.key === 'key');
            const extra = item.entries.filter((e) => e.key !== 'key' && e.key !== 'value');
            for (const e of extra)
                problems.add(e.keyWhere, undefined, unknownKeyRule(e.key, ['key', 'value']));
            const keyText = keyEntry ? readText(keyEntry.value, problems) : undefined;
            if (keyText === undefined || extra.length > 0) {
                if (keyText === undefined)
                    problems.add(item.where, item.text, 'is missing key');
                ok = false;
                continue;
            }
            const valueEntry = item.entries.find((e) => e.key === 'value');
            pairs.push({
                key: keyText,
                keyWhere: keyEntry.value.where,
                value: valueEntry?.value ?? { kind: 'scalar', value: null, text: '', where: item.where },
            });
        }
    }
    else if (v.kind === 'scalar' && v.value === null) {
        return [];
    }
    else {
        problems.add(v.where, v.text, 'must be a YAML mapping (e.g. {team: risk}) or a list of {key, value}');
        return undefined;
    }
    const tags = [];
    const seen = new Set();
    for (const p of pairs) {
        const key = tagKey(p.key, p.keyWhere, problems);
        const value = tagValue(p.value, problems);
        if (key === undefined || value === undefined) {
            ok = false;
            continue;
        }
        if (seen.has(key)) {
            problems.add(p.keyWhere, key, `lists tag key '${key}' twice`);
            ok = false;
            continue;
        }
        seen.add(key);
        tags.push({ key, value });
    }
    if (pairs.length + reserved > constraints/* LIMITS */.b1.maxTags) {
        problems.add(v.where, `${pairs.length} tags`, `must hold at most ${constraints/* LIMITS */.b1.maxTags - reserved} tags: AFD allows ${constraints/* LIMITS */.b1.maxTags} per resource and the action adds ${reserved} provenance tags itself`);
        ok = false;
    }
    return ok ? tags : undefined;
}

;// CONCATENATED MODULE: ./src/config/new-major.ts
// model.newMajorVersion: the inputs of CreateModelVersion, checked against
// AFD's constraints (enums, at least one variable, FRAUD/LEGIT label classes,
// the S3 and role patterns, the data source matching the detail given) before
// any call. Whether the variables and labels exist is AFD state: the flow
// checks that with reads before any write (src/retrain/new-major-checks.ts).






/** The action's own cap (AFD documents none): a pasted blob must not flood the log. */
const MAX_NAMES = 1000;
const EXAMPLE = `{trainingDataSource: EXTERNAL_EVENTS, trainingDataSchema: {modelVariables: [amount, ip_address], labelSchema: {labelMapper: {FRAUD: [fraud], LEGIT: [legit]}}}, externalEventsDetail: {dataLocation: s3://bucket/training.csv, dataAccessRoleArn: arn:aws:iam::123456789012:role/AFDTrainingData}}`;
/**
 * The entries of a mapping by key; unknown keys and missing required keys are
 * problems. Undefined when `v` is not a mapping.
 */
function entries(v, known, required, p) {
    if (v.kind !== 'map') {
        p.add(v.where, v.text, `must be a mapping with the keys ${known.join(', ')}, not ${kindWords(v)}`);
        return undefined;
    }
    const found = new Map();
    for (const e of v.entries) {
        if (!known.includes(e.key))
            p.add(e.keyWhere, undefined, unknownKeyRule(e.key, known));
        else if (!(e.value.kind === 'scalar' && e.value.value === null))
            found.set(e.key, e.value);
    }
    for (const key of required)
        if (!found.has(key))
            p.add(v.where, undefined, `is missing ${key}`);
    return found;
}
/** A list of distinct, non-empty strings. */
function readNames(v, what, min, p) {
    if (v.kind !== 'seq') {
        p.add(v.where, v.text, `must be a YAML list of ${what}, not ${kindWords(v)}`);
        return undefined;
    }
    if (v.items.length < min) {
        p.add(v.where, v.text, `must name at least ${min} ${what}`);
        return undefined;
    }
    if (v.items.length > MAX_NAMES) {
        p.add(v.where, undefined, `must name at most ${MAX_NAMES} ${what}`);
        return undefined;
    }
    const names = [];
    let ok = true;
    for (const item of v.items) {
        const name = readText(item, p);
        if (name === undefined) {
            if (item.kind === 'scalar')
                p.add(item.where, item.text, 'must not be empty');
            ok = false;
        }
        else if (names.includes(name)) {
            p.add(item.where, name, `is listed twice in ${what}`);
            ok = false;
        }
        else
            names.push(name);
    }
    return ok ? names : undefined;
}
function readLabelSchema(v, p) {
    const found = entries(v, ['labelMapper', 'unlabeledEventsTreatment'], ['labelMapper'], p);
    if (!found)
        return undefined;
    const out = {};
    let ok = true;
    const treatment = found.get('unlabeledEventsTreatment');
    if (treatment) {
        const t = readEnum(treatment, request/* UNLABELED_EVENTS_TREATMENTS */.P5, p);
        if (t)
            out.unlabeledEventsTreatment = t;
        else
            ok = false;
    }
    const mapperValue = found.get('labelMapper');
    if (!mapperValue)
        return undefined;
    if (mapperValue.kind !== 'map') {
        p.add(mapperValue.where, mapperValue.text, `must be a mapping of FRAUD and LEGIT to the event labels that mean them, e.g. {FRAUD: [fraud], LEGIT: [legit]}, not ${kindWords(mapperValue)}`);
        return undefined;
    }
    const mapper = {};
    const seen = new Set();
    for (const e of mapperValue.entries) {
        if (!request/* LABEL_CLASSES */.I8.includes(e.key)) {
            p.add(e.keyWhere, undefined, unknownKeyRule(e.key, request/* LABEL_CLASSES */.I8));
            ok = false;
            continue;
        }
        const labels = readNames(e.value, 'labels', 1, p);
        if (!labels) {
            ok = false;
            continue;
        }
        for (const label of labels) {
            if (seen.has(label)) {
                p.add(e.value.where, label, 'maps one label to both FRAUD and LEGIT');
                ok = false;
            }
            seen.add(label);
        }
        mapper[e.key] = labels;
    }
    if (ok && Object.keys(mapper).length === 0) {
        p.add(mapperValue.where, undefined, 'must map FRAUD and/or LEGIT to event labels');
        ok = false;
    }
    if (!ok)
        return undefined;
    out.labelMapper = mapper;
    return out;
}
function readSchema(v, p) {
    const found = entries(v, ['modelVariables', 'labelSchema'], ['modelVariables'], p);
    if (!found)
        return undefined;
    const variablesValue = found.get('modelVariables');
    const modelVariables = variablesValue
        ? readNames(variablesValue, 'model variables', 1, p)
        : undefined;
    const labelValue = found.get('labelSchema');
    const labels = labelValue ? readLabelSchema(labelValue, p) : {};
    if (!modelVariables || !labels)
        return undefined;
    return { modelVariables, ...labels };
}
function readExternal(v, p) {
    const found = entries(v, ['dataLocation', 'dataAccessRoleArn'], ['dataLocation', 'dataAccessRoleArn'], p);
    if (!found)
        return undefined;
    const location = found.get('dataLocation');
    const role = found.get('dataAccessRoleArn');
    const dataLocation = location && readConstrained(location, constraints/* CONSTRAINTS */.vc.s3Location, p);
    const dataAccessRoleArn = role && readConstrained(role, constraints/* CONSTRAINTS */.vc.iamRoleArn, p);
    if (!dataLocation || !dataAccessRoleArn)
        return undefined;
    return { kind: 'external', dataLocation, dataAccessRoleArn };
}
function readIngested(v, now, p) {
    const outer = entries(v, ['ingestedEventsTimeWindow'], ['ingestedEventsTimeWindow'], p);
    const windowValue = outer?.get('ingestedEventsTimeWindow');
    if (!windowValue)
        return undefined;
    const found = entries(windowValue, ['startTime', 'endTime'], ['startTime', 'endTime'], p);
    if (!found)
        return undefined;
    const startValue = found.get('startTime');
    const endValue = found.get('endTime');
    const start = startValue && readTime(startValue, now, p);
    const end = endValue && readTime(endValue, now, p);
    if (start === undefined || end === undefined || !startValue)
        return undefined;
    // Compare what AFD will see: whole seconds.
    if (Math.floor(start / 1000) >= Math.floor(end / 1000)) {
        p.add(startValue.where, startValue.text.trim(), `must be before endTime (${formatAfdTime(end)})`);
        return undefined;
    }
    return { kind: 'ingested', startTime: formatAfdTime(start), endTime: formatAfdTime(end) };
}
const DETAIL_OF = {
    EXTERNAL_EVENTS: 'externalEventsDetail',
    INGESTED_EVENTS: 'ingestedEventsDetail',
};
/** model.newMajorVersion, or undefined after reporting every problem in it. */
function readNewMajorVersion(v, now, p) {
    if (v.kind !== 'map') {
        p.add(v.where, v.text, `must be a mapping, e.g. ${EXAMPLE}`);
        return undefined;
    }
    const found = entries(v, ['trainingDataSource', 'trainingDataSchema', 'externalEventsDetail', 'ingestedEventsDetail'], ['trainingDataSource', 'trainingDataSchema'], p);
    if (!found)
        return undefined;
    const sourceValue = found.get('trainingDataSource');
    const source = sourceValue
        ? readEnum(sourceValue, request/* TRAINING_DATA_SOURCES */.T9, p)
        : undefined;
    const schemaValue = found.get('trainingDataSchema');
    const schema = schemaValue ? readSchema(schemaValue, p) : undefined;
    // AFD wants exactly the detail that matches the source.
    const external = found.get('externalEventsDetail');
    const ingested = found.get('ingestedEventsDetail');
    let training;
    if (!source) {
        // Still check what was given, so every problem shows in one run.
        if (external)
            readExternal(external, p);
        if (ingested)
            readIngested(ingested, now, p);
    }
    else {
        const wanted = DETAIL_OF[source];
        const other = source === 'EXTERNAL_EVENTS' ? ingested : external;
        if (other)
            p.add(other.where, undefined, `does not go with trainingDataSource ${source}: give ${wanted} instead (AFD takes the detail that matches the source)`);
        const detail = source === 'EXTERNAL_EVENTS' ? external : ingested;
        if (!detail)
            p.add(v.where, undefined, `is missing ${wanted}: trainingDataSource ${source} reads its training data from there`);
        else
            training =
                source === 'EXTERNAL_EVENTS' ? readExternal(detail, p) : readIngested(detail, now, p);
    }
    if (!source || !schema || !training)
        return undefined;
    return { trainingDataSource: source, trainingDataSchema: schema, training };
}
/**
 * A retrain of the found major version (UpdateModelVersion) reads the same kind
 * of data as the major version was trained from: AFD inherits the source.
 */
function checkRetrainSource(major, retrain, raw, p) {
    const retrainSource = retrain.kind === 'external' ? 'EXTERNAL_EVENTS' : 'INGESTED_EVENTS';
    if (retrainSource === major.trainingDataSource)
        return;
    const where = (retrain.kind === 'external' ? raw.dataLocation : raw.startTime)?.where;
    p.add(where
        ? { input: where.input, ...(where.position ? { position: where.position } : {}) }
        : { input: 'model.retrain' }, undefined, `reads ${retrainSource === 'EXTERNAL_EVENTS' ? 'external events' : 'ingested events'}, but model.newMajorVersion trains from ${major.trainingDataSource}: a retrain keeps the data source of its major version`);
}

;// CONCATENATED MODULE: ./src/config/parse-request.ts












/** Inputs whose value is YAML (a list or a mapping), not a single value. */
const YAML_FIELDS = new Set([
    'rules',
    'modelVersions',
    'externalModelEndpoints',
    'tags',
]);
/** Whether parsing these inputs needs the `yaml` package: a config file or an inline YAML input. */
function yamlNeeded(getInput) {
    if (getInput('config').trim() !== '')
        return true;
    return [...YAML_FIELDS].some((key) => getInput(inputOf(key) ?? '').trim() !== '');
}
function yamlOf(sources) {
    if (!sources.yaml) {
        throw new Error('parseRequest needs the yaml package here: load it when yamlNeeded() is true');
    }
    return sources.yaml;
}
function parse_request_isBlank(v) {
    return v.kind === 'scalar' && (v.value === null || v.text.trim() === '');
}
/**
 * The value each field takes: a non-blank input wins over the config file
 * (single values and whole lists alike); the region falls back to the
 * environment the way the AWS SDK does.
 */
function mergeSources(sources, config, problems) {
    const out = {};
    for (const key of Object.keys(FIELDS)) {
        if (key === 'githubToken')
            continue;
        const input = inputOf(key);
        const text = input === undefined ? '' : sources.getInput(input);
        if (input !== undefined && text.trim() !== '' && !YAML_FIELDS.has(key)) {
            out[key] = inputValue(input, text);
            continue;
        }
        if (input !== undefined && text.trim() !== '') {
            const parsed = parseInlineYaml(yamlOf(sources), input, text, problems);
            // After a syntax error (reported) the config's list must not stand in silently.
            if (!parsed.ok)
                continue;
            if (parsed.value && !parse_request_isBlank(parsed.value)) {
                out[key] = parsed.value;
                continue;
            }
        }
        const fromConfig = config[key];
        if (fromConfig && !parse_request_isBlank(fromConfig))
            out[key] = fromConfig;
    }
    if (!out.region) {
        for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
            const value = sources.env[name]?.trim();
            if (value) {
                out.region = {
                    kind: 'scalar',
                    value,
                    text: value,
                    where: { input: 'aws-region', detail: `from ${name}` },
                };
                break;
            }
        }
    }
    return out;
}
/** Every value the config file's `model` section can hold. */
const MODEL_FIELDS = [
    'modelId',
    'modelType',
    'majorVersionNumber',
    'modelVersionNumber',
    'dataLocation',
    'dataAccessRoleArn',
    'startTime',
    'endTime',
    'newMajorVersion',
    'minAuc',
    'maxAucDrop',
    'activate',
];
/** The values that give the model something to do: a retrain, or a version to use. */
const MODEL_WORK = [
    'modelVersionNumber',
    'newMajorVersion',
    'dataLocation',
    'dataAccessRoleArn',
    'startTime',
    'endTime',
];
/**
 * One config file is often shared by the release workflow, which passes the
 * training data as inputs, and the pull-request and merge workflows, which do
 * not: there the file's `model` section describes the model but gives it
 * nothing to do, and the model is simply not part of the run (its values are
 * still checked). Only when every model value comes from the file — a model
 * named by an input with nothing to do is still refused.
 */
function isIdleConfigModel(raw) {
    const set = MODEL_FIELDS.filter((k) => raw[k] !== undefined);
    if (set.length === 0 || MODEL_WORK.some((k) => raw[k] !== undefined))
        return false;
    return set.every((k) => raw[k].where.position !== undefined);
}
/** False (with a problem) when the config file would come from an untrusted PR head. */
function refuseUntrustedConfig(sources, configPath, problems) {
    const allowText = sources.getInput('allow-pr-head-config');
    // Checked on every event, like every input, though it only matters on pull_request_target.
    const allow = allowText.trim() === ''
        ? false
        : (readBoolean(inputValue('allow-pr-head-config', allowText), problems) ?? false);
    if (!configPath || sources.untrustedWorkspace === undefined)
        return true;
    if (allow)
        return true;
    problems.add({ input: 'config' }, configPath, `is not read on pull_request_target: ${sources.untrustedWorkspace}. Such a file may be written by the PR's author, while this job has the base repository's credentials. Check out the base branch (actions/checkout's default on this event) and leave the file as checked out, or set allow-pr-head-config: true if you trust every PR author`);
    return false;
}
function parseRequest(sources) {
    const problems = new Problems();
    const token = sources.getInput('github-token').trim();
    const configPath = sources.getInput('config').trim();
    const trusted = refuseUntrustedConfig(sources, configPath, problems);
    const file = configPath && trusted
        ? loadConfigFile(configPath, {
            workspace: sources.env['GITHUB_WORKSPACE'],
            readFile: (p, options) => sources.readFile(p, options),
            yaml: yamlOf(sources),
        }, problems)
        : { values: {}, detectors: [] };
    const config = selectDetector(file, sources.getInput(FIELDS.detectorId.input), problems);
    const raw = mergeSources(sources, config, problems);
    const files = configPath && trusted ? expressionFiles(configPath, sources) : undefined;
    const request = validate(raw, sources, problems, configPath !== '', files);
    // A secret pasted into the wrong input must not come back in the error.
    const secrets = [
        token,
        ...['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'].map((name) => sources.env[name]?.trim() ?? ''),
    ].filter((s) => s !== '');
    problems.throwIfAny(secrets);
    if (token)
        request.githubToken = token;
    return request;
}
/** How `expressionFile`s are read: relative to the config file, inside the workspace. */
function expressionFiles(configPath, sources) {
    const workspace = sources.env['GITHUB_WORKSPACE'];
    // Its problems were reported when the config file was loaded.
    const resolved = resolveConfigPath(configPath, workspace, new Problems());
    if (!resolved)
        return undefined;
    return {
        configFile: resolved.display,
        workspace,
        readFile: (p, options) => sources.readFile(p, options),
    };
}
function validate(raw, sources, problems, usesConfig, files) {
    const read = (key, reader) => {
        const v = raw[key];
        return v ? reader(v) : undefined;
    };
    const p = problems;
    const mode = read('mode', (v) => readEnum(v, constraints/* ENUMS */.F6.mode, p)) ?? 'auto';
    const region = read('region', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.region, p));
    if (!raw.region)
        p.add({ input: 'aws-region' }, undefined, 'is required: set the aws-region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)');
    const endpointUrl = read('endpointUrl', (v) => readEndpointUrl(v, p));
    const modelId = read('modelId', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.modelId, p));
    const modelType = read('modelType', (v) => readEnum(v, constraints/* ENUMS */.F6.modelType, p));
    const major = read('majorVersionNumber', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.wholeNumberVersion, p));
    const mvn = read('modelVersionNumber', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.modelVersionNumber, p));
    const dataLocation = read('dataLocation', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.s3Location, p));
    const roleArn = read('dataAccessRoleArn', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.iamRoleArn, p));
    const startMs = read('startTime', (v) => readTime(v, sources.now, p));
    const endMs = read('endTime', (v) => readTime(v, sources.now, p));
    const minAuc = read('minAuc', (v) => readRange(v, p, 'must be a number greater than 0 and at most 1 (an AUC)', (n) => n > 0 && n <= 1, 
    // An AUC under 0.5 is worse than chance: 50 to 100 can only be a percentage.
    (n) => n >= 50 && n <= 100));
    const maxAucDrop = read('maxAucDrop', (v) => readRange(v, p, 'must be a number from 0 up to (not including) 1', (n) => n >= 0 && n < 1, 
    // A drop of a whole AUC point or more is meaningless: 1 to 99 is a percentage.
    (n) => n >= 1 && n < 100));
    const activate = read('activate', (v) => readBoolean(v, p)) ?? false;
    const newMajorVersion = read('newMajorVersion', (v) => readNewMajorVersion(v, sources.now, p));
    const detectorId = read('detectorId', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.identifier, p));
    const base = read('base', (v) => readBase(v, p)) ?? { kind: 'active' };
    const ruleExecutionMode = read('ruleExecutionMode', (v) => readEnum(v, constraints/* ENUMS */.F6.ruleExecutionMode, p));
    const rules = read('rules', (v) => readRules(v, p, files));
    const outcomes = read('outcomes', (v) => readOutcomes(v, p));
    const modelVersions = read('modelVersions', (v) => readModelVersions(v, p));
    const endpoints = read('externalModelEndpoints', (v) => readEndpoints(v, p));
    const description = read('description', (v) => readConstrained(v, constraints/* CONSTRAINTS */.vc.description, p));
    const promote = read('promote', (v) => readBoolean(v, p)) ?? false;
    const allowBaseChange = read('allowBaseChange', (v) => readBoolean(v, p)) ?? false;
    const undeployReplacedModel = read('undeployReplacedModel', (v) => readBoolean(v, p)) ?? false;
    const deleteStaleDrafts = read('deleteStaleDrafts', (v) => readBoolean(v, p)) ?? false;
    const rollbackTo = read('rollbackTo', (v) => readRollbackTarget(v, p));
    const keepInactiveVersions = read('keepInactiveVersions', (v) => readWholeNumber(v, p, constraints/* LIMITS */.b1.keepInactiveVersions.min, constraints/* LIMITS */.b1.keepInactiveVersions.max));
    const tags = read('tags', (v) => readTags(v, p, sources.reservedTagCount)) ?? [];
    const wait = read('wait', (v) => readBoolean(v, p)) ?? true;
    const timeoutMinutes = read('timeoutMinutes', (v) => readWholeNumber(v, p, constraints/* LIMITS */.b1.timeoutMinutes.min, constraints/* LIMITS */.b1.timeoutMinutes.max)) ?? constraints/* LIMITS */.b1.timeoutMinutes.default;
    const comment = read('comment', (v) => readBoolean(v, p)) ?? true;
    const requireReviewedPlan = read('requireReviewedPlan', (v) => readBoolean(v, p)) ?? false;
    const name = namer(raw, usesConfig);
    checkWindow(raw, startMs, endMs, sources.now, p, name);
    const idleModel = isIdleConfigModel(raw);
    const flags = { activate, promote, wait, modelType, mvn, major, idleModel };
    checkCrossField(raw, flags, p, name);
    if (modelVersions && endpoints) {
        const total = modelVersions.length + endpoints.length;
        if (total > constraints/* LIMITS */.b1.maxModelsPerDetectorVersion)
            p.add(plain(raw.modelVersions.where), `${modelVersions.length} model versions + ${endpoints.length} endpoints`, `model-versions and external-model-endpoints together must hold at most ${constraints/* LIMITS */.b1.maxModelsPerDetectorVersion} models (AFD's limit per detector version)`);
    }
    const request = {
        mode,
        region: region ?? '',
        tags,
        wait,
        timeoutMinutes,
        comment,
        requireReviewedPlan,
    };
    if (endpointUrl !== undefined)
        request.endpointUrl = endpointUrl;
    if (modelId && modelType && !idleModel) {
        let retrain;
        if (dataLocation && roleArn)
            retrain = { kind: 'external', dataLocation, dataAccessRoleArn: roleArn };
        else if (startMs !== undefined && endMs !== undefined)
            retrain = {
                kind: 'ingested',
                startTime: formatAfdTime(startMs),
                endTime: formatAfdTime(endMs),
            };
        const model = { modelId, modelType, gates: {}, activate };
        if (major !== undefined)
            model.majorVersionNumber = major;
        if (mvn !== undefined)
            model.modelVersionNumber = mvn;
        if (retrain)
            model.retrain = retrain;
        if (newMajorVersion) {
            model.newMajorVersion = newMajorVersion;
            if (retrain)
                checkRetrainSource(newMajorVersion, retrain, raw, p);
        }
        if (minAuc !== undefined)
            model.gates.minAuc = minAuc;
        if (maxAucDrop !== undefined)
            model.gates.maxAucDrop = maxAucDrop;
        request.model = model;
    }
    if (detectorId) {
        const detector = {
            detectorId,
            base,
            promote,
            allowBaseChange,
            undeployReplacedModel,
            deleteStaleDrafts,
        };
        if (rules)
            detector.rules = rules;
        if (outcomes)
            detector.outcomes = outcomes;
        if (ruleExecutionMode)
            detector.ruleExecutionMode = ruleExecutionMode;
        if (modelVersions)
            detector.modelVersions = modelVersions;
        if (endpoints)
            detector.externalModelEndpoints = endpoints;
        if (description !== undefined)
            detector.description = description;
        if (rollbackTo)
            detector.rollbackTo = rollbackTo;
        if (keepInactiveVersions !== undefined)
            detector.keepInactiveVersions = keepInactiveVersions;
        request.detector = detector;
    }
    return request;
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/config/workspace-file.ts
// Reading a file the repository provides (the config file; later rule
// expressions and event files) without trusting it: the path may be a symlink
// to /etc/passwd, a FIFO that blocks forever, /dev/zero, a symlink loop, or a
// gigabyte of text. Everything is checked on the file's metadata BEFORE a byte
// is read, and the outcome is a typed value the pure side turns into an input
// problem — never an exception, never the file's content.


/** No folder a "did you mean" is worth listing has more entries than this. */
const MAX_SIBLINGS = 1000;
/** "1 MiB", "64 KiB", "300 bytes": the size limit as a user reads it. */
function formatBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${n / (1024 * 1024)} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${n / 1024} KiB`;
    return `${n} bytes`;
}
function errorCode(err) {
    return err.code ?? 'unknown error';
}
/** Why a path could not be opened, in words; undefined for "it does not exist". */
function openFailure(code) {
    switch (code) {
        case 'ENOENT':
        case 'ENOTDIR':
            return undefined;
        case 'ELOOP':
            return 'cannot be read: its path is a loop of symbolic links';
        case 'ENAMETOOLONG':
            return 'cannot be read: the path is too long for the file system';
        case 'EACCES':
        case 'EPERM':
            return 'cannot be read: permission denied';
        default:
            return `cannot be read (${code})`;
    }
}
function isInside(child, parent) {
    return (child === parent || child.startsWith(parent.endsWith((external_node_path_default()).sep) ? parent : parent + (external_node_path_default()).sep));
}
function kindOf(stats) {
    if (stats.isDirectory())
        return 'a directory';
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isCharacterDevice() || stats.isBlockDevice())
        return 'a device';
    if (stats.isSocket())
        return 'a socket';
    return 'not a regular file';
}
/** Names in the file's folder, only when that folder really is inside the workspace. */
function siblingsOf(file, workspaceReal) {
    try {
        const dir = (0,external_node_fs_.realpathSync)(external_node_path_default().dirname(file));
        if (!isInside(dir, workspaceReal))
            return [];
        return (0,external_node_fs_.readdirSync)(dir).slice(0, MAX_SIBLINGS);
    }
    catch {
        return [];
    }
}
/**
 * The 1-based line of the first byte that is not valid UTF-8. Found with the
 * same decoder that refused it (a streaming decode of ever longer prefixes,
 * by bisection), so the line can never disagree with the refusal.
 */
function lineOfInvalidUtf8(bytes) {
    const decodes = (end) => {
        try {
            new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
            return true;
        }
        catch {
            return false;
        }
    };
    // The shortest failing prefix ends at the bad byte; if every prefix decodes,
    // the file ends inside a character and the last byte is to blame.
    let [lo, hi] = [0, bytes.length];
    if (decodes(hi))
        lo = hi;
    else
        while (hi - lo > 1) {
            const mid = (lo + hi) >>> 1;
            if (decodes(mid))
                lo = mid;
            else
                hi = mid;
        }
    const bad = Math.min(lo, bytes.length - 1);
    let line = 1;
    for (let i = 0; i < bad; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function readRegularFile(real, stats, maxBytes) {
    // O_NONBLOCK: if the file was swapped for a FIFO since the stat, opening it
    // still cannot block; O_NOFOLLOW: nor can it have become a symlink.
    const flags = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0) | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(real, flags);
    }
    catch (err) {
        // Gone since the stat: missing, like any file that is not there.
        const failure = openFailure(errorCode(err));
        return failure === undefined
            ? { kind: 'missing', siblings: [] }
            : { kind: 'refused', rule: failure };
    }
    try {
        const opened = (0,external_node_fs_.fstatSync)(fd);
        if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev)
            return { kind: 'refused', rule: 'changed while it was being read; run the job again' };
        if (opened.size > maxBytes)
            return { kind: 'refused', rule: `is larger than the limit of ${formatBytes(maxBytes)}` };
        // One byte more than its size: a file that grows while it is read is caught.
        const buffer = Buffer.alloc(opened.size + 1);
        let length = 0;
        for (;;) {
            const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            length += n;
            if (n === 0 || length === buffer.length)
                break;
        }
        if (length !== opened.size)
            return { kind: 'refused', rule: 'changed while it was being read; run the job again' };
        const bytes = buffer.subarray(0, length);
        try {
            const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
            return { kind: 'text', text, bytes, realPath: real };
        }
        catch {
            const line = lineOfInvalidUtf8(bytes);
            return {
                kind: 'refused',
                rule: `is not valid UTF-8 text (line ${line}); save it as UTF-8`,
                line,
            };
        }
    }
    catch (err) {
        return { kind: 'refused', rule: openFailure(errorCode(err)) ?? 'cannot be read' };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Reads `file` as UTF-8 text when it is a regular file, no larger than
 * `maxBytes`, whose real path (every symlink resolved) is inside the
 * workspace's real path. Never throws; never blocks on a special file; never
 * reads more than maxBytes + 1 bytes.
 */
function readWorkspaceFile(file, options) {
    let workspaceReal;
    try {
        workspaceReal = (0,external_node_fs_.realpathSync)(options.workspace);
    }
    catch (err) {
        return {
            kind: 'refused',
            rule: `cannot be read: the workspace folder cannot be resolved (${errorCode(err)})`,
        };
    }
    const full = external_node_path_default().resolve(workspaceReal, file);
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(full);
    }
    catch (err) {
        const failure = openFailure(errorCode(err));
        return failure === undefined
            ? { kind: 'missing', siblings: siblingsOf(full, workspaceReal) }
            : { kind: 'refused', rule: failure };
    }
    if (!isInside(real, workspaceReal))
        return {
            kind: 'refused',
            rule: 'leads (through a symbolic link) outside the workspace; only files inside the repository workspace are read',
        };
    let stats;
    try {
        stats = (0,external_node_fs_.statSync)(real);
    }
    catch (err) {
        return { kind: 'refused', rule: openFailure(errorCode(err)) ?? 'cannot be read' };
    }
    if (!stats.isFile())
        return { kind: 'refused', rule: `is ${kindOf(stats)}, not a regular file` };
    if (stats.size > options.maxBytes)
        return {
            kind: 'refused',
            rule: `is ${stats.size} bytes, larger than the limit of ${formatBytes(options.maxBytes)}`,
        };
    return readRegularFile(real, stats, options.maxBytes);
}

;// CONCATENATED MODULE: ./src/config/checkout-trust.ts
// pull_request_target runs with the base repository's credentials, so a config
// file there is trusted only when it provably is the base branch's file: its
// checkout's HEAD is the base commit (GITHUB_SHA) AND the file's bytes are that
// commit's blob (no working-tree change on top, no file added after checkout).
// Anything that cannot be shown — no .git, git missing or failing, a path git
// does not know — is untrusted: it fails closed.







/** A read of two object ids; even a slow shared runner answers in well under this. */
const GIT_TIMEOUT_MS = 15_000;
/** Variables that would point git at another repository than the checkout's own. */
const GIT_LOCATION_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
];
/**
 * Only read-only plumbing runs (rev-parse, which runs no hooks, filters or
 * file-system monitor; the monitor is switched off besides), so nothing in the
 * checkout's own config can make this run code.
 * safe.directory names the checkout, as actions/checkout does, for container
 * jobs where the workspace belongs to another user.
 */
const runGit = (cwd, args) => {
    const env = {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GIT_OPTIONAL_LOCKS: '0',
    };
    for (const name of GIT_LOCATION_VARIABLES)
        delete env[name];
    return (0,external_node_child_process_.execFileSync)('git', [
        '-c',
        `safe.directory=${cwd.split((external_node_path_default()).sep).join('/')}`,
        '-c',
        'core.fsmonitor=false',
        '-C',
        cwd,
        ...args,
    ], {
        encoding: 'utf8',
        env,
        timeout: GIT_TIMEOUT_MS,
        maxBuffer: 64 * 1024,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
    });
};
/** git's object id of a blob with these bytes (SHA-1, or SHA-256 in a SHA-256 repository). */
function blobId(bytes, algorithm) {
    return (0,external_node_crypto_.createHash)(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
/** The bytes with CRLF line ends turned into LF, as git stores a file checked out with autocrlf. */
function withLfLineEnds(bytes) {
    return Buffer.from(Buffer.from(bytes).toString('latin1').replace(/\r\n/g, '\n'), 'latin1');
}
/** The nearest folder from `dir` up to `workspace` that holds a `.git`. */
function nearestCheckout(dir, workspace) {
    for (let d = dir; d === workspace || d.startsWith(workspace + (external_node_path_default()).sep); d = external_node_path_default().dirname(d)) {
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(d, '.git')))
            return d;
        if (d === workspace)
            break;
    }
    return undefined;
}
function gitFailure(err) {
    const e = err;
    if (e.code === 'ENOENT')
        return 'git is not installed';
    if (e.signal)
        return 'git did not answer in time';
    const first = (e.stderr ?? '').split('\n')[0]?.trim() ?? '';
    // git's own message, cut short: it names paths, never file content.
    return first ? first.slice(0, 160) : 'git failed';
}
/**
 * Why a file read from the workspace cannot be trusted as the base commit's,
 * or undefined when it provably is: its checkout's HEAD is `base` and its bytes
 * are the blob at its path in that commit.
 */
function untrustedFileReason(file, workspace, base, git = runGit) {
    if (!base)
        return 'GITHUB_SHA is not set, so the checkout cannot be shown to be the base branch commit';
    let checkout;
    try {
        checkout = nearestCheckout(external_node_path_default().dirname(file.realPath), (0,external_node_fs_.realpathSync)(workspace));
    }
    catch {
        checkout = undefined;
    }
    if (!checkout)
        return `no git checkout holds it in the workspace, so it cannot be shown to be the base branch's commit ${base}`;
    let commit;
    try {
        commit = git(checkout, ['rev-parse', '--verify', '--end-of-options', 'HEAD^{commit}']).trim();
    }
    catch (err) {
        return `the commit of its checkout could not be read (${gitFailure(err)}), so it cannot be shown to be the base branch's commit ${base}`;
    }
    if (commit !== base)
        return `its checkout holds commit ${commit}, not the base branch's commit ${base}: for example the pull request's head or merge commit`;
    const inCommit = external_node_path_default().relative(checkout, file.realPath).split((external_node_path_default()).sep).join('/');
    let blob;
    try {
        blob = git(checkout, ['rev-parse', '--verify', '--end-of-options', `HEAD:${inCommit}`]).trim();
    }
    catch {
        return `${inCommit} is not a file of the base branch's commit ${base}: it was added to the working tree after the checkout`;
    }
    const algorithm = blob.length === 64 ? 'sha256' : 'sha1';
    if (blob === blobId(file.bytes, algorithm))
        return undefined;
    // A Windows checkout (core.autocrlf) writes CRLF line ends for a blob stored with LF.
    if (blob === blobId(withLfLineEnds(file.bytes), algorithm))
        return undefined;
    return `it differs from ${inCommit} in the base branch's commit ${base}: it was changed in the working tree after the checkout`;
}
/**
 * On pull_request_target, why the config file cannot be trusted — or undefined
 * when it provably is the base commit's file, or when the event is another
 * one. A config file that is missing or refused is not read at all (that is
 * reported as its own problem), so it needs no verdict here.
 */
function untrustedConfigReason(env, configInput, git = runGit) {
    if (env.GITHUB_EVENT_NAME !== 'pull_request_target' || configInput.trim() === '')
        return undefined;
    const workspace = external_node_path_default().resolve(env.GITHUB_WORKSPACE ?? process.cwd());
    // The very path parseRequest will read; a path it refuses is never read.
    const resolved = resolveConfigPath(configInput.trim(), workspace, new Problems());
    if (!resolved)
        return undefined;
    const file = readWorkspaceFile(resolved.full, { workspace, maxBytes: MAX_CONFIG_FILE_BYTES });
    if (file.kind !== 'text')
        return undefined;
    return untrustedFileReason(file, workspace, env.GITHUB_SHA, git);
}

;// CONCATENATED MODULE: ./src/config/yaml-library.ts
async function loadYamlLibrary() {
    return __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8815, 19));
}

;// CONCATENATED MODULE: ./src/config/action-inputs.ts
// The impure side of src/config (with workspace-file.ts and checkout-trust.ts): reads the runner's
// inputs, environment, files and clock into InputSources for the pure parseRequest.






async function readActionInputs(reservedTagCount) {
    for (const message of unexpectedInputWarnings(process.env))
        commands/* warning */.$e(message);
    const sources = readInputSources(reservedTagCount);
    if (yamlNeeded((name) => commands/* getInput */.V4(name)))
        sources.yaml = await loadYamlLibrary();
    return sources;
}
function readInputSources(reservedTagCount) {
    const untrusted = untrustedConfigReason(process.env, commands/* getInput */.V4('config'));
    return {
        getInput(name) {
            // Untrimmed: parseRequest trims, and must see exactly what GitHub passed.
            const value = commands/* getInput */.V4(name);
            // Mask before anything else could print it.
            if (name === 'github-token' && value.trim() !== '')
                commands/* setSecret */.Pq(value.trim());
            return value;
        },
        env: process.env,
        readFile: (path, { workspace, maxBytes }) => readWorkspaceFile(path, { workspace: workspace ?? process.cwd(), maxBytes }),
        now: new Date(),
        reservedTagCount,
        ...(untrusted === undefined ? {} : { untrustedWorkspace: untrusted }),
    };
}

// EXTERNAL MODULE: ./src/domain/provenance.ts
var provenance = __nccwpck_require__(1497);
// EXTERNAL MODULE: ./src/run/environment.ts
var environment = __nccwpck_require__(1276);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __nccwpck_require__(4285);
;// CONCATENATED MODULE: ./src/run/failure.ts
// How a failure reaches the user: one clear message (annotated at file and line
// for config-file problems), hints after it, and never a stack trace for the
// errors the action expects.
// Not @actions/core: this runs on the bad-input path, which must start fast.



/**
 * One problem as Markdown. The value and the file are code spans: shown
 * verbatim (a regular expression keeps its backslashes, as the user wrote
 * it), and inert (no mention, link or HTML inside code) without escaping.
 */
function problemMarkdown(p) {
    const value = p.value === undefined ? '' : ` = ${(0,markdown/* inlineCode */.ti)(p.value)}`;
    const where = p.position ? ` (${(0,markdown/* inlineCode */.ti)(`${p.position.file}:${p.position.line}`)})` : '';
    return `Input ${(0,markdown/* inlineCode */.ti)(p.input)}${value}${where}: ${ruleMarkdown(p.rule)}`;
}
/** A rule's text, with the patterns it quotes (`^[0-9a-z_]+$`) as code: verbatim, not backslash-escaped. */
function ruleMarkdown(rule) {
    return rule
        .split(/(\^\S*\$)/)
        .map((part, i) => (i % 2 === 1 ? (0,markdown/* inlineCode */.ti)(part) : (0,markdown/* escapeMarkdown */.FV)(part)))
        .join('');
}
/** The job summary of a run whose inputs were refused: every problem, and that AWS was not called. */
function renderInputProblems(err) {
    return [
        `## ❌ Fraud Detector Promote: ${err.total === 1 ? 'an input was' : `${err.total} inputs were`} refused`,
        '',
        ...err.problems.map((p) => `- ${problemMarkdown(p)}`),
        ...(err.unlisted > 0 ? [`- ${(0,markdown/* escapeMarkdown */.FV)((0,errors/* unlistedProblems */.Te)(err.unlisted))}`] : []),
        '',
        'Nothing was sent to AWS. Fix the inputs (or the config file) and run the job again.',
        '',
    ].join('\n');
}
async function reportFailure(err) {
    if (err instanceof errors/* InputError */.dz) {
        // Outputs and summary on every handled failure: the summary is where a
        // reviewer looks first. A summary that cannot be written (no
        // GITHUB_STEP_SUMMARY outside Actions) must not hide the error itself.
        await commands/* appendSummary */.fe(renderInputProblems(err)).catch(() => undefined);
        // Each problem is annotated once: a config-file problem at its file and
        // line, the others together in the step's failure message.
        // Only the listed problems: InputError keeps at most a few dozen, and counts the rest.
        for (const p of err.problems) {
            const at = p.position;
            if (!at)
                continue;
            commands/* error */.z3((0,errors/* formatProblem */.Vw)(p), {
                title: `Invalid input ${p.input}`,
                file: at.file,
                startLine: at.line,
                ...(at.column ? { startColumn: at.column } : {}),
            });
        }
        const rest = err.problems.filter((p) => !p.position);
        if (rest.length > 0) {
            commands/* setFailed */.C1(rest.length === err.problems.length
                ? err.message
                : new errors/* InputError */.dz(rest, err.unlisted).message);
        }
        else if (err.unlisted > 0) {
            commands/* setFailed */.C1(`${err.total} inputs are invalid: ${err.problems.length} ${err.problems.length === 1 ? 'is' : 'are'} annotated at their lines above; ${err.unlisted} more are not listed (fix these and run again).`);
        }
        else {
            commands/* markFailed */.ZY();
        }
        return;
    }
    if (err instanceof errors/* ActionError */.lZ) {
        commands/* setFailed */.C1([err.message, ...err.hints.map((h) => `  → ${h}`)].join('\n'));
        return;
    }
    const message = err instanceof Error ? err.message : String(err);
    // Unexpected: keep the stack for debugging, but only in the debug log.
    if (err instanceof Error && err.stack)
        commands/* debug */.Yz(err.stack);
    commands/* setFailed */.C1(`Unexpected error: ${message}. Re-run with debug logging for details, and please report it.`);
}

;// CONCATENATED MODULE: ./src/main.ts
// Reads and validates the inputs, then runs. The AWS SDK and the GitHub client
// are loaded only after the inputs are valid (a dynamic import, its own chunk
// in dist/), so a bad input fails fast and never reaches AWS.
// This module only exports run(): importing it starts nothing. index.ts (the
// bundle's entry) calls it; so does GitHub's @github/local-action
// (`npx @github/local-action run . src/main.ts examples/local-action.env`).







/** Credentials a misconfigured step could otherwise echo; masked before anything runs. */
const SECRET_ENV = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'];
async function run() {
    for (const name of SECRET_ENV) {
        const value = process.env[name];
        if (value)
            (0,commands/* setSecret */.Pq)(value);
    }
    let request;
    try {
        request = parseRequest(await readActionInputs(provenance/* RESERVED_TAG_COUNT */.gK));
    }
    catch (err) {
        // A fork's pull request gets none of the workflow's secrets or variables,
        // so inputs built from them (the region, a role) are often missing: that is
        // the fork notice's clean exit, with the problems as a warning, not a failure.
        if (err instanceof errors/* InputError */.dz && !(0,environment/* hasAwsCredentials */.e1)()) {
            const { forkPullRequestWithoutCredentials, reportForkSkip } = await __nccwpck_require__.e(/* import() */ 361).then(__nccwpck_require__.bind(__nccwpck_require__, 5361));
            const fork = forkPullRequestWithoutCredentials();
            if (fork) {
                (0,commands/* warning */.$e)(`The inputs could not all be checked on this fork: ${err.message}`);
                await reportForkSkip(fork);
                return;
            }
        }
        await reportFailure(err);
        return;
    }
    try {
        const { executeRequest } = await Promise.all(/* import() */[__nccwpck_require__.e(127), __nccwpck_require__.e(981)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9981));
        await executeRequest(request);
    }
    catch (err) {
        await reportFailure(err);
    }
}

;// CONCATENATED MODULE: ./src/index.ts
// The bundle's entry point (dist/index.js). run() reports its own failures.

run().catch((err) => {
    // Only a bug in run() itself gets here.
    process.exitCode = 1;
    console.error(err);
});

