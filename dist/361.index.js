export const id = 361;
export const ids = [361];
export const modules = {

/***/ 5361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   forkPullRequestWithoutCredentials: () => (/* binding */ forkPullRequestWithoutCredentials)
/* harmony export */ });
/* harmony import */ var _github_event_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5015);
/* harmony import */ var _environment_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1276);
// Whether this run is a fork's pull request, asked only when the inputs were
// refused (a dynamic import: every other run skips it at start-up).


/** The fork notice when this is a fork's pull request (the caller checks the credentials). */
function forkPullRequestWithoutCredentials() {
    try {
        const ctx = (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .readRunContext */ .$p)(process.env, (0,_environment_js__WEBPACK_IMPORTED_MODULE_1__/* .readEventPayload */ .N5)());
        return ctx.isForkPullRequest ? (0,_github_event_js__WEBPACK_IMPORTED_MODULE_0__/* .forkPullRequestNotice */ .zY)(ctx) : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ })

};
