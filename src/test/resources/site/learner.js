/*
 * learner.html?engine=js&seed=5&src=...&lang=...: a course page with one widget, made with
 * the query's settings as its attributes, followed by the page's own text fields.
 */
(function () {
    'use strict';
    var query = new URLSearchParams(window.location.search);
    var lesson = document.createElement('preference-trainer');
    ['engine', 'seed', 'src', 'lang'].forEach(function (name) {
        if (query.has(name)) {
            lesson.setAttribute(name, query.get(name));
        }
    });
    document.getElementById('slot').appendChild(lesson);
}());
