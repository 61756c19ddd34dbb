export const id = 291;
export const ids = [291];
export const modules = {

/***/ 2291:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  verifyDraft: () => (/* binding */ verifyDraft)
});

// UNUSED EXPORTS: verificationMessages

// EXTERNAL MODULE: ./src/detectorpl/index.ts + 14 modules
var detectorpl = __webpack_require__(8936);
// EXTERNAL MODULE: ./src/impact/eval-context.ts
var eval_context = __webpack_require__(8520);
// EXTERNAL MODULE: ./src/impact/rule-tests.ts
var rule_tests = __webpack_require__(1330);
;// CONCATENATED MODULE: ./src/impact/verify-remote.ts

/** Prefix of the event ids this action sends, so they are recognisable in AFD's prediction history. */
const TEST_EVENT_ID_PREFIX = 'fdp-test-';
/** A fixed event time: rules do not read it, and a fixed value keeps runs comparable. */
const TEST_EVENT_TIMESTAMP = '2024-01-01T00:00:00Z';
/** AFD's advice when no entity id is known ("If an entity id is not available, use UNKNOWN"). */
const UNKNOWN_ENTITY_ID = 'unknown';
/** AFD's answer in the shape the rule tests compare: outcomes (`(none)` for no match) and rules. */
function remoteAnswer(prediction) {
    const outcomes = [...new Set(prediction.ruleResults.flatMap((r) => r.outcomes))];
    return {
        outcomes: outcomes.length ? outcomes : [rule_tests/* NO_OUTCOME */.XD],
        rules: prediction.ruleResults.map((r) => r.ruleId),
    };
}
/** Where two answers differ: outcomes compared as sets, rules as ordered lists. */
function compareAnswers(local, remote) {
    const differs = [];
    const l = new Set(local.outcomes);
    const r = new Set(remote.outcomes);
    if (l.size !== r.size || [...l].some((o) => !r.has(o)))
        differs.push('outcomes');
    if (local.rules.length !== remote.rules.length ||
        local.rules.some((rule, i) => rule !== remote.rules[i]))
        differs.push('rules');
    return differs;
}
/** The event AFD can be sent, or why it cannot (AFD needs at least one variable, values of 1+ characters). */
function eventVariablesFor(test) {
    const out = {};
    for (const [name, value] of test.event) {
        // GetEventPrediction: "If a null value is provided explicitly for a variable,
        // the model and rules will use 'null' as the value": the local evaluator reads
        // an explicit null the same way, so the text "null" is an exact stand-in.
        const text = value ?? 'null';
        if (text === '')
            return { reason: `$${name} is empty: AFD refuses empty values` };
        out[name] = text;
    }
    if (Object.keys(out).length === 0)
        return { reason: 'the event has no variables: AFD needs at least one' };
    return out;
}
function testEventId(detectorVersionId, index) {
    return `${TEST_EVENT_ID_PREFIX}${detectorVersionId}-${index + 1}`;
}
async function verifyRemote(input, port) {
    const out = { compared: 0, disagreements: [], skipped: [] };
    for (const [index, test] of input.tests.entries()) {
        const eventVariables = eventVariablesFor(test);
        if ('reason' in eventVariables) {
            out.skipped.push({ test: test.name, reason: eventVariables.reason });
            continue;
        }
        const eventId = testEventId(input.detectorVersionId, index);
        let prediction;
        try {
            prediction = await port.getEventPrediction({
                detectorId: input.detectorId,
                detectorVersionId: input.detectorVersionId,
                eventId,
                eventTypeName: input.eventTypeName,
                eventTimestamp: TEST_EVENT_TIMESTAMP,
                entity: { entityType: input.entityType, entityId: UNKNOWN_ENTITY_ID },
                eventVariables,
            });
        }
        catch (err) {
            // One refusal (a quota, a permission, a bad request) would repeat for every test.
            out.stopped = { test: test.name, message: err.message };
            return out;
        }
        const local = input.evaluate({ ...test, modelScores: prediction.modelScores });
        if (local.status === 'uncertain') {
            const reasons = local.uncertain.map((u) => `${u.ruleId}: ${u.reason}`).join('; ');
            out.skipped.push({ test: test.name, reason: `uncertain locally (${reasons})` });
            continue;
        }
        out.compared++;
        const remote = remoteAnswer(prediction);
        const differs = compareAnswers(local.got, remote);
        if (differs.length)
            out.disagreements.push({ test: test.name, eventId, local: local.got, remote, differs });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/detector/verify-draft.ts




/** The DRAFT's rules compiled locally, or the reason they cannot be. */
async function compiledDraft(afd, detectorId, content) {
    const all = await afd.listRules(detectorId);
    const details = content.rules.map((ref) => all.find((r) => r.ruleId === ref.ruleId && r.ruleVersion === ref.ruleVersion));
    const missing = content.rules.filter((_, i) => !details[i]);
    if (missing.length)
        return `rule ${missing[0]?.ruleId ?? ''} was not found in AFD`;
    // A list read only in part makes an evaluation that misses it uncertain (then the test is not compared).
    const { context: ctx } = await (0,eval_context/* readEvalContext */.w)(afd, details.map((d) => d?.expression ?? ''));
    const compiled = [];
    for (const d of details) {
        if (!d)
            continue;
        const { rule, diagnostics } = (0,detectorpl/* compileRule */.mk)(d, ctx);
        if (!rule)
            return `rule ${d.ruleId} cannot be evaluated locally (${diagnostics[0]?.message ?? 'unknown'})`;
        compiled.push(rule);
    }
    return compiled;
}
function describeAnswer(a) {
    return `outcomes [${a.outcomes.join(', ')}], rules [${a.rules.join(', ')}]`;
}
/** Log lines and summary notes of a verification. */
function verificationMessages(versionId, v) {
    const warnings = v.disagreements.map((d) => `verify-remote: AFD disagrees with the local result for test "${d.test}" (event ${d.eventId}, ${d.differs.join(' and ')}): AFD ${describeAnswer(d.remote)}; local ${describeAnswer(d.local)}.`);
    if (v.stopped)
        warnings.push(`verify-remote stopped at test "${v.stopped.test}": AFD refused GetEventPrediction: ${v.stopped.message}`);
    const notes = [
        `verify-remote: ${v.compared} rule test(s) sent to AFD for DRAFT ${versionId}, ${v.disagreements.length} disagreement(s).`,
        ...warnings,
        ...v.skipped.map((s) => `verify-remote: test "${s.test}" not compared: ${s.reason}.`),
    ];
    return { warnings, notes };
}
async function verifyDraft(deps, draft, report) {
    const { afd, log } = deps;
    const say = (note) => {
        log.warning(note);
        report.notes.push(note);
    };
    if (draft.tests.length === 0) {
        report.notes.push('verify-remote: no rule tests (detector.tests) to send to AFD.');
        return;
    }
    try {
        const eventTypeName = await afd.getDetectorEventType(draft.detectorId);
        const eventType = eventTypeName ? await afd.getEventType(eventTypeName) : undefined;
        const entityType = eventType?.entityTypes[0];
        if (!eventTypeName || !entityType)
            return say(`verify-remote: skipped, the event type of detector ${draft.detectorId} has no entity type to send events as.`);
        const rules = await compiledDraft(afd, draft.detectorId, draft.content);
        if (typeof rules === 'string')
            return say(`verify-remote: skipped, ${rules}.`);
        const mode = draft.content.ruleExecutionMode;
        const result = await verifyRemote({
            detectorId: draft.detectorId,
            detectorVersionId: draft.detectorVersionId,
            eventTypeName,
            entityType,
            tests: draft.tests,
            evaluate: (t) => (0,rule_tests/* runRuleTest */.Wm)(t, rules, mode),
        }, afd);
        const { warnings, notes } = verificationMessages(draft.detectorVersionId, result);
        for (const w of warnings)
            log.warning(w);
        log.info(notes[0] ?? '');
        report.notes.push(...notes);
    }
    catch (err) {
        say(`verify-remote: could not verify the DRAFT against AFD: ${err.message}`);
    }
}


/***/ }),

