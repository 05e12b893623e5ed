/*
 * learner.html?engine=js&seed=5&src=...&lang=...&pagelang=...: a course page with one widget,
 * made with the query's settings as its attributes, followed by the page's own text fields;
 * pagelang sets the page's own language (none when empty).
 */
(function () {
    'use strict';
    var query = new URLSearchParams(window.location.search);
    // pagelang: the page's own language, none when empty
    if (query.has('pagelang')) {
        if (query.get('pagelang')) {
            document.documentElement.setAttribute('lang', query.get('pagelang'));
        } else {
            document.documentElement.removeAttribute('lang');
        }
    }
    var lesson = document.createElement('preference-trainer');
    ['engine', 'seed', 'src', 'lang'].forEach(function (name) {
        if (query.has(name)) {
            lesson.setAttribute(name, query.get(name));
        }
    });
    document.getElementById('slot').appendChild(lesson);
}());
