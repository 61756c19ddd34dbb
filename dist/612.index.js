export const id = 612;
export const ids = [612];
export const modules = {

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
