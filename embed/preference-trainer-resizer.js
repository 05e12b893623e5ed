/*
 * Preference Trainer iframe resizer: include once on a page that shows the lesson in an iframe
 * (frame.html), and each such iframe keeps the height of its content, with no scroll bars, as
 * the lesson moves between screens.
 *
 *   <iframe src="https://example.org/preference-trainer/frame.html" title="..."></iframe>
 *   <script src="https://example.org/preference-trainer/preference-trainer-resizer.js"></script>
 *
 * A height is taken only from the window of one of this page's iframes, and only when it comes
 * from the origin that the iframe's src names, so no other frame or window can resize anything.
 * ES5, with no dependencies.
 */
(function () {
    'use strict';

    if (window.preferenceTrainerResizer) {
        return; // included twice
    }
    window.preferenceTrainerResizer = true;

    /** The origin (scheme, host and port) of an iframe's src, resolved against this page. */
    function originOf(frame) {
        var link = document.createElement('a');
        link.href = frame.getAttribute('src') || '';
        // workaround: old browsers leave the default port in link.host
        var host = link.host.replace(/:(80|443)$/, '');
        return link.protocol + '//' + host;
    }

    function frameOf(source) {
        var frames = document.getElementsByTagName('iframe');
        for (var i = 0; i < frames.length; i++) {
            if (frames[i].contentWindow === source) {
                return frames[i];
            }
        }
        return null;
    }

    window.addEventListener('message', function (event) {
        var data = event.data;
        if (!data || data.type !== 'preference-trainer:height' || typeof data.height !== 'number'
                || !(data.height >= 0)) {
            return;
        }
        var frame = frameOf(event.source);
        if (!frame || originOf(frame) !== event.origin) {
            return;
        }
        frame.style.height = Math.ceil(data.height) + 'px';
        frame.style.overflow = 'hidden';
        event.source.postMessage({ type: 'preference-trainer:fitted' }, event.origin);
    });
}());
