export const id = 470;
export const ids = [470];
export const modules = {

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


/***/ }),

/***/ 7470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ImpactFailedError: () => (/* binding */ ImpactFailedError),
  impactFailure: () => (/* binding */ impactFailure),
  proposalTestRuns: () => (/* binding */ proposalTestRuns),
  runImpact: () => (/* binding */ runImpact),
  wantsImpact: () => (/* reexport */ wants_impact/* wantsImpact */.a)
});

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __webpack_require__(241);
// EXTERNAL MODULE: ./src/detectorpl/index.ts + 14 modules
var detectorpl = __webpack_require__(8936);
;// CONCATENATED MODULE: ./src/impact/backtest-columns.ts
// The backtest CSV's header: which column is the event id, which ones hold model
// scores for which side, and which ones are event variables.

const EVENT_ID_COLUMN = 'EVENT_ID';
const SCORE_COLUMN = /^(.+)_insightscore(?:@(.+))?$/;
function csvLayout(header) {
    const layout = { variables: [], scores: [] };
    header.forEach((raw, index) => {
        const name = raw.trim();
        if (name === EVENT_ID_COLUMN) {
            layout.eventIdIndex = index;
            return;
        }
        const score = SCORE_COLUMN.exec(name);
        if (score) {
            const modelId = score[1];
            const column = { index, variable: modelId + detectorpl/* MODEL_SCORE_SUFFIX */.N0, modelId };
            if (score[2] !== undefined)
                column.version = score[2];
            layout.scores.push(column);
            return;
        }
        layout.variables.push({ index, name });
    });
    return layout;
}
/**
 * The score columns one side reads: per model, the `@<its version>` column when
 * there is one, else the plain column. `measured` is false for a model whose
 * version this side uses but whose scores come from a shared or absent column.
 */
function sideScoreColumns(layout, versions) {
    const byModel = new Map();
    for (const column of layout.scores)
        if (column.version === undefined && !byModel.has(column.modelId))
            byModel.set(column.modelId, column);
    // A versioned column wins over the plain one, whatever the column order.
    for (const column of layout.scores)
        if (column.version !== undefined && versions.get(column.modelId) === column.version)
            byModel.set(column.modelId, column);
    return [...byModel.values()];
}
/**
 * Models whose version differs between base and proposal but whose scores the
 * CSV does not give per version: for them only the rule changes are measured.
 */
function unmeasuredModelSwaps(layout, base, proposal) {
    const out = [];
    const models = new Set([...base.keys(), ...proposal.keys()]);
    for (const modelId of [...models].sort()) {
        const b = base.get(modelId);
        const p = proposal.get(modelId);
        if (b === p)
            continue;
        const has = (v) => v !== undefined && layout.scores.some((c) => c.modelId === modelId && c.version === v);
        if (has(b) && has(p))
            continue;
        const swap = { modelId };
        if (b !== undefined)
            swap.baseVersion = b;
        if (p !== undefined)
            swap.proposalVersion = p;
        out.push(swap);
    }
    return out;
}
/**
 * The current row's variables as the evaluator reads them, straight from the
 * cells (no Map per event). An empty cell is a missing value: AFD then uses the
 * variable's default. A name in several columns reads the last non-empty one.
 */
class RowValues {
    cells = [];
    columns = new Map();
    constructor(variables) {
        for (const { index, name } of variables) {
            const indexes = this.columns.get(name) ?? [];
            indexes.push(index);
            this.columns.set(name, indexes);
        }
    }
    get(name) {
        const indexes = this.columns.get(name);
        if (!indexes)
            return undefined;
        for (let k = indexes.length - 1; k >= 0; k--) {
            const cell = this.cells[indexes[k]];
            if (cell !== undefined && cell !== '')
                return cell;
        }
        return undefined;
    }
}
/** The current row's model scores for one side's columns; a missing or non-numeric score is absent. */
class RowScores {
    cells = [];
    columns;
    constructor(columns) {
        this.columns = new Map(columns.map((c) => [c.variable, c.index]));
    }
    get(variable) {
        const index = this.columns.get(variable);
        const cell = index === undefined ? undefined : this.cells[index];
        const n = cell === undefined || cell.trim() === '' ? Number.NaN : Number(cell);
        // Absent, a rule reading it is uncertain.
        return Number.isFinite(n) ? n : undefined;
    }
}

