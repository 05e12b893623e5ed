// Records preference-trainer:lrs-refused events that reach the document, for the tests.
window.refusals = [];
document.addEventListener('preference-trainer:lrs-refused', function (event) {
    window.refusals.push(JSON.parse(JSON.stringify(event.detail)));
});
