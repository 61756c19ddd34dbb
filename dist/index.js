import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3797:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   HT: () => (/* binding */ loadConfigFile),
/* harmony export */   c6: () => (/* binding */ resolveConfigPath),
/* harmony export */   pB: () => (/* binding */ MAX_CONFIG_FILE_BYTES),
/* harmony export */   tY: () => (/* binding */ nearNameHint)
/* harmony export */ });
/* unused harmony export collectConfigValues */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(81);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2784);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1210);
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
function resolveConfigPath(raw, workspace, problems, input = 'config') {
    const where = { input };
    if (raw.includes('\0')) {
        problems.add(where, raw, 'must not contain NUL characters');
        return undefined;
    }
    // Both separators, so a Windows-style path cannot slip past on Linux and vice versa.
    const slashed = raw.replace(/\\/g, '/');
    if (node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(slashed) || node_path__WEBPACK_IMPORTED_MODULE_0___default().win32.isAbsolute(raw)) {
        problems.add(where, raw, `${PATH_RULE}; absolute paths are not allowed`);
        return undefined;
    }
    const normal = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.normalize(slashed);
    if (normal === '..' || normal.startsWith('../')) {
        problems.add(where, raw, `${PATH_RULE}; '..' may not leave the workspace`);
        return undefined;
    }
    if (normal === '.' || normal.endsWith('/')) {
        problems.add(where, raw, 'must name a file, not a directory');
        return undefined;
    }
    const full = workspace ? node_path__WEBPACK_IMPORTED_MODULE_0___default().join(workspace, ...normal.split('/')) : normal;
    return { display: normal, full };
}
function parentOf(p) {
    const i = p.lastIndexOf('.');
    return i < 0 ? '' : p.slice(0, i);
}
const SECTION_SET = new Set(_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_SECTIONS */ .ET);
function knownKeys(section) {
    const all = [..._fields_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_SECTIONS */ .ET, DETECTOR_LIST_KEY, ..._fields_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FIELDS */ .nR.keys()];
    return all.filter((p) => parentOf(p) === section).map((p) => p.slice(p.lastIndexOf('.') + 1));
}
/** `detectors:`: a list of mappings, each walked as a `detector:` section of its own. */
function collectDetectorList(value, problems) {
    const rule = `must be a list of detector sections (each with the keys ${knownKeys('detector').join(', ')})`;
    if (value.kind !== 'seq') {
        if (!(value.kind === 'scalar' && value.value === null))
            problems.add(value.where, value.text, `${rule}, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_3__/* .kindWords */ .Gk)(value)}`);
        return [];
    }
    if (value.items.length === 0)
        problems.add(value.where, undefined, `${rule}; it is empty`);
    const sections = [];
    for (const item of value.items) {
        if (item.kind !== 'map') {
            problems.add(item.where, item.text, `must be a detector section (a mapping), not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_3__/* .kindWords */ .Gk)(item)}`);
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
                problems.add(value.where, value.text, `must be a mapping with the keys ${knownKeys(child).join(', ')}, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_3__/* .kindWords */ .Gk)(value)}`);
            continue;
        }
        const field = _fields_js__WEBPACK_IMPORTED_MODULE_1__/* .CONFIG_FIELDS */ .nR.get(child);
        if (field === undefined) {
            problems.add(keyWhere, undefined, (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .unknownKeyRule */ .Sf)(key, known));
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
        problems.add(root.where, undefined, `the config file must be a YAML mapping with the keys ${knownKeys('').join(', ')}, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_3__/* .kindWords */ .Gk)(root)}`);
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
        const score = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .distance */ .Io)(name.toLowerCase(), sibling.toLowerCase());
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
    const parsed = (0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlFile */ .BU)(access.yaml, resolved.display, file.text, problems);
    // An empty file is an empty config: inputs may still say everything.
    return parsed.value ? collectConfigValues(parsed.value, problems) : none;
}


/***/ }),

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

/***/ 81:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ET: () => (/* binding */ CONFIG_SECTIONS),
/* harmony export */   cJ: () => (/* binding */ FIELDS),
/* harmony export */   nR: () => (/* binding */ CONFIG_FIELDS),
/* harmony export */   wg: () => (/* binding */ inputOf)
/* harmony export */ });
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
    /** Config only: rule tests, inline or in a YAML file beside the config (issue 10). */
    tests: { config: 'detector.tests' },
    testsFile: { config: 'detector.testsFile' },
    /** Config only: the backtest's events file is relative to the config file. */
    backtest: { config: 'detector.backtest' },
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
    // Input only: it sends events to AFD, which needs a permission the workflow grants.
    verifyRemote: { input: 'verify-remote' },
    githubToken: { input: 'github-token' },
    // Input only: where one export run writes, not part of the desired state.
    exportPath: { input: 'export-path' },
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


/***/ }),

/***/ 7942:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  T: () => (/* binding */ parseRequest),
  Z: () => (/* reexport */ yamlNeeded)
});

// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __nccwpck_require__(3797);
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __nccwpck_require__(81);
;// CONCATENATED MODULE: ./src/config/detector-sections.ts
// `detectors:` in the config file: a list of detector sections, each shaped
// like `detector:`. A run handles the one that `detector-id` names, else every
// one of them; one section's values never mix into another's.

/** The fields a detector section holds (`detector.*`). */
const DETECTOR_FIELDS = [...fields/* CONFIG_FIELDS */.nR]
    .filter(([path]) => path.startsWith('detector.'))
    .map(([, key]) => key);
function detectorIdOf(section) {
    const id = section.values.detectorId;
    return id?.kind === 'scalar' && id.value !== null ? id.text.trim() : undefined;
}
/**
 * The config values of each detector this run handles, in file order: with a
 * `detectors:` list, the top-level values plus one detector section each —
 * only the one `detector-id` selects, else all of them. Without a list, the
 * file's values as they are.
 */
function selectDetectors(file, detectorIdInput, problems) {
    if (file.detectors.length === 0)
        return [file.values];
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
            return [{ ...shared, ...chosen.values }];
        problems.add({ input: fields/* FIELDS */.cJ.detectorId.input }, wanted, `must name one of the detectors of the config file (${ids.join(', ')})`);
        return [shared];
    }
    if (named.size === 0)
        return [shared];
    return [...named.values()].map((section) => ({ ...shared, ...section.values }));
}

