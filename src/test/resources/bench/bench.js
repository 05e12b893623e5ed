// Times the widget from inside the page: when its first screen is ready, and how long each
// choice takes from the click to the next round laid out. The benchmark reads window.bench.
window.bench = { ready: null, engine: null, choices: [] };
document.addEventListener('preference-trainer:ready', function (event) {
    window.bench.ready = performance.now();
    window.bench.engine = event.detail.engine;
});

var started = null;
document.addEventListener('click', function (event) {
    var target = event.composedPath()[0];
    started = target.classList && target.classList.contains('pt-prefer') ? performance.now() : null;
}, true);
document.addEventListener('click', function () {
    if (started === null) {
        return;
    }
    // the widget has handled the click by now; reading a size forces style and layout
    var host = document.querySelector('preference-trainer');
    void host.shadowRoot.querySelector('.pt').offsetHeight;
    window.bench.choices.push(performance.now() - started);
    started = null;
});

document.addEventListener('DOMContentLoaded', function () {
    var query = new URLSearchParams(window.location.search);
    var element = document.createElement('preference-trainer');
    ['src', 'seed', 'engine'].forEach(function (name) {
        if (query.get(name)) {
            element.setAttribute(name, query.get(name));
        }
    });
    document.body.appendChild(element);
});
