// Records every preference-trainer event that reaches the document, for the tests to read.
window.recordedEvents = [];
['ready', 'choice', 'complete', 'error'].forEach(function (name) {
    document.addEventListener('preference-trainer:' + name, function (event) {
        window.recordedEvents.push({
            type: event.type,
            target: event.target.tagName.toLowerCase(),
            detail: JSON.parse(JSON.stringify(event.detail))
        });
    });
});