// EXTERNAL MODULE: ./src/config/constraints.ts
var constraints = __nccwpck_require__(5046);
// EXTERNAL MODULE: ./src/domain/request.ts
var request = __nccwpck_require__(805);
// EXTERNAL MODULE: ./src/config/relative-time.ts
var relative_time = __nccwpck_require__(8100);
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
        p.add(plain(raw.startTime.where), `${raw.startTime.text.trim()} (${(0,relative_time/* formatAfdTime */.y1)(startMs)})`, `must be before ${name('endTime')} (${(0,relative_time/* formatAfdTime */.y1)(endMs)}, resolved at ${(0,relative_time/* formatAfdTime */.y1)(now.getTime())})`);
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
        const f = fields/* FIELDS */.cJ[key];
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
    'verifyRemote',
    'rollbackTo',
    'keepInactiveVersions',
    'exportPath',
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

// EXTERNAL MODULE: ./src/config/rules-as-code.ts
var rules_as_code = __nccwpck_require__(4458);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(2784);
// EXTERNAL MODULE: ./src/config/values.ts + 1 modules
var values = __nccwpck_require__(3743);
// EXTERNAL MODULE: ./src/config/yaml-values.ts
var yaml_values = __nccwpck_require__(1210);
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
    problems.add(v.where, v.text, `must be a YAML list, not ${(0,yaml_values/* kindWords */.Gk)(v)}; e.g. ${example}`);
    return undefined;
}
/** The entries of a mapping item, with unknown and missing keys reported. */
function fieldsOf(item, keys, problems) {
    const { found, ok: known } = (0,rules_as_code/* entriesOf */.Mc)(item, keys, problems);
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
function readRules(v, problems, files, lint) {
    const items = asList(v, problems, RULES_EXAMPLE);
    if (!items)
        return undefined;
    const rules = [];
    const seen = new Map();
    let ok = true;
    items.forEach((item, i) => {
        const rule = item.kind === 'map' && (0,rules_as_code/* looksLikeRuleAsCode */.VN)(item)
            ? (0,rules_as_code/* readRuleAsCode */.GN)(item, files, problems, lint)
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
        const ruleId = (0,values/* readConstrained */.b4)(field(found, 'ruleId'), constraints/* CONSTRAINTS */.vc.identifier, problems);
        const ruleVersion = (0,values/* readConstrained */.b4)(field(found, 'ruleVersion'), constraints/* CONSTRAINTS */.vc.wholeNumberVersion, problems);
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
            problems.add(item.where, item.text, `must be a mapping {modelId, modelType, modelVersionNumber}, not ${(0,yaml_values/* kindWords */.Gk)(item)}`);
            ok = false;
            return;
        }
        const found = fieldsOf(item, ['modelId', 'modelType', 'modelVersionNumber'], problems);
        if (!found) {
            ok = false;
            return;
        }
        const modelId = (0,values/* readConstrained */.b4)(field(found, 'modelId'), constraints/* CONSTRAINTS */.vc.modelId, problems);
        const modelType = (0,values/* readEnum */.ai)(field(found, 'modelType'), constraints/* ENUMS */.F6.modelType, problems);
        const modelVersionNumber = (0,values/* readConstrained */.b4)(field(found, 'modelVersionNumber'), constraints/* CONSTRAINTS */.vc.modelVersionNumber, problems);
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
        const name = (0,values/* readConstrained */.b4)(item, constraints/* CONSTRAINTS */.vc.sagemakerEndpoint, problems);
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
        problems.add(v.where, v.text, `tag values must be text, not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
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
                problems.add(item.where, item.text, `must be a mapping {key, value}, not ${(0,yaml_values/* kindWords */.Gk)(item)}`);
                ok = false;
                continue;
            }
            const keyEntry = item.entries.find((e) => e.key === 'key');
            const extra = item.entries.filter((e) => e.key !== 'key' && e.key !== 'value');
            for (const e of extra)
                problems.add(e.keyWhere, undefined, (0,suggest/* unknownKeyRule */.Sf)(e.key, ['key', 'value']));
            const keyText = keyEntry ? (0,values/* readText */.yR)(keyEntry.value, problems) : undefined;
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
        p.add(v.where, v.text, `must be a mapping with the keys ${known.join(', ')}, not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
        return undefined;
    }
    const found = new Map();
    for (const e of v.entries) {
        if (!known.includes(e.key))
            p.add(e.keyWhere, undefined, (0,suggest/* unknownKeyRule */.Sf)(e.key, known));
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
        p.add(v.where, v.text, `must be a YAML list of ${what}, not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
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
        const name = (0,values/* readText */.yR)(item, p);
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
        const t = (0,values/* readEnum */.ai)(treatment, request/* UNLABELED_EVENTS_TREATMENTS */.P5, p);
        if (t)
            out.unlabeledEventsTreatment = t;
        else
            ok = false;
    }
    const mapperValue = found.get('labelMapper');
    if (!mapperValue)
        return undefined;
    if (mapperValue.kind !== 'map') {
        p.add(mapperValue.where, mapperValue.text, `must be a mapping of FRAUD and LEGIT to the event labels that mean them, e.g. {FRAUD: [fraud], LEGIT: [legit]}, not ${(0,yaml_values/* kindWords */.Gk)(mapperValue)}`);
        return undefined;
    }
    const mapper = {};
    const seen = new Set();
    for (const e of mapperValue.entries) {
        if (!request/* LABEL_CLASSES */.I8.includes(e.key)) {
            p.add(e.keyWhere, undefined, (0,suggest/* unknownKeyRule */.Sf)(e.key, request/* LABEL_CLASSES */.I8));
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
    const dataLocation = location && (0,values/* readConstrained */.b4)(location, constraints/* CONSTRAINTS */.vc.s3Location, p);
    const dataAccessRoleArn = role && (0,values/* readConstrained */.b4)(role, constraints/* CONSTRAINTS */.vc.iamRoleArn, p);
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
    const start = startValue && (0,values/* readTime */.aQ)(startValue, now, p);
    const end = endValue && (0,values/* readTime */.aQ)(endValue, now, p);
    if (start === undefined || end === undefined || !startValue)
        return undefined;
    // Compare what AFD will see: whole seconds.
    if (Math.floor(start / 1000) >= Math.floor(end / 1000)) {
        p.add(startValue.where, startValue.text.trim(), `must be before endTime (${(0,relative_time/* formatAfdTime */.y1)(end)})`);
        return undefined;
    }
    return { kind: 'ingested', startTime: (0,relative_time/* formatAfdTime */.y1)(start), endTime: (0,relative_time/* formatAfdTime */.y1)(end) };
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
        ? (0,values/* readEnum */.ai)(sourceValue, request/* TRAINING_DATA_SOURCES */.T9, p)
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

// EXTERNAL MODULE: ./src/config/problems.ts
var config_problems = __nccwpck_require__(4968);
;// CONCATENATED MODULE: ./src/config/export-inputs.ts



const INPUT = 'export-path';
/**
 * The workspace-relative path (forward slashes) export writes the config file
 * to. Inside the workspace like the config file, a YAML file name, and never
 * inside `.git` (a hook written there would run on the next git command).
 */
function readExportPath(v, workspace, problems) {
    const raw = (0,values/* readText */.yR)(v, problems);
    if (raw === undefined)
        return undefined;
    const resolved = (0,config_file/* resolveConfigPath */.c6)(raw, workspace, problems, INPUT);
    if (!resolved)
        return undefined;
    const segments = resolved.display.split('/');
    if (segments.some((s) => s.toLowerCase() === '.git')) {
        problems.add(plain(v.where), raw, 'must not be inside .git: git reads that folder, not you');
        return undefined;
    }
    if (!/\.ya?ml$/i.test(segments[segments.length - 1])) {
        problems.add(plain(v.where), raw, 'must name a YAML file (ending in .yml or .yaml)');
        return undefined;
    }
    return resolved.display;
}
/** `mode: export` reads one detector; export-path means nothing in another mode. */
function checkExportMode(raw, mode, problems) {
    if (mode === 'export') {
        if (!raw.detectorId)
            problems.add(plain(raw.mode.where), 'export', 'needs detector-id: export writes one detector version as a config file');
        if (raw.rollbackTo)
            problems.add(plain(raw.rollbackTo.where), raw.rollbackTo.text.trim(), 'cannot be combined with mode export: export writes files and changes nothing in AFD');
    }
    else if (raw.exportPath) {
        problems.add(plain(raw.exportPath.where), raw.exportPath.text.trim(), 'is only used with mode export');
    }
}

;// CONCATENATED MODULE: ./src/config/impact-config.ts




/** Enough for any real suite; a bound on the work a PR can ask for. */
const MAX_RULE_TESTS = 1000;
const MAX_TEST_VARIABLES = 500;
const TEST_KEYS = ['name', 'event', 'modelScores', 'expect'];
const EXPECT_KEYS = ['outcomes', 'rules'];
const BACKTEST_KEYS = ['events', 'maxChangedPercent'];
const TEST_EXAMPLE = '- name: known bad ip is blocked\n  event: { ip_address: 203.0.113.7 }\n  expect: { outcomes: [block] }';
/** The mapping's entries by key; unknown keys reported. */
function entriesOf(v, keys, problems) {
    const out = new Map();
    for (const e of v.entries) {
        if (keys.includes(e.key))
            out.set(e.key, e.value);
        else
            problems.add(e.keyWhere, undefined, (0,suggest/* unknownKeyRule */.Sf)(e.key, keys));
    }
    return out;
}
function asMap(v, problems, what) {
    if (v.kind === 'map')
        return v;
    problems.add(v.where, v.text, `must be a mapping (${what}), not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
    return undefined;
}
/** A scalar as AFD receives an event value: text; YAML null is an explicit null. */
function eventValue(v, problems) {
    if (v.kind !== 'scalar') {
        problems.add(v.where, v.text, `must be a single value, not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
        return undefined;
    }
    return v.value === null
        ? null
        : v.kind === 'scalar' && typeof v.value === 'string'
            ? v.value
            : v.text;
}
function readEvent(v, problems) {
    const map = asMap(v, problems, 'variable name → value');
    if (!map)
        return undefined;
    if (map.entries.length > MAX_TEST_VARIABLES) {
        problems.add(map.where, undefined, `has more than ${MAX_TEST_VARIABLES} variables`);
        return undefined;
    }
    const out = new Map();
    for (const e of map.entries) {
        const value = eventValue(e.value, problems);
        if (value !== undefined)
            out.set(e.key.replace(/^\$/, ''), value);
    }
    return out;
}
function readScores(v, problems) {
    const out = new Map();
    const map = asMap(v, problems, 'model id → score');
    for (const e of map?.entries ?? []) {
        const score = (0,values/* readNumber */.kz)(e.value, problems, 'must be a model score, a number from 0 to 1000');
        if (score !== undefined)
            out.set(e.key, score);
    }
    return out;
}
function impact_config_readNames(v, problems) {
    if (v.kind !== 'seq') {
        problems.add(v.where, v.text, `must be a YAML list, not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
        return undefined;
    }
    const names = v.items.map((item) => (0,values/* readText */.yR)(item, problems));
    return names.every((n) => n !== undefined) ? names : undefined;
}
function readExpect(v, problems) {
    const map = asMap(v, problems, 'outcomes and/or rules');
    if (!map)
        return undefined;
    const found = entriesOf(map, EXPECT_KEYS, problems);
    const out = {};
    const outcomes = found.get('outcomes');
    const rules = found.get('rules');
    if (outcomes) {
        const names = impact_config_readNames(outcomes, problems);
        if (names)
            out.outcomes = names;
    }
    if (rules) {
        const ids = rules.kind === 'seq' ? rules.items : [rules];
        const checked = ids.map((id) => (0,values/* readConstrained */.b4)(id, constraints/* CONSTRAINTS */.vc.identifier, problems));
        if (rules.kind !== 'seq')
            problems.add(rules.where, rules.text, 'must be a YAML list of rule ids');
        else if (checked.every((id) => id !== undefined))
            out.rules = checked;
    }
    if (!outcomes && !rules) {
        problems.add(map.where, map.text, 'must say outcomes, rules or both');
        return undefined;
    }
    return out;
}
function readTest(item, problems) {
    const map = asMap(item, problems, `a test, e.g.\n${TEST_EXAMPLE}`);
    if (!map)
        return undefined;
    const found = entriesOf(map, TEST_KEYS, problems);
    for (const key of ['name', 'event', 'expect'])
        if (!found.has(key))
            problems.add(map.where, undefined, `is missing ${key}`);
    const nameRaw = found.get('name');
    const eventRaw = found.get('event');
    const expectRaw = found.get('expect');
    if (!nameRaw || !eventRaw || !expectRaw)
        return undefined;
    const name = (0,values/* readText */.yR)(nameRaw, problems);
    const event = readEvent(eventRaw, problems);
    const scores = found.get('modelScores');
    const modelScores = scores ? readScores(scores, problems) : new Map();
    const expect_ = readExpect(expectRaw, problems);
    if (name === undefined || !event || !expect_)
        return undefined;
    return { name, event, modelScores, expect: expect_ };
}
/** `detector.tests` or the root of `detector.testsFile`: a list of tests with unique names. */
function readRuleTests(v, problems) {
    if (v.kind !== 'seq') {
        problems.add(v.where, v.text, `must be a YAML list of tests, not ${(0,yaml_values/* kindWords */.Gk)(v)}; e.g.\n${TEST_EXAMPLE}`);
        return undefined;
    }
    if (v.items.length > MAX_RULE_TESTS) {
        problems.add(v.where, undefined, `has ${v.items.length} tests; at most ${MAX_RULE_TESTS} are run`);
        return undefined;
    }
    const size = problems.size;
    const tests = [];
    const names = new Map();
    v.items.forEach((item, i) => {
        const test = readTest(item, problems);
        if (!test)
            return;
        const first = names.get(test.name);
        if (first !== undefined)
            problems.add(item.where, test.name, `repeats the name of test ${first + 1}; names must be unique`);
        names.set(test.name, i);
        tests.push(test);
    });
    return problems.size === size ? tests : undefined;
}
/** `detector.backtest: {events, maxChangedPercent?}`. */
function readBacktest(v, problems) {
    const map = asMap(v, problems, 'events and maxChangedPercent');
    if (!map)
        return undefined;
    const size = problems.size;
    const found = entriesOf(map, BACKTEST_KEYS, problems);
    const eventsValue = found.get('events');
    const events = eventsValue ? (0,values/* readText */.yR)(eventsValue, problems) : undefined;
    if (events === undefined)
        problems.add(map.where, undefined, 'is missing events (a CSV file relative to the config file)');
    const max = found.get('maxChangedPercent');
    const out = { events: events ?? '' };
    if (max) {
        const rule = 'must be a percentage from 0 to 100';
        const n = (0,values/* readNumber */.kz)(max, problems, rule);
        if (n !== undefined && (n < 0 || n > 100))
            problems.add(max.where, max.text, rule);
        else if (n !== undefined)
            out.maxChangedPercent = n;
    }
    return problems.size === size ? out : undefined;
}

;// CONCATENATED MODULE: ./src/config/impact-request.ts





function configOnly(v, problems, files) {
    if (files && v.where.position)
        return true;
    problems.add(v.where, undefined, 'is only read from a config file');
    return false;
}
function readTestsFile(v, files, yaml, problems) {
    const raw = (0,values/* readText */.yR)(v, problems);
    if (raw === undefined)
        return undefined;
    const read = (0,rules_as_code/* readFileBesideConfig */.$2)(v, raw, files, config_file/* MAX_CONFIG_FILE_BYTES */.pB, problems);
    if (!read)
        return undefined;
    const parsed = (0,yaml_values/* parseYamlFile */.BU)(yaml, read.display, read.text, problems);
    if (!parsed.value) {
        if (parsed.ok)
            problems.add(v.where, raw, `names an empty file (${read.display}); it must list tests`);
        return undefined;
    }
    return readRuleTests(parsed.value, problems);
}
/** The rule tests and backtest of a detector section; problems at their file and line. */
function readImpactSettings(values, files, yaml, problems) {
    const out = {};
    const { tests, testsFile, backtest } = values;
    if (tests && testsFile)
        problems.add(testsFile.where, undefined, 'is set beside tests: write the tests in one place');
    else if (tests) {
        const read = readRuleTests(tests, problems);
        if (read)
            out.tests = read;
    }
    else if (testsFile && configOnly(testsFile, problems, files) && files && yaml) {
        const read = readTestsFile(testsFile, files, yaml, problems);
        if (read)
            out.tests = read;
    }
    if (backtest && configOnly(backtest, problems, files) && files) {
        const config = readBacktest(backtest, problems);
        const eventsValue = backtest.kind === 'map' ? backtest.entries.find((e) => e.key === 'events')?.value : undefined;
        const resolved = config && eventsValue ? (0,rules_as_code/* besideConfig */.X3)(eventsValue, config.events, files, problems) : undefined;
        if (config && resolved)
            out.backtest = {
                events: resolved.display,
                path: resolved.full,
                ...(files.workspace !== undefined ? { workspace: files.workspace } : {}),
                ...(config.maxChangedPercent !== undefined
                    ? { maxChangedPercent: config.maxChangedPercent }
                    : {}),
            };
    }
    return out;
}

;// CONCATENATED MODULE: ./src/config/merge-sources.ts


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
    return [...YAML_FIELDS].some((key) => getInput((0,fields/* inputOf */.wg)(key) ?? '').trim() !== '');
}
function yamlOf(sources) {
    if (!sources.yaml) {
        throw new Error('parseRequest needs the yaml package here: load it when yamlNeeded() is true');
    }
    return sources.yaml;
}
function merge_sources_isBlank(v) {
    return v.kind === 'scalar' && (v.value === null || v.text.trim() === '');
}
/**
 * The value each field takes: a non-blank input wins over the config file
 * (single values and whole lists alike); the region falls back to the
 * environment the way the AWS SDK does.
 */
function mergeSources(sources, config, problems) {
    const out = {};
    for (const key of Object.keys(fields/* FIELDS */.cJ)) {
        if (key === 'githubToken')
            continue;
        const input = (0,fields/* inputOf */.wg)(key);
        const text = input === undefined ? '' : sources.getInput(input);
        if (input !== undefined && text.trim() !== '' && !YAML_FIELDS.has(key)) {
            out[key] = (0,yaml_values/* inputValue */.UV)(input, text);
            continue;
        }
        if (input !== undefined && text.trim() !== '') {
            const parsed = (0,yaml_values/* parseInlineYaml */.Wb)(yamlOf(sources), input, text, problems);
            // After a syntax error (reported) the config's list must not stand in silently.
            if (!parsed.ok)
                continue;
            if (parsed.value && !merge_sources_isBlank(parsed.value)) {
                out[key] = parsed.value;
                continue;
            }
        }
        const fromConfig = config[key];
        if (fromConfig && !merge_sources_isBlank(fromConfig))
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

;// CONCATENATED MODULE: ./src/config/parse-request.ts
















/** False (with a problem) when the config file would come from an untrusted PR head. */
function refuseUntrustedConfig(sources, configPath, problems) {
    const allowText = sources.getInput('allow-pr-head-config');
    // Checked on every event, like every input, though it only matters on pull_request_target.
    const allow = allowText.trim() === ''
        ? false
        : ((0,values/* readBoolean */.Vf)((0,yaml_values/* inputValue */.UV)('allow-pr-head-config', allowText), problems) ?? false);
    if (!configPath || sources.untrustedWorkspace === undefined)
        return true;
    if (allow)
        return true;
    problems.add({ input: 'config' }, configPath, `is not read on pull_request_target: ${sources.untrustedWorkspace}. Such a file may be written by the PR's author, while this job has the base repository's credentials. Check out the base branch (actions/checkout's default on this event) and leave the file as checked out, or set allow-pr-head-config: true if you trust every PR author`);
    return false;
}
function parseRequest(sources) {
    const problems = new config_problems/* Problems */.Zw();
    const token = sources.getInput('github-token').trim();
    const configPath = sources.getInput('config').trim();
    const trusted = refuseUntrustedConfig(sources, configPath, problems);
    const file = configPath && trusted
        ? (0,config_file/* loadConfigFile */.HT)(configPath, {
            workspace: sources.env['GITHUB_WORKSPACE'],
            readFile: (p, options) => sources.readFile(p, options),
            yaml: yamlOf(sources),
        }, problems)
        : { values: {}, detectors: [] };
    const sections = selectDetectors(file, sources.getInput(fields/* FIELDS */.cJ.detectorId.input), problems);
    const files = configPath && trusted ? expressionFiles(configPath, sources) : undefined;
    // Each detector section is checked whole (inputs win over it, as over `detector:`).
    const requests = sections.map((config, i) => {
        const own = i === 0 ? problems : new config_problems/* Problems */.Zw();
        const request = validate(mergeSources(sources, config, own), sources, own, configPath !== '', files);
        if (own !== problems)
            problems.addNew(own);
        return request;
    });
    const request = requests[0];
    if (requests.length > 1)
        request.detectors = requests.flatMap((r) => (r.detector ? [r.detector] : []));
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
    const resolved = (0,config_file/* resolveConfigPath */.c6)(configPath, workspace, new config_problems/* Problems */.Zw());
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
    const mode = read('mode', (v) => (0,values/* readEnum */.ai)(v, constraints/* ENUMS */.F6.mode, p)) ?? 'auto';
    const region = read('region', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.region, p));
    if (!raw.region)
        p.add({ input: 'aws-region' }, undefined, 'is required: set the aws-region input, or AWS_REGION / AWS_DEFAULT_REGION (aws-actions/configure-aws-credentials sets them)');
    const endpointUrl = read('endpointUrl', (v) => (0,values/* readEndpointUrl */.Pr)(v, p));
    const modelId = read('modelId', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.modelId, p));
    const modelType = read('modelType', (v) => (0,values/* readEnum */.ai)(v, constraints/* ENUMS */.F6.modelType, p));
    const major = read('majorVersionNumber', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.wholeNumberVersion, p));
    const mvn = read('modelVersionNumber', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.modelVersionNumber, p));
    const dataLocation = read('dataLocation', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.s3Location, p));
    const roleArn = read('dataAccessRoleArn', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.iamRoleArn, p));
    const startMs = read('startTime', (v) => (0,values/* readTime */.aQ)(v, sources.now, p));
    const endMs = read('endTime', (v) => (0,values/* readTime */.aQ)(v, sources.now, p));
    const minAuc = read('minAuc', (v) => (0,values/* readRange */.qX)(v, p, 'must be a number greater than 0 and at most 1 (an AUC)', (n) => n > 0 && n <= 1, 
    // An AUC under 0.5 is worse than chance: 50 to 100 can only be a percentage.
    (n) => n >= 50 && n <= 100));
    const maxAucDrop = read('maxAucDrop', (v) => (0,values/* readRange */.qX)(v, p, 'must be a number from 0 up to (not including) 1', (n) => n >= 0 && n < 1, 
    // A drop of a whole AUC point or more is meaningless: 1 to 99 is a percentage.
    (n) => n >= 1 && n < 100));
    const activate = read('activate', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const newMajorVersion = read('newMajorVersion', (v) => readNewMajorVersion(v, sources.now, p));
    const detectorId = read('detectorId', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.identifier, p));
    const base = read('base', (v) => (0,values/* readBase */.wZ)(v, p)) ?? { kind: 'active' };
    const ruleExecutionMode = read('ruleExecutionMode', (v) => (0,values/* readEnum */.ai)(v, constraints/* ENUMS */.F6.ruleExecutionMode, p));
    const rules = read('rules', (v) => readRules(v, p, files, sources.lintRule));
    const outcomes = read('outcomes', (v) => (0,rules_as_code/* readOutcomes */.CE)(v, p));
    const impact = readImpactSettings({ tests: raw.tests, testsFile: raw.testsFile, backtest: raw.backtest }, files, sources.yaml, p);
    const modelVersions = read('modelVersions', (v) => readModelVersions(v, p));
    const endpoints = read('externalModelEndpoints', (v) => readEndpoints(v, p));
    const description = read('description', (v) => (0,values/* readConstrained */.b4)(v, constraints/* CONSTRAINTS */.vc.description, p));
    const promote = read('promote', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const allowBaseChange = read('allowBaseChange', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const undeployReplacedModel = read('undeployReplacedModel', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const deleteStaleDrafts = read('deleteStaleDrafts', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const verifyRemote = read('verifyRemote', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const rollbackTo = read('rollbackTo', (v) => (0,values/* readRollbackTarget */.C_)(v, p));
    const keepInactiveVersions = read('keepInactiveVersions', (v) => (0,values/* readWholeNumber */.bf)(v, p, constraints/* LIMITS */.b1.keepInactiveVersions.min, constraints/* LIMITS */.b1.keepInactiveVersions.max));
    const tags = read('tags', (v) => readTags(v, p, sources.reservedTagCount)) ?? [];
    const wait = read('wait', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? true;
    const timeoutMinutes = read('timeoutMinutes', (v) => (0,values/* readWholeNumber */.bf)(v, p, constraints/* LIMITS */.b1.timeoutMinutes.min, constraints/* LIMITS */.b1.timeoutMinutes.max)) ?? constraints/* LIMITS */.b1.timeoutMinutes.default;
    const comment = read('comment', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? true;
    const requireReviewedPlan = read('requireReviewedPlan', (v) => (0,values/* readBoolean */.Vf)(v, p)) ?? false;
    const exportPath = read('exportPath', (v) => readExportPath(v, sources.env['GITHUB_WORKSPACE'], p));
    checkExportMode(raw, mode, p);
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
    if (exportPath !== undefined)
        request.exportPath = exportPath;
    if (modelId && modelType && !idleModel) {
        let retrain;
        if (dataLocation && roleArn)
            retrain = { kind: 'external', dataLocation, dataAccessRoleArn: roleArn };
        else if (startMs !== undefined && endMs !== undefined)
            retrain = {
                kind: 'ingested',
                startTime: (0,relative_time/* formatAfdTime */.y1)(startMs),
                endTime: (0,relative_time/* formatAfdTime */.y1)(endMs),
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
            verifyRemote,
        };
        if (rules)
            detector.rules = rules;
        if (outcomes)
            detector.outcomes = outcomes;
        if (impact.tests)
            detector.tests = impact.tests;
        if (impact.backtest)
            detector.backtest = impact.backtest;
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


/***/ }),

/***/ 4968:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Zw: () => (/* binding */ Problems),
/* harmony export */   ml: () => (/* binding */ shorten)
/* harmony export */ });
/* unused harmony exports MAX_VALUE_CHARS, CREDENTIAL_PLACEHOLDER, looksLikeCredential, MAX_PROBLEMS_LISTED, displayValue */
/* harmony import */ var _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(241);
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
    /**
     * Adds the problems of `other` that this list does not hold yet: each
     * detector section of a `detectors:` list is checked with the same shared
     * values, whose problems are reported once.
     */
    addNew(other) {
        const key = (p) => JSON.stringify([p.input, p.value, p.rule, p.position]);
        const seen = new Set(this.list.map(key));
        for (const problem of other.list) {
            if (seen.has(key(problem)))
                continue;
            seen.add(key(problem));
            if (this.list.length >= MAX_PROBLEMS_LISTED)
                this.unlisted++;
            else
                this.list.push(problem);
        }
        this.unlisted += other.unlisted;
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
        throw new _domain_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(this.list.map((p) => {
            const clean = { ...p, rule: scrubKnown(p.rule, secrets) };
            if (p.value !== undefined)
                clean.value = displayValue(p.value, secrets);
            return clean;
        }), this.unlisted);
    }
}


/***/ }),

/***/ 8100:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ TIME_RULE),
/* harmony export */   ml: () => (/* binding */ resolveTime),
/* harmony export */   y1: () => (/* binding */ formatAfdTime)
/* harmony export */ });
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