;// CONCATENATED MODULE: ./src/impact/outcome-labels.ts
// The backtest compares each event's base and proposed outcomes as sets. Doing
// that with strings (collect, sort, join) per event and side dominated a replay
// of 100,000 events; here an outcome set is built as a number (a bit per outcome
// while there are at most 30) and each distinct set is turned into its label once.
const MAX_MASK_OUTCOMES = 30;
/**
 * Interns the outcome sets of one event: `begin()`, `addRule(i)` for each
 * matched rule (its index in the constructor's list), then `end()` gives the
 * set's label id. Equal labels get equal ids, so comparing two sets is
 * comparing two numbers.
 */
class OutcomeSets {
    none;
    /** Outcome id → name; ids follow the names' sort order, so a label lists ids in order. */
    names;
    idOf = new Map();
    useMask;
    mask = 0;
    /** Beyond 30 outcomes: which ids the current set holds (a stamp per id, no clearing). */
    seen;
    stamp = 0;
    labelBySet = new Map();
    labelIds = new Map();
    labels = [];
    /** Per rule: its outcomes' ids, and as a bit mask while there are at most 30 outcomes. */
    ruleIds;
    ruleMasks;
    constructor(ruleOutcomes, none) {
        this.none = none;
        this.names = [...new Set(ruleOutcomes.flat())].sort();
        this.names.forEach((name, id) => this.idOf.set(name, id));
        this.useMask = this.names.length <= MAX_MASK_OUTCOMES;
        this.seen = new Uint32Array(this.useMask ? 0 : this.names.length);
        this.ruleIds = ruleOutcomes.map((outcomes) => outcomes.map((o) => this.idOf.get(o)));
        this.ruleMasks = Int32Array.from(this.ruleIds, (ids) => this.useMask ? ids.reduce((mask, id) => mask | (1 << id), 0) : 0);
    }
    /** The label id of a label text (for answers that are not a set, like "uncertain"). */
    labelId(label) {
        let id = this.labelIds.get(label);
        if (id === undefined) {
            id = this.labels.length;
            this.labels.push(label);
            this.labelIds.set(label, id);
        }
        return id;
    }
    begin() {
        this.mask = 0;
        this.stamp++;
    }
    addRule(rule) {
        if (this.useMask)
            this.mask |= this.ruleMasks[rule];
        else
            for (const id of this.ruleIds[rule])
                this.seen[id] = this.stamp;
    }
    end() {
        const key = this.useMask ? this.mask : this.currentIds().join(',');
        let label = this.labelBySet.get(key);
        if (label === undefined) {
            const ids = this.useMask ? this.maskIds() : this.currentIds();
            label = this.labelId(ids.length ? ids.map((i) => this.names[i]).join(', ') : this.none);
            this.labelBySet.set(key, label);
        }
        return label;
    }
    maskIds() {
        return this.names.flatMap((_, id) => (this.mask & (1 << id) ? [id] : []));
    }
    currentIds() {
        const ids = [];
        for (let id = 0; id < this.seen.length; id++)
            if (this.seen[id] === this.stamp)
                ids.push(id);
        return ids;
    }
}

// EXTERNAL MODULE: ./src/impact/rule-tests.ts
var rule_tests = __webpack_require__(1330);
;// CONCATENATED MODULE: ./src/impact/backtest.ts
// The backtest: every CSV event replayed through the base version's rules and
// the proposal's, with AFD's semantics. A rule that is the same on both sides
// (same ruleId, expression and outcomes) is evaluated once per event, not twice.
// Pure: rows come in one at a time (the caller streams the file), the report
// comes out at the end.




