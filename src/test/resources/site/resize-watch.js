// Watches, frame by frame, whether the iframe's height matches its content's, and keeps the
// longest run of frames in which it did not, for the tests to read. Counting starts once the
// frame has first been fitted: before that the page is still loading.
window.resizeWatch = { frames: 0, mismatched: 0, longestMismatch: 0, run: 0 };
(function watch() {
    var frame = document.getElementById('lesson');
    var inner = frame && frame.contentDocument && frame.contentDocument.body;
    if (inner && frame.contentDocument.readyState === 'complete') {
        var content = Math.ceil(inner.getBoundingClientRect().height);
        var shown = frame.clientHeight;
        var w = window.resizeWatch;
        w.fitted = w.fitted || Math.abs(content - shown) <= 1;
        if (!w.fitted) {
            window.requestAnimationFrame(watch);
            return;
        }
        w.frames++;
        if (Math.abs(content - shown) > 1) {
            w.log = (w.log || '') + w.frames + ':' + content + '/' + shown + ' ';
            w.mismatched++;
            w.run++;
            w.longestMismatch = Math.max(w.longestMismatch, w.run);
        } else {
            w.run = 0;
        }
        w.content = content;
        w.shown = shown;
    }
    window.requestAnimationFrame(watch);
}());