/***/ }),

/***/ 4458:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ readFileBesideConfig),
/* harmony export */   CE: () => (/* binding */ readOutcomes),
/* harmony export */   GN: () => (/* binding */ readRuleAsCode),
/* harmony export */   Mc: () => (/* binding */ entriesOf),
/* harmony export */   VN: () => (/* binding */ looksLikeRuleAsCode),
/* harmony export */   X3: () => (/* binding */ besideConfig),
/* harmony export */   vm: () => (/* binding */ MAX_EXPRESSION_FILE_BYTES)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _config_file_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3797);
/* harmony import */ var _constraints_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5046);
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4968);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2784);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(3743);
/* harmony import */ var _yaml_values_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(1210);
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
            problems.add(entry.keyWhere, undefined, (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .unknownKeyRule */ .Sf)(entry.key, keys));
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
        problems.add(v.where, v.text, `must be a YAML list of outcome names, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .kindWords */ .Gk)(v)}; e.g. [review]`);
        return undefined;
    }
    if (v.items.length === 0) {
        problems.add(v.where, v.text, 'must name at least one outcome (AFD requires one per rule)');
        return undefined;
    }
    const names = [];
    let ok = true;
    for (const item of v.items) {
        const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readConstrained */ .b4)(item, _constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .CONSTRAINTS */ .vc.identifier, problems);
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
/**
 * A path written in the config file, relative to the config file: where to
 * read it, with the config file's own path rules (inside the workspace, no
 * absolute path); undefined (with a problem at `v`) when it may not be used.
 */