const MAX_CHANGED_EVENTS = 10;
/** A side whose answer depends on a rule the evaluator could not be sure about. */
const UNCERTAIN_OUTCOME = '(uncertain)';
function identity(r) {
    return JSON.stringify([r.ruleId, r.expression, r.outcomes]);
}
/** Replays events through both sides; feed rows with `add`, read the report with `finish`. */
class Backtest {
    setup;
    union = [];
    baseOrder;
    proposalOrder;
    /** One pass over both sides' distinct rules when the scores are shared, else one per side. */
    passes;
    /** A VERDICT per union rule, this event; the proposal's is the base's array when shared. */
    baseVerdicts;
    proposalVerdicts;
    layout;
    sharedScores;
    /** Views of the current row; evaluation reads them synchronously. */
    values;
    baseScores;
    proposalScores;
    outcomeSets;
    uncertainLabel;
    matchCounts;
    /** Base label id → proposal label id → events; `pairs` keeps the first-seen order. */
    transitions = new Map();
    pairs = [];
    changedEvents = [];
    events = 0;
    changed = 0;
    uncertainEvents = 0;
    constructor(setup, header) {
        this.setup = setup;
        const byIdentity = new Map();
        const place = (r) => {
            const key = identity(r);
            const known = byIdentity.get(key);
            if (known !== undefined)
                return known;
            const index = this.union.length;
            const compiled = (0,detectorpl/* compileRule */.mk)(r, setup.context);
            const entry = { ruleId: r.ruleId, outcomes: r.outcomes };
            if (compiled.rule)
                entry.compiled = compiled.rule;
            else
                entry.reason =
                    compiled.diagnostics.find((d) => d.severity === 'error')?.message ??
                        'the expression cannot be evaluated';
            this.union.push(entry);
            byIdentity.set(key, index);
            return index;
        };
        this.baseOrder = setup.base.rules.map(place);
        this.proposalOrder = setup.proposal.rules.map(place);
        this.outcomeSets = new OutcomeSets(this.union.map((r) => r.outcomes), rule_tests/* NO_OUTCOME */.XD);
        this.uncertainLabel = this.outcomeSets.labelId(UNCERTAIN_OUTCOME);
        this.layout = csvLayout(header);
        const baseScores = sideScoreColumns(this.layout, setup.base.modelVersions);
        const proposalScores = sideScoreColumns(this.layout, setup.proposal.modelVersions);
        this.sharedScores =
            baseScores.length === proposalScores.length &&
                baseScores.every((c, i) => c === proposalScores[i]);
        this.values = new RowValues(this.layout.variables);
        this.baseScores = new RowScores(baseScores);
        this.proposalScores = new RowScores(proposalScores);
        const n = this.union.length;
        this.baseVerdicts = this.unevaluableVerdicts();
        this.proposalVerdicts = this.sharedScores ? this.baseVerdicts : this.unevaluableVerdicts();
        this.passes = this.sharedScores
            ? [this.pass([...this.baseOrder, ...this.proposalOrder])]
            : [this.pass(this.baseOrder), this.pass(this.proposalOrder)];
        this.matchCounts = { base: new Uint32Array(n), proposal: new Uint32Array(n) };
    }
    /** Verdicts for every union rule: a rule that did not compile is uncertain on every event. */
    unevaluableVerdicts() {
        const verdicts = new Uint8Array(this.union.length);
        this.union.forEach((r, i) => {
            if (!r.compiled)
                verdicts[i] = detectorpl/* VERDICT */.y3.uncertain;
        });
        return verdicts;
    }
    /** The distinct evaluable rules of `order`, each verdict going to its union index. */
    pass(order) {
        const at = [...new Set(order)].filter((i) => this.union[i].compiled);
        return new detectorpl/* RuleBatch */.xe(at.map((i) => this.union[i].compiled), at);
    }
    /** One side's answer as a label id (counting its matches); uncertain when any rule is. */
    decide(order, mode, verdicts, counts) {
        const sets = this.outcomeSets;
        sets.begin();
        let uncertain = false;
        for (let k = 0; k < order.length; k++) {
            const i = order[k];
            const verdict = verdicts[i];
            if (verdict === detectorpl/* VERDICT */.y3.uncertain) {
                uncertain = true;
                continue;
            }
            if (verdict !== detectorpl/* VERDICT */.y3.matched)
                continue;
            counts[i]++;
            sets.addRule(i);
            if (mode === 'FIRST_MATCHED')
                break;
        }
        const label = sets.end();
        return uncertain ? this.uncertainLabel : label;
    }
    /** The outcomes and rules behind a side's answer, for the few changed events shown. */
    describe(order, mode, verdicts) {
        const outcomes = [];
        const rules = [];
        for (const i of order) {
            if (verdicts[i] !== detectorpl/* VERDICT */.y3.matched)
                continue;
            const rule = this.union[i];
            rules.push(rule.ruleId);
            for (const o of rule.outcomes)
                if (!outcomes.includes(o))
                    outcomes.push(o);
            if (mode === 'FIRST_MATCHED')
                break;
        }
        return { outcomes, rules };
    }
    count(from, to) {
        let row = this.transitions.get(from);
        if (!row)
            this.transitions.set(from, (row = new Map()));
        const count = row.get(to);
        if (count === undefined)
            this.pairs.push([from, to]);
        row.set(to, (count ?? 0) + 1);
    }
    add(cells, rowNumber) {
        this.values.cells = cells;
        this.baseScores.cells = cells;
        this.proposalScores.cells = cells;
        const [first, second] = this.passes;
        (0,detectorpl/* evaluateEach */.Vz)(first, this.values, this.baseScores, this.baseVerdicts);
        if (second)
            (0,detectorpl/* evaluateEach */.Vz)(second, this.values, this.proposalScores, this.proposalVerdicts);
        const { base, proposal } = this.setup;
        const from = this.decide(this.baseOrder, base.mode, this.baseVerdicts, this.matchCounts.base);
        const to = this.decide(this.proposalOrder, proposal.mode, this.proposalVerdicts, this.matchCounts.proposal);
        this.events++;
        if (from === this.uncertainLabel || to === this.uncertainLabel)
            this.uncertainEvents++;
        this.count(from, to);
        if (from === to)
            return;
        this.changed++;
        if (this.changedEvents.length < MAX_CHANGED_EVENTS) {
            const id = this.layout.eventIdIndex === undefined ? undefined : cells[this.layout.eventIdIndex];
            this.changedEvents.push({
                event: id ? id : `row ${rowNumber}`,
                base: this.describe(this.baseOrder, base.mode, this.baseVerdicts),
                proposal: this.describe(this.proposalOrder, proposal.mode, this.proposalVerdicts),
            });
        }
    }
    finish() {
        const percentOf = (count) => this.events === 0 ? 0 : (count * 100) / this.events;
        const { labels } = this.outcomeSets;
        const transitions = this.pairs
            .map(([from, to]) => {
            const count = this.transitions.get(from).get(to);
            return { base: labels[from], proposal: labels[to], count, percent: percentOf(count) };
        })
            .sort((a, b) => b.count - a.count || a.base.localeCompare(b.base));
        const ruleMatches = new Map();
        const tally = (order, side) => {
            for (const i of new Set(order)) {
                const { ruleId } = this.union[i];
                const entry = ruleMatches.get(ruleId) ?? { ruleId, base: 0, proposal: 0 };
                entry[side] += this.matchCounts[side][i];
                ruleMatches.set(ruleId, entry);
            }
        };
        tally(this.baseOrder, 'base');
        tally(this.proposalOrder, 'proposal');
        const unevaluable = [];
        for (const [side, order] of [
            ['base', this.baseOrder],
            ['proposal', this.proposalOrder],
        ])
            for (const i of new Set(order)) {
                const rule = this.union[i];
                if (rule.reason !== undefined)
                    unevaluable.push({ ruleId: rule.ruleId, side, reason: rule.reason });
            }
        const changedPercent = percentOf(this.changed);
        const report = {
            events: this.events,
            changed: this.changed,
            changedPercent,
            transitions,
            ruleMatches: [...ruleMatches.values()],
            changedEvents: this.changedEvents,
            uncertainEvents: this.uncertainEvents,
            unevaluable,
            unmeasuredModelSwaps: unmeasuredModelSwaps(this.layout, this.setup.base.modelVersions, this.setup.proposal.modelVersions),
        };
        const max = this.setup.maxChangedPercent;
        if (max !== undefined)
            report.gate = { maxChangedPercent: max, exceeded: changedPercent > max };
        return report;
    }
}

