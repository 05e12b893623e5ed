/*
 * frame.html: the widget alone, for iframes. Every setting is a query parameter:
 *   frame.html?src=content/fr.json&lang=fr&seed=42&engine=js
 * Uses the <preference-trainer> element where the browser has custom elements, and the plain
 * mounting call elsewhere. ES5, like the loader.
 */
(function () {
    'use strict';

    var SETTINGS = ['src', 'lang', 'seed', 'engine'];

    function parameters() {
        var found = {};
        var query = window.location.search.replace(/^\?/, '');
        if (!query) {
            return found;
        }
        var pairs = query.split('&');
        for (var i = 0; i < pairs.length; i++) {
            var eq = pairs[i].indexOf('=');
            var key = decodeURIComponent(eq < 0 ? pairs[i] : pairs[i].slice(0, eq));
            var value = eq < 0 ? '' : decodeURIComponent(pairs[i].slice(eq + 1).replace(/\+/g, ' '));
            found[key] = value;
        }
        return found;
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
            src: given.src, lang: given.lang, seed: given.seed, engine: given.engine
        });
    }
}());