function besideConfig(v, raw, files, problems) {
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.join(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(files.configFile), raw.replace(/\\/g, '/'));
    const local = new _problems_js__WEBPACK_IMPORTED_MODULE_3__/* .Problems */ .Zw();
    const resolved = node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.isAbsolute(raw.replace(/\\/g, '/'))
        ? (local.add(v.where, raw, 'absolute paths are not allowed'), undefined)
        : (0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .resolveConfigPath */ .c6)(joined, files.workspace, local);
    if (!resolved)
        for (const p of local.list)
            problems.add(v.where, raw, `must be a path relative to the config file, inside the workspace (${p.rule})`);
    return resolved;
}
/**
 * A file named by a config value, relative to the config file, read with the
 * hardened workspace reader: its text and the path to show, or undefined
 * with the problem (missing, with a near name; refused, at the file's line).
 */
function readFileBesideConfig(v, raw, files, maxBytes, problems) {
    const resolved = besideConfig(v, raw, files, problems);
    if (!resolved)
        return undefined;
    const file = files.readFile(resolved.full, { workspace: files.workspace, maxBytes });
    if (file.kind === 'missing') {
        problems.add(v.where, raw, `must name an existing file (looked for ${resolved.display} in the workspace)${(0,_config_file_js__WEBPACK_IMPORTED_MODULE_1__/* .nearNameHint */ .tY)(resolved.display, file.siblings)}`);
        return undefined;
    }
    if (file.kind === 'refused') {
        const position = file.line === undefined ? {} : { position: { file: resolved.display, line: file.line } };
        problems.add({ ...v.where, ...position }, raw, `the file ${file.rule}`);
        return undefined;
    }
    return { text: file.text, display: resolved.display };
}
function readExpressionFile(v, files, problems) {
    const raw = (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readText */ .yR)(v, problems);
    if (raw === undefined)
        return undefined;
    if (!files || !v.where.position) {
        problems.add(v.where, raw, 'is only read from a config file (it is relative to the file); in the rules input write the expression itself');
        return undefined;
    }
    const read = readFileBesideConfig(v, raw, files, MAX_EXPRESSION_FILE_BYTES, problems);
    if (!read)
        return undefined;
    const { text, display } = read;
    if (text.trim() === '') {
        problems.add(v.where, raw, `is empty (${display}); it must hold the rule's expression`);
        return undefined;
    }
    return {
        expression: text,
        source: { file: display, line: 1, column: 1, wholeFile: true },
    };
}
/** A rule as code item; undefined (with problems) when any part is wrong. */
function readRuleAsCode(item, files, problems, lint) {
    const { found, ok } = entriesOf(item, RULE_KEYS, problems);
    if (!ok)
        return undefined;
    const value = (key) => found.get(key)?.value;
    const ruleIdValue = value('ruleId');
    const ruleId = ruleIdValue
        ? (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readConstrained */ .b4)(ruleIdValue, _constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .CONSTRAINTS */ .vc.identifier, problems)
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
            problems.add(inline.where, inline.text, `must be the rule's DetectorPL expression as text, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .kindWords */ .Gk)(inline)}`);
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
        ? (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readConstrained */ .b4)(descriptionValue, _constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .CONSTRAINTS */ .vc.description, problems)
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
        ...(outcomesValue?.where.position ? { outcomesAt: outcomesValue.where.position } : {}),
    };
    // DetectorPL syntax, length and lists per rule, before any AWS call: names
    // and types need AFD's catalog and are checked later.
    const errors = (lint?.(rule) ?? []).filter((f) => f.severity === 'error');
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
        problems.add(v.where, v.text, `must be a YAML list, not ${(0,_yaml_values_js__WEBPACK_IMPORTED_MODULE_6__/* .kindWords */ .Gk)(v)}; e.g. [{name: review, description: Send to manual review}]`);
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
                ? (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readConstrained */ .b4)(nameValue, _constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .CONSTRAINTS */ .vc.identifier, problems)
                : undefined;
            const descValue = found?.get('description')?.value;
            const description = descValue
                ? (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readConstrained */ .b4)(descValue, _constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .CONSTRAINTS */ .vc.description, problems)
                : undefined;
            const descOk = !descValue || description !== undefined || isNull(descValue);
            if (found && name && descOk)
                decl = { name, ...(description !== undefined ? { description } : {}) };
        }
        else {
            const name = (0,_values_js__WEBPACK_IMPORTED_MODULE_5__/* .readConstrained */ .b4)(item, _constraints_js__WEBPACK_IMPORTED_MODULE_2__/* .CONSTRAINTS */ .vc.identifier, problems);
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


/***/ }),