// EXTERNAL MODULE: ./src/impact/eval-context.ts
var eval_context = __webpack_require__(8520);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js + 9 modules
var lib = __webpack_require__(6070);
// EXTERNAL MODULE: ./src/config/workspace-file.ts
var workspace_file = __webpack_require__(7946);
;// CONCATENATED MODULE: ./src/impact/events-csv.ts
// Reading the backtest's events: a CSV from the PR, so untrusted. Its size is
// checked before a byte is read, it is parsed by csv-parse (quotes, embedded
// newlines, a BOM) as a stream, and each record is handed on as soon as it is
// parsed, so memory does not grow with the file.





const MAX_EVENTS_FILE_BYTES = 200 * 1024 * 1024;
/** One record (an event): far above any real event, low enough to stop a runaway quote. */
const MAX_RECORD_CHARS = 1024 * 1024;
class EventsFileError extends errors/* ActionError */.lZ {
    name = 'EventsFileError';
}
function asRecord(value) {
    if (!Array.isArray(value))
        return [];
    const cells = value;
    // csv-parse gives strings (no cast option): hand its array on rather than copy it.
    return cells.every((cell) => typeof cell === 'string')
        ? cells
        : cells.map(String);
}
/**
 * Streams the events file at `fullPath` into `sink`. `display` names the file
 * in messages (workspace-relative). Throws EventsFileError for a file that is
 * missing, outside `workspace` once symbolic links are resolved, not a regular
 * file, too large, empty or not valid CSV (with the row that broke it).
 */
