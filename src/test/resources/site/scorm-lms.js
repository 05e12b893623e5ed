// The LMS side of the SCORM fixture: scorm-again's SCORM 1.2 API as window.API, keeping
// everything in the page (no commit URL), and a record of the calls the widget makes.
window.scormCalls = [];
window.API = new Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
['LMSInitialize', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
    window.API.on(name, function () {
        window.scormCalls.push(name);
    });
});
window.API.on('LMSSetValue.cmi.*', function (element, value) {
    window.scormCalls.push('LMSSetValue ' + element + '=' + value);
});