/***/ 2784:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ distance),
/* harmony export */   Sf: () => (/* binding */ unknownKeyRule),
/* harmony export */   kp: () => (/* binding */ closest)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4968);
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
    return `unknown key '${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(key)}'${hint} (known keys: ${known.join(', ')})`;
}


/***/ }),

/***/ 3743:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  wZ: () => (/* binding */ readBase),
  Vf: () => (/* binding */ readBoolean),
  b4: () => (/* binding */ readConstrained),
  Pr: () => (/* binding */ readEndpointUrl),
  ai: () => (/* binding */ readEnum),
  kz: () => (/* binding */ readNumber),
  qX: () => (/* binding */ readRange),
  C_: () => (/* binding */ readRollbackTarget),
  yR: () => (/* binding */ readText),
  aQ: () => (/* binding */ readTime),
  bf: () => (/* binding */ readWholeNumber)
});

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

// EXTERNAL MODULE: ./src/config/constraints.ts
var constraints = __nccwpck_require__(5046);
// EXTERNAL MODULE: ./src/config/relative-time.ts
var relative_time = __nccwpck_require__(8100);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(2784);
// EXTERNAL MODULE: ./src/config/yaml-values.ts
var yaml_values = __nccwpck_require__(1210);
;// CONCATENATED MODULE: ./src/config/values.ts





