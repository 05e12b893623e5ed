/*
 * frame.html: the widget alone, for iframes. Every setting is a query parameter:
 *   frame.html?src=content/fr.json&lang=fr&seed=42&engine=js
 * Uses the <preference-trainer> element where the browser has custom elements, and the plain
 * mounting call elsewhere. ES5, like the loader.
 */
(function () {
    'use strict';

    var SETTINGS = ['src', 'lang', 'seed', 'engine', 'timeout'];

    function parameters() {
        var found = {};
        var query = window.location.search.replace(/^\?/, '');
        if (!query) {
            return found;
        }
        var pairs = query.split('&');
        for (var i = 0; i < pairs.length; i++) {
            var eq = pairs[i].indexOf('=');
            try {
                var key = decodeURIComponent(eq < 0 ? pairs[i] : pairs[i].slice(0, eq));
                var value = eq < 0 ? ''
                    : decodeURIComponent(pairs[i].slice(eq + 1).replace(/\+/g, ' '));
                found[key] = value;
            } catch (e) {
                // a broken escape (%zz) spoils its own parameter only, not the lesson
            }
        }
        return found;
    }

    /** This page's iframe element, where the parent is of the same origin and has the resizer. */
    function sameOriginFrame() {
        try {
            return window.frameElement && window.parent.preferenceTrainerResizer
                ? window.frameElement : null;
        } catch (e) {
            return null; // another origin: only messages cross
        }
    }

    function fitted() {
        var root = document.documentElement;
        if (!/(^| )pt-fitted( |$)/.test(root.className)) {
            root.className += ' pt-fitted';
        }
    }

    /**
     * Tells the parent page how tall the lesson is whenever that changes, for the resizer
     * script (embed/preference-trainer-resizer.js). Until a resizer answers, the frame keeps
     * its scroll bars, so a page without the script still shows the whole lesson.
     */
    function reportHeight() {
        if (window.parent === window) {
            return;
        }
        var last = -1;
        var send = function () {
            var height = Math.ceil(document.body.getBoundingClientRect().height);
            if (height === last) {
                return;
            }
            last = height;
            // same origin, with the resizer on the parent page: fit the frame at once, before
            // the next paint; a message would arrive a frame or two later
            var frame = sameOriginFrame();
            if (frame) {
                frame.style.height = height + 'px';
                frame.style.overflow = 'hidden';
                fitted();
            }
            window.parent.postMessage({ type: 'preference-trainer:height', height: height }, '*');
        };
        window.addEventListener('message', function (event) {
            if (event.source === window.parent && event.data
                    && event.data.type === 'preference-trainer:fitted') {
                fitted();
            }
        });
        // a layout change (a wider window, a font arriving) shows in the body's size
        if (window.ResizeObserver) {
            new window.ResizeObserver(send).observe(document.body);
        } else {
            window.setInterval(send, 250);
        }
        // a new screen is seen sooner, as the widget changes its nodes: the parent can then
        // resize the frame before the next paint rather than after it
        var lesson = document.querySelector('preference-trainer');
        var tree = lesson && lesson.shadowRoot;
        if (tree && window.MutationObserver) {
            new window.MutationObserver(send).observe(tree,
                { childList: true, subtree: true, characterData: true });
        }
        window.addEventListener('load', send);
        send();
    }

    var given = parameters();
    var body = document.body;
    if (window.customElements && window.customElements.get('preference-trainer')) {
        var element = document.createElement('preference-trainer');
        for (var i = 0; i < SETTINGS.length; i++) {
            if (given[SETTINGS[i]]) {
                element.setAttribute(SETTINGS[i], given[SETTINGS[i]]);
            }
        }
        body.appendChild(element);
    } else {
        var holder = document.createElement('div');
        holder.className = 'preference-trainer';
        body.appendChild(holder);
        window.PreferenceTrainer.mount(holder, {
            src: given.src, lang: given.lang, seed: given.seed, engine: given.engine,
            timeout: given.timeout
        });
    }
    reportHeight();
}());