/***/ 8520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ readEvalContext)
/* harmony export */ });
/* unused harmony export listsOf */
/* harmony import */ var _detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8936);
/* harmony import */ var _domain_concurrency_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7571);


/** Parallel GetListElements calls: quick, far from throttling. */
const LIST_READS = 4;
/** The lists the expressions name (`in @list`), each once. */
function listsOf(expressions) {
    const names = new Set();
    for (const expression of expressions) {
        const { ast } = (0,_detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseExpression */ .YK)(expression);
        if (ast)
            for (const name of (0,_detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__/* .referencedNames */ ._T)(ast).lists)
                names.add(name);
    }
    return [...names].sort();
}
async function readEvalContext(afd, expressions) {
    const variables = new Map();
    for (const v of await afd.listVariables()) {
        // A data type this evaluator does not know leaves the variable unknown: its rules are unevaluable.
        if (!(0,_detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__/* .isDataType */ .ZM)(v.dataType))
            continue;
        variables.set(v.name, {
            dataType: v.dataType,
            ...(v.defaultValue !== undefined ? { defaultValue: v.defaultValue } : {}),
        });
    }
    const read = await (0,_domain_concurrency_js__WEBPACK_IMPORTED_MODULE_1__/* .mapLimit */ .s)(listsOf(expressions), LIST_READS, (name) => afd.getListElements(name));
    const lists = new Map();
    const partialLists = [];
    for (const list of read) {
        if (!list)
            continue;
        lists.set(list.name, new Set(list.elements));
        if (list.truncated)
            partialLists.push(list.name);
    }
    return {
        context: { variables, lists, partialLists: new Set(partialLists) },
        partialLists,
    };
}