async function readEventsCsv(fullPath, display, sink, options) {
    const maxBytes = options.maxBytes ?? MAX_EVENTS_FILE_BYTES;
    let size;
    let real;
    try {
        real = await (0,promises_.realpath)(fullPath);
        if (!(0,workspace_file/* isInside */.FK)(real, await (0,promises_.realpath)(options.workspace)))
            throw new EventsFileError(`The backtest events file ${display} leads (through a symbolic link) outside the workspace`);
        const info = await (0,promises_.stat)(real);
        // A FIFO or a device would block or never end: only regular files are read.
        if (!info.isFile())
            throw new EventsFileError(`The backtest events file ${display} is not a regular file`);
        size = info.size;
    }
    catch (e) {
        if (e instanceof EventsFileError)
            throw e;
        throw new EventsFileError(`The backtest events file ${display} does not exist (is the repository checked out?)`);
    }
    if (size > maxBytes)
        throw new EventsFileError(`The backtest events file ${display} is ${(size / 1024 / 1024).toFixed(1)} MB; ` +
            `the limit is ${(maxBytes / 1024 / 1024).toFixed(0)} MB. Use a sample of the events.`);
    const parser = (0,lib/* parse */.qg)({
        bom: true,
        // Files edited on several systems mix line endings; any of them ends a record.
        record_delimiter: ['\r\n', '\n', '\r'],
        skip_empty_lines: true,
        max_record_size: MAX_RECORD_CHARS,
    });
    const input = (0,external_node_fs_.createReadStream)(real);
    input.on('error', (e) => parser.destroy(e));
    input.pipe(parser);
    let row = 0;
    let width = 0;
    try {
        // Records are handed on from 'data' events, synchronously: an async iterator
        // costs a promise per record, a third of the time of reading 100,000 events.
        await new Promise((resolve, reject) => {
            let failed = false;
            parser.on('data', (record) => {
                if (failed)
                    return;
                const cells = asRecord(record);
                row++;
                try {
                    if (row === 1) {
                        width = cells.length;
                        sink.header(cells);
                    }
                    else
                        sink.row(cells, row);
                }
                catch (e) {
                    // The sink's own error, as it threw it; no later record reaches the sink.
                    failed = true;
                    parser.destroy(e instanceof Error ? e : new Error(String(e)));
                }
            });
            parser.on('error', reject);
            parser.on('end', resolve);
        });
    }
    catch (e) {
        if (e instanceof lib/* CsvError */.J$) {
            const lines = typeof e['lines'] === 'number' ? ` (line ${e['lines']})` : '';
            throw new EventsFileError(`The backtest events file ${display} is not valid CSV at row ${row + 1}${lines}: ${e.message}`);
        }
        throw e;
    }
    finally {
        input.destroy();
    }
    if (row === 0 || width === 0)
        throw new EventsFileError(`The backtest events file ${display} is empty: its first row must name the variables`);
}

// EXTERNAL MODULE: ./src/impact/wants-impact.ts
var wants_impact = __webpack_require__(8472);
;// CONCATENATED MODULE: ./src/impact/operating-point.ts
// The model's operating point in a PR: for every rule comparing a model score
// with a constant, when the model version or the constant changes between base
// and proposal, the false positive rate, true positive rate and precision at
// that threshold, from each version's training curve. A model swap under an
// unchanged threshold moves the operating point silently: this makes it visible.

/**
 * The metrics at `threshold` on a curve sorted by threshold: exact at a point,
 * linear between two points, undefined outside the curve.
 */
