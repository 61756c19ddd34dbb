export const id = 54;
export const ids = [54,612];
export const modules = {

/***/ 427:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ MODEL_SCORE_SUFFIX),
/* harmony export */   ZM: () => (/* binding */ isDataType),
/* harmony export */   gE: () => (/* binding */ MAX_REGEX_PATTERN_CHARS),
/* harmony export */   gm: () => (/* binding */ WARN_EXPRESSION_CHARS),
/* harmony export */   iJ: () => (/* binding */ MAX_LISTS_PER_RULE),
/* harmony export */   m3: () => (/* binding */ MAX_EXPRESSION_CHARS),
/* harmony export */   uX: () => (/* binding */ MAX_LIST_LITERAL_ELEMENTS),
/* harmony export */   wM: () => (/* binding */ MAX_NESTING_DEPTH)
/* harmony export */ });
// The public shapes of the DetectorPL library: diagnostics, the catalog a rule is
// checked against, and AFD's limits. Plain data only, so callers can build them.
const DATA_TYPES = new Set([
    'STRING',
    'INTEGER',
    'FLOAT',
    'BOOLEAN',
    'DATETIME',
]);
/** Whether AFD's data type text (GetVariables, untrusted) is one the library knows. */
function isDataType(text) {
    return DATA_TYPES.has(text);
}
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
const MODEL_SCORE_SUFFIX = '_insightscore';


/***/ }),

/***/ 9612:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lintRuleAsCode: () => (/* binding */ lintRuleAsCode)
/* harmony export */ });
/* harmony import */ var _detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8936);
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
    return (0,_detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintExpression */ .Gl)(lintedText(rule.expression), catalog).map((d) => {
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


/***/ })

};
