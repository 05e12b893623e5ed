// Pretends to be the lesson from another origin: the parent's resizer must ignore it.
setInterval(function () {
    window.parent.postMessage({ type: 'preference-trainer:height', height: 5 }, '*');
}, 50);