/***/ }),

/***/ 1330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ withUnevaluable),
/* harmony export */   Wm: () => (/* binding */ runRuleTest),
/* harmony export */   XD: () => (/* binding */ NO_OUTCOME),
/* harmony export */   rt: () => (/* binding */ runRuleTests)
/* harmony export */ });
/* unused harmony export answerOf */
/* harmony import */ var _detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8936);
// Rule tests: each test's event runs through the proposal's rules with AFD's
// semantics, and what AFD would answer is compared with what the test expects.
// Pure: the caller compiles the rules and reports the results.

/** The outcome a test names when no rule matches (AFD returns no outcome then). */
const NO_OUTCOME = '(none)';
function scoreMap(scores) {
    return new Map([...scores].map(([modelId, score]) => [modelId + _detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__/* .MODEL_SCORE_SUFFIX */ .N0, score]));
}
function sameSet(a, b) {
    const left = new Set(a);
    const right = new Set(b);
    return left.size === right.size && [...left].every((x) => right.has(x));
}
function sameList(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
}
/** What AFD would answer, in the shape a test compares. */
function answerOf(result) {
    return {
        outcomes: result.outcomes.length ? [...result.outcomes] : [NO_OUTCOME],
        rules: result.ruleResults.map((r) => r.ruleId),
    };
}
function runRuleTest(test, rules, mode) {
    const result = (0,_detectorpl_index_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateRules */ .F0)(rules, mode, test.event, scoreMap(test.modelScores));
    const got = answerOf(result);
    const expected = {};
    if (test.expect.outcomes)
        expected.outcomes = [...test.expect.outcomes];
    if (test.expect.rules)
        expected.rules = [...test.expect.rules];
    const agrees = (expected.outcomes === undefined || sameSet(expected.outcomes, got.outcomes)) &&
        (expected.rules === undefined || sameList(expected.rules, got.rules));
    // evaluateRules stops at the deciding rule under FIRST_MATCHED, so every
    // uncertain rule it reports could have changed the answer.
    const status = result.uncertain.length
        ? 'uncertain'
        : agrees
            ? 'passed'
            : 'failed';
    const out = {
        name: test.name,
        status,
        expected,
        got,
        uncertain: result.uncertain.map((u) => ({ ...u })),
    };
    const deciding = result.ruleResults[0]?.ruleId;
    if (deciding !== undefined)
        out.decidingRule = deciding;
    return out;
}
function runRuleTests(tests, rules, mode) {
    const results = tests.map((t) => runRuleTest(t, rules, mode));
    return {
        total: results.length,
        passed: results.filter((r) => r.status === 'passed').length,
        results,
    };
}
/**
 * The results once the rules that could not be compiled count: such a rule
 * makes a test uncertain when it could have changed AFD's answer — under
 * FIRST_MATCHED when it comes before the deciding rule (or nothing matched),
 * under ALL_MATCHED always.
 */
function withUnevaluable(report, order, unevaluable, mode) {
    if (!unevaluable.length)
        return report;
    const results = report.results.map((r) => {
        const decidedAt = mode === 'FIRST_MATCHED' && r.decidingRule !== undefined
            ? order.indexOf(r.decidingRule)
            : Infinity;
        const blocking = unevaluable.filter((u) => u.index < decidedAt);
        if (!blocking.length)
            return r;
        return {
            ...r,
            status: 'uncertain',
            uncertain: [...r.uncertain, ...blocking.map(({ ruleId, reason }) => ({ ruleId, reason }))],
        };
    });
    return {
        total: report.total,
        passed: results.filter((r) => r.status === 'passed').length,
        results,
    };
}


/***/ })

};
