// Test fixture: adds widgets on demand, as elements or through the plain mounting call, and
// records the events each one fires, for the tests to read.
window.widgetEvents = {};

function recordEvents(id, target) {
    window.widgetEvents[id] = [];
    ['ready', 'error', 'choice', 'complete'].forEach(function (type) {
        target.addEventListener('preference-trainer:' + type, function (event) {
            window.widgetEvents[id].push({
                type: type,
                detail: JSON.parse(JSON.stringify(event.detail))
            });
        });
    });
}

/** A <preference-trainer> element with the given attributes. */
window.addWidget = function (id, attributes) {
    var element = document.createElement('preference-trainer');
    element.id = id;
    Object.keys(attributes).forEach(function (name) {
        element.setAttribute(name, attributes[name]);
    });
    recordEvents(id, element);
    document.body.appendChild(element);
};

/** A plain element with a widget mounted into it (light DOM, readable from the page). */
window.mountWidget = function (id, options) {
    var holder = document.createElement('div');
    holder.id = id;
    recordEvents(id, holder);
    document.body.appendChild(holder);
    window.PreferenceTrainer.mount(holder, options);
};

/** Fetches a file's text and checks it; calls back with the report as JSON text. */
window.checkFile = function (url, options, callback) {
    var request = new XMLHttpRequest();
    request.open('GET', url);
    request.onload = function () {
        window.PreferenceTrainer.check(request.responseText, options, function (report, error) {
            callback(report ? JSON.stringify(report) : 'engine failed: ' + error);
        });
    };
    request.send();
};