/** Trimmed text of a scalar; undefined (and no problem) when blank or empty. */
function readText(v, problems) {
    if (v.kind !== 'scalar') {
        problems.add(v.where, v.text, `must be a single value, not ${(0,yaml_values/* kindWords */.Gk)(v)}`);
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
    const guess = (0,suggest/* closest */.kp)(text, allowed);
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
    const ms = (0,relative_time/* resolveTime */.ml)(text, now);
    if (ms === undefined) {
        p.add(v.where, text, relative_time/* TIME_RULE */.$y);
        return undefined;
    }
    if (ms < 0) {
        p.add(v.where, text, 'must not be before 1970-01-01T00:00:00Z');
        return undefined;
    }
    if (ms > now.getTime()) {
        p.add(v.where, text, `must not be in the future (now is ${(0,relative_time/* formatAfdTime */.y1)(now.getTime())})`);
        return undefined;
    }
    return ms;
}


/***/ }),

/***/ 7946:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   sL: () => (/* binding */ readWorkspaceFile)
/* harmony export */ });
/* unused harmony exports formatBytes, lineOfInvalidUtf8 */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
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
    return (child === parent || child.startsWith(parent.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? parent : parent + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
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
        const dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file));
        if (!isInside(dir, workspaceReal))
            return [];
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir).slice(0, MAX_SIBLINGS);
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
    const flags = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(real, flags);
    }
    catch (err) {
        // Gone since the stat: missing, like any file that is not there.
        const failure = openFailure(errorCode(err));
        return failure === undefined
            ? { kind: 'missing', siblings: [] }
            : { kind: 'refused', rule: failure };
    }
    try {
        const opened = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        if (!opened.isFile() || opened.ino !== stats.ino || opened.dev !== stats.dev)
            return { kind: 'refused', rule: 'changed while it was being read; run the job again' };
        if (opened.size > maxBytes)
            return { kind: 'refused', rule: `is larger than the limit of ${formatBytes(maxBytes)}` };
        // One byte more than its size: a file that grows while it is read is caught.
        const buffer = Buffer.alloc(opened.size + 1);
        let length = 0;
        for (;;) {
            const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buffer, length, buffer.length - length, null);
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
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
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
        workspaceReal = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(options.workspace);
    }
    catch (err) {
        return {
            kind: 'refused',
            rule: `cannot be read: the workspace folder cannot be resolved (${errorCode(err)})`,
        };
    }
    const full = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(workspaceReal, file);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(full);
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
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
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