function metricsAt(points, threshold) {
    for (let i = 0; i < points.length; i++) {
        const hi = points[i];
        if (hi.threshold === threshold)
            return { fpr: hi.fpr, tpr: hi.tpr, precision: hi.precision, interpolated: false };
        if (hi.threshold < threshold)
            continue;
        if (i === 0)
            return undefined;
        const lo = points[i - 1];
        const f = (threshold - lo.threshold) / (hi.threshold - lo.threshold);
        const mix = (a, b) => a + (b - a) * f;
        return {
            fpr: mix(lo.fpr, hi.fpr),
            tpr: mix(lo.tpr, hi.tpr),
            precision: mix(lo.precision, hi.precision),
            interpolated: true,
        };
    }
    return undefined;
}
function thresholdsOf(expression) {
    const { ast } = (0,detectorpl/* parseExpression */.YK)(expression);
    return ast ? (0,detectorpl/* modelScoreThresholds */.mw)(ast) : [];
}
/** Each comparison keyed by model, operator and its place among the rule's comparisons of that kind. */
function keyed(expression) {
    const out = new Map();
    const seen = new Map();
    for (const t of thresholdsOf(expression)) {
        const kind = `${t.modelId}\u0000${t.op}`;
        const n = seen.get(kind) ?? 0;
        seen.set(kind, n + 1);
        out.set(`${kind}\u0000${n}`, t);
    }
    return out;
}
function operatingPoints(input) {
    const baseRules = new Map(input.base.rules.map((r) => [r.ruleId, r.expression]));
    const side = (modelId, threshold, versions) => {
        const modelVersion = versions.get(modelId);
        const out = { threshold };
        if (modelVersion === undefined)
            return out;
        out.modelVersion = modelVersion;
        const curve = input.curve(modelId, modelVersion);
        const metrics = curve ? metricsAt(curve, threshold) : undefined;
        if (metrics)
            out.metrics = metrics;
        return out;
    };
    const rows = [];
    for (const rule of input.proposal.rules) {
        const before = baseRules.get(rule.ruleId);
        const baseThresholds = before === undefined ? new Map() : keyed(before);
        for (const [key, t] of keyed(rule.expression)) {
            const old = baseThresholds.get(key);
            const baseVersion = input.base.modelVersions.get(t.modelId);
            const proposalVersion = input.proposal.modelVersions.get(t.modelId);
            if (old && old.threshold === t.threshold && baseVersion === proposalVersion)
                continue;
            const row = {
                ruleId: rule.ruleId,
                modelId: t.modelId,
                op: t.op,
                proposal: side(t.modelId, t.threshold, input.proposal.modelVersions),
            };
            if (old)
                row.base = side(t.modelId, old.threshold, input.base.modelVersions);
            rows.push(row);
        }
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/impact/run-impact.ts








class ImpactFailedError extends errors/* ActionError */.lZ {
    name = 'ImpactFailedError';
}
const key = (r) => `${r.ruleId}@${r.ruleVersion}`;
/** Each side's rules with their expressions; a version whose expression is unknown has none. */
async function ruleSources(deps, input) {
    const byKey = new Map(input.known.map((r) => [key(r), r]));
    const wanted = [...(input.base?.rules ?? []), ...input.proposal.rules];
    if (wanted.some((r) => !byKey.has(key(r))))
        for (const r of await deps.afd.listRules(input.detectorId))
            if (!byKey.has(key(r)))
                byKey.set(key(r), r);
    const missing = new Set();
    const sources = (rules) => rules.map((r) => {
        const detail = byKey.get(key(r));
        if (!detail)
            missing.add(key(r));
        return {
            ruleId: r.ruleId,
            expression: detail?.expression ?? '',
            outcomes: detail?.outcomes ?? [],
        };
    });
    return {
        base: sources(input.base?.rules ?? []),
        proposal: sources(input.proposal.rules),
        missing,
    };
}
const versionsOf = (models) => new Map(models.map((m) => [m.modelId, m.modelVersionNumber]));
/** The rule tests on the proposal's rules, in AFD's semantics; rules that do not compile make tests uncertain. */
function proposalTestRuns(tests, rules, mode, context) {
    const compiled = [];
    const unevaluable = [];
    rules.forEach((rule, index) => {
        const made = rule.expression ? (0,detectorpl/* compileRule */.mk)(rule, context) : undefined;
        if (made?.rule) {
            compiled.push(made.rule);
            return;
        }
        const error = made?.diagnostics.find((d) => d.severity === 'error')?.message;
        unevaluable.push({
            ruleId: rule.ruleId,
            index,
            reason: made
                ? (error ?? 'the expression cannot be evaluated')
                : 'its expression could not be read from AFD',
        });
    });
    const report = (0,rule_tests/* withUnevaluable */.Bb)((0,rule_tests/* runRuleTests */.rt)(tests, compiled, mode), rules.map((r) => r.ruleId), unevaluable, mode);
    return { report, runs: tests.map((test, i) => ({ test, result: report.results[i] })) };
}
async function backtestOf(input, rules, context) {
    const settings = input.request.backtest;
    if (!settings)
        return undefined;
    let backtest;
    const setup = {
        base: {
            rules: rules.base,
            mode: input.base?.ruleExecutionMode ?? input.proposal.ruleExecutionMode,
            modelVersions: versionsOf(input.base?.modelVersions ?? []),
        },
        proposal: {
            rules: rules.proposal,
            mode: input.proposal.ruleExecutionMode,
            modelVersions: versionsOf(input.proposal.modelVersions),
        },
        context,
        ...(settings.maxChangedPercent !== undefined
            ? { maxChangedPercent: settings.maxChangedPercent }
            : {}),
    };
    await readEventsCsv(settings.path, settings.events, {
        header: (columns) => (backtest = new Backtest(setup, columns)),
        row: (cells, row) => backtest?.add(cells, row),
    }, { workspace: settings.workspace ?? process.cwd() });
    return backtest?.finish();
}
/** Runs the impact step; the caller checks `impactFailure` before writing. */
async function runImpact(deps, input) {
    const rules = await ruleSources(deps, input);
    const report = { operatingPoint: [], partialLists: [] };
    // The operating point alone needs no catalog: a plan-only role without
    // GetVariables / GetListElements keeps working on a model swap.
    const evaluates = Boolean(input.request.tests?.length || input.request.backtest);
    const expressions = [...rules.base, ...rules.proposal].map((r) => r.expression);
    const { context, partialLists } = evaluates
        ? await (0,eval_context/* readEvalContext */.w)(deps.afd, expressions)
        : { context: undefined, partialLists: [] };
    report.partialLists = partialLists;
    for (const name of partialLists)
        deps.log.warning(`List @${name} has more elements than were read: a value not among them makes the evaluations that need it uncertain.`);
    const tests = input.request.tests;
    if (tests?.length && context)
        report.tests = proposalTestRuns(tests, rules.proposal, input.proposal.ruleExecutionMode, context).report;
    const backtest = context ? await backtestOf(input, rules, context) : undefined;
    if (backtest)
        report.backtest = backtest;
    const models = [...(input.base?.modelVersions ?? []), ...input.proposal.modelVersions];
    report.operatingPoint = operatingPoints({
        base: {
            rules: rules.base.filter((r) => r.expression),
            modelVersions: versionsOf(input.base?.modelVersions ?? []),
        },
        proposal: {
            rules: rules.proposal.filter((r) => r.expression),
            modelVersions: versionsOf(input.proposal.modelVersions),
        },
        curve: (modelId, version) => models.some((m) => m.modelId === modelId && m.modelVersionNumber === version)
            ? input.modelMetrics.get(`${modelId}@${version}`)?.points
            : undefined,
    });
    return report;
}
/** The error that stops the run before any write, or undefined when the impact allows the plan. */
function impactFailure(report) {
    const reasons = [];
    const tests = report.tests;
    if (tests && tests.passed < tests.total)
        reasons.push(`${tests.total - tests.passed} of ${tests.total} rule tests failed or could not be decided locally`);
    const gate = report.backtest?.gate;
    if (gate?.exceeded)
        reasons.push(`the backtest changes the outcome of ${report.backtest.changedPercent.toFixed(2)}% of the events, more than maxChangedPercent ${gate.maxChangedPercent}%`);
    if (!reasons.length)
        return undefined;
    return new ImpactFailedError(`The proposal was not written: ${reasons.join('; ')}.`, [
        'The table in the job summary (and the PR comment) shows each difference.',
    ]);
}


/***/ })

};