/***/ }),

/***/ 1210:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ parseYamlFile),
/* harmony export */   Gk: () => (/* binding */ kindWords),
/* harmony export */   UV: () => (/* binding */ inputValue),
/* harmony export */   Wb: () => (/* binding */ parseInlineYaml)
/* harmony export */ });
/* harmony import */ var _problems_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4968);

/** A plain input string as a RawValue. */
function inputValue(input, text) {
    return { kind: 'scalar', value: text, text, where: { input } };
}
function childWhere(ctx, parent, rawKey, offset) {
    // A key is part of every name below it: a 1 MiB key must not be quoted in each.
    const key = typeof rawKey === 'string' ? (0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(rawKey) : rawKey;
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
                problems.add(keyWhere, undefined, `is not valid YAML: map keys must be unique ('${(0,_problems_js__WEBPACK_IMPORTED_MODULE_0__/* .shorten */ .ml)(key)}' is given more than once)`);
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


/***/ }),

/***/ 241:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Do: () => (/* binding */ WaitTimeoutError),
/* harmony export */   GS: () => (/* binding */ placed),
/* harmony export */   Ge: () => (/* binding */ AfdError),
/* harmony export */   Ql: () => (/* binding */ TrainingFailedError),
/* harmony export */   Te: () => (/* binding */ unlistedProblems),
/* harmony export */   To: () => (/* binding */ GateFailedError),
/* harmony export */   Vw: () => (/* binding */ formatProblem),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   es: () => (/* binding */ RuleLintError),
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
/** Rules as code that AFD would refuse (unknown variable, list or outcome, a type mismatch): found with reads only, before any write. */
class RuleLintError extends ActionError {
    findings;
    name = 'RuleLintError';
    /** The first line of the message: which detector, how many problems. */
    headline;
    constructor(detectorId, findings) {
        const headline = `The rules of detector ${detectorId} have ${findings.length === 1 ? 'a problem' : `${findings.length} problems`}; nothing was written`;
        super(`${headline}:\n${findings.map((f) => `  - ${placed(f)}`).join('\n')}`);
        this.findings = findings;
        this.headline = headline;
    }
}
/** `file:line:column: message`, or the message alone. */
function placed(f) {
    const at = f.position;
    return at ? `${at.file}:${at.line}:${at.column ?? 1}: ${f.message}` : f.message;
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
/* harmony export */   pG: () => (/* binding */ detectorsOf),
/* harmony export */   qN: () => (/* binding */ isRuleAsCode)
/* harmony export */ });
const MODEL_TYPES = [
    'ONLINE_FRAUD_INSIGHTS',
    'TRANSACTION_FRAUD_INSIGHTS',
    'ACCOUNT_TAKEOVER_INSIGHTS',
];
const RULE_EXECUTION_MODES = ['FIRST_MATCHED', 'ALL_MATCHED'];
const MODES = ['plan', 'draft', 'apply', 'auto', 'export'];
const TRAINING_DATA_SOURCES = ['EXTERNAL_EVENTS', 'INGESTED_EVENTS'];
const UNLABELED_EVENTS_TREATMENTS = ['IGNORE', 'FRAUD', 'LEGIT', 'AUTO'];
/** The two classes a labelMapper maps event labels to. */
const LABEL_CLASSES = ['FRAUD', 'LEGIT'];
function isRuleAsCode(rule) {
    return 'expression' in rule;
}
/** The detectors a run handles: every section of a `detectors:` list, or the one `detector`. */
function detectorsOf(request) {
    return request.detectors ?? (request.detector ? [request.detector] : []);
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
/* harmony export */   vF: () => (/* binding */ logger),
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
function warning(message, properties = {}) {
    issue('warning', annotation(properties), message);
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
    issue('error', annotation(properties), message);
}
function annotation(properties) {
    return {
        title: properties.title,
        file: properties.file,
        line: properties.startLine,
        col: properties.startColumn,
    };
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
/** The flows' Logger (src/domain/log.ts), written as these workflow commands. */
const logger = {
    info,
    // A warning about a repository file (a rule's line) is annotated there.
    warning: (message, at) => warning(message, at
        ? { file: at.file, startLine: at.line, ...(at.column ? { startColumn: at.column } : {}) }
        : {}),
};


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

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

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
// EXTERNAL MODULE: ./src/config/fields.ts
var fields = __nccwpck_require__(81);
// EXTERNAL MODULE: ./src/config/suggest.ts
var suggest = __nccwpck_require__(2784);
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
        ...Object.keys(fields/* FIELDS */.cJ).flatMap((key) => (0,fields/* inputOf */.wg)(key) ?? []),
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
        const guess = (0,suggest/* closest */.kp)(name, DECLARED_INPUTS);
        return guess
            ? `Unexpected input '${shown}'; did you mean '${guess}'? It is ignored.`
            : `Unexpected input '${shown}': this action does not declare it, so it is ignored. Valid inputs: ${[...DECLARED_INPUTS].sort().join(', ')}.`;
    });
    if (unexpected.length > MAX_REPORTED)
        warnings.push(`… and ${unexpected.length - MAX_REPORTED} more unexpected inputs, all ignored.`);
    return warnings;
}

// EXTERNAL MODULE: ./src/domain/request.ts
var domain_request = __nccwpck_require__(805);
// EXTERNAL MODULE: ./src/config/parse-request.ts + 8 modules
var parse_request = __nccwpck_require__(7942);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/config-file.ts
var config_file = __nccwpck_require__(3797);
// EXTERNAL MODULE: ./src/config/problems.ts
var problems = __nccwpck_require__(4968);
// EXTERNAL MODULE: ./src/config/workspace-file.ts
var workspace_file = __nccwpck_require__(7946);
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
    const resolved = (0,config_file/* resolveConfigPath */.c6)(configInput.trim(), workspace, new problems/* Problems */.Zw());
    if (!resolved)
        return undefined;
    const file = (0,workspace_file/* readWorkspaceFile */.sL)(resolved.full, { workspace, maxBytes: config_file/* MAX_CONFIG_FILE_BYTES */.pB });
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
    if ((0,parse_request/* yamlNeeded */.Z)((name) => commands/* getInput */.V4(name)))
        sources.yaml = await loadYamlLibrary();
    return sources;
}
/**
 * parseRequest, with DetectorPL's syntax lint when the request holds rules as
 * code. The library (and re2js, most of its weight) is loaded only then: a
 * run without rules as code, and a bad input, never compile it. A request
 * with other problems fails on those first; its rules are linted on the run
 * after they are fixed.
 */
async function parseActionRequest(sources) {
    const request = (0,parse_request/* parseRequest */.T)(sources);
    if (sources.lintRule || !(request.detector?.rules ?? []).some(domain_request/* isRuleAsCode */.qN))
        return request;
    const { lintRuleAsCode } = await Promise.all(/* import() */[__nccwpck_require__.e(856), __nccwpck_require__.e(936), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9612));
    return (0,parse_request/* parseRequest */.T)({ ...sources, lintRule: (rule) => lintRuleAsCode(rule) });
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
        readFile: (path, { workspace, maxBytes }) => (0,workspace_file/* readWorkspaceFile */.sL)(path, { workspace: workspace ?? process.cwd(), maxBytes }),
        now: new Date(),
        reservedTagCount,
        ...(untrusted === undefined ? {} : { untrustedWorkspace: untrusted }),
    };
}

// EXTERNAL MODULE: ./src/domain/errors.ts
var errors = __nccwpck_require__(241);
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
    if (err instanceof errors/* RuleLintError */.es) {
        // Each finding at its file, line and column, where a reviewer reads the rule.
        for (const f of err.findings) {
            const at = f.position;
            if (!at)
                continue;
            commands/* error */.z3((0,errors/* placed */.GS)(f), {
                title: `Rule ${f.ruleId}`,
                file: at.file,
                startLine: at.line,
                ...(at.column ? { startColumn: at.column } : {}),
            });
        }
        const rest = err.findings.filter((f) => !f.position);
        commands/* setFailed */.C1(rest.length > 0
            ? [`${err.headline}:`, ...rest.map((f) => `  - ${(0,errors/* placed */.GS)(f)}`)].join('\n')
            : `${err.headline} (annotated at the rules' lines above).`);
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
        request = await parseActionRequest(await readActionInputs(provenance/* RESERVED_TAG_COUNT */.gK));
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
        const { executeRequest } = await Promise.all(/* import() */[__nccwpck_require__.e(127), __nccwpck_require__.e(223)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6223));
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

