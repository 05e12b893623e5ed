/*
 * author.html: check a content pack as it is written. The pack's text goes to
 * PreferenceTrainer.check, which runs the widget's own reader, so the problems listed here are
 * exactly those a learner's widget would refuse the pack for; the preview mounts the widget with
 * the same text. A separate file, not an inline script, so the page runs under a Content
 * Security Policy of script-src 'self'. ES5, like the loader.
 */
(function () {
    'use strict';

    var CHECK_DELAY_MS = 300;

    var editor = document.getElementById('pack');
    var status = document.getElementById('status');
    var problems = document.getElementById('problems');
    var preview = document.getElementById('preview');
    var example = document.getElementById('example');
    var file = document.getElementById('file');
    var language = document.getElementById('language');
    var pending = null;
    var checked = null; // the text last checked, so an unchanged pack is not checked again

    // the preview lives in a shadow root, as in the <preference-trainer> element, so this
    // page's styles cannot reach it
    var previewRoot = preview.attachShadow ? preview.attachShadow({ mode: 'open' }) : preview;

    function scheduleCheck() {
        if (pending !== null) {
            window.clearTimeout(pending);
        }
        pending = window.setTimeout(function () {
            pending = null;
            check(false);
        }, CHECK_DELAY_MS);
    }

    /** Checks the editor's text, lists its problems and refreshes the preview. */
    function check(force) {
        var text = editor.value;
        var key = language.value + '\n' + text;
        if (!force && key === checked) {
            return;
        }
        checked = key;
        if (text.trim() === '') {
            show('empty', 'Paste a pack to check it.', []);
            clearPreview();
            return;
        }
        status.setAttribute('data-state', 'checking');
        window.PreferenceTrainer.check(text, { lang: language.value || null },
            function (report, error) {
                if (key !== checked) {
                    return; // the text changed while the engine started
                }
                if (!report) {
                    show('unreadable', 'The checker could not start: '
                        + (error && error.message || error), []);
                    return;
                }
                report.text = text;
                showReport(report);
                mountPreview(text);
            });
    }

    function showReport(report) {
        if (report.message) {
            show('unreadable', report.message, []);
        } else if (report.valid) {
            var pack = report.pack;
            show('valid', 'No problems: ' + count(pack.criteria.length, 'criterion', 'criteria')
                + ', ' + count(pack.questions.length, 'question', 'questions') + ', '
                + count(pack.rounds, 'round', 'rounds')
                + (pack.quiz ? ', ' + count(pack.quiz.length, 'quiz question',
                    'quiz questions') : '') + '.', []);
        } else {
            show('invalid', count(report.problems.length, 'problem', 'problems')
                + ' to fix:', report.problems, report.text);
        }
    }

    function count(n, one, many) {
        return n + ' ' + (n === 1 ? one : many);
    }

    /** The status line, and the problems as a list whose paths select their place. */
    function show(state, message, found, text) {
        status.setAttribute('data-state', state);
        status.textContent = message;
        while (problems.firstChild) {
            problems.removeChild(problems.firstChild);
        }
        for (var i = 0; i < found.length; i++) {
            var item = document.createElement('li');
            item.setAttribute('data-path', found[i].path);
            item.setAttribute('data-code', found[i].code);
            if (found[i].path) {
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'author-path';
                button.textContent = found[i].path;
                button.title = 'Show it in the editor';
                button.addEventListener('click', selectPath.bind(null, text, found[i].path));
                item.appendChild(button);
                item.appendChild(document.createTextNode(': '));
            }
            var words = document.createElement('span');
            words.className = 'author-message';
            words.textContent = found[i].message;
            item.appendChild(words);
            problems.appendChild(item);
        }
    }

    function clearPreview() {
        var old = previewRoot.querySelector('.pt');
        if (old) {
            previewRoot.removeChild(old);
        }
    }

    /** The widget as a learner sees it with this pack: the lesson, or what is wrong with it. */
    function mountPreview(text) {
        clearPreview();
        window.PreferenceTrainer.mount(previewRoot, {
            pack: text,
            lang: language.value || null,
            seed: 1,
            host: preview,
            save: false // every edit is a new pack: there is nothing worth resuming
        });
    }

    /** Selects, in the editor, the value a problem's path names (or the nearest one there). */
    function selectPath(text, path) {
        if (editor.value !== text) {
            return; // the problem was found in an older text
        }
        var span = locate(text, path);
        if (span) {
            editor.focus();
            editor.setSelectionRange(span[0], span[1]);
            // bring the selection into view: place the caret's line near the top
            var line = text.slice(0, span[0]).split('\n').length - 1;
            var lineHeight = parseFloat(window.getComputedStyle(editor).lineHeight) || 18;
            editor.scrollTop = Math.max(0, (line - 3) * lineHeight);
        }
    }

    /**
     * Where the value at path (such as questions[2].responses[0].scores.clarity) is in the JSON
     * text, as [start, end]; for a missing member, where its object is. Null for text that
     * does not parse.
     */
    function locate(text, path) {
        var tree;
        try {
            tree = scan(text, skip(text, 0)).node;
        } catch (e) {
            return null;
        }
        var steps = path.match(/[^.[\]"]+|\[\d+\]|\["(?:[^"\\]|\\.)*"\]/g) || [];
        var node = tree;
        for (var i = 0; i < steps.length && node; i++) {
            var step = steps[i];
            var next = null;
            if (/^\[\d+\]$/.test(step)) {
                next = node.items ? node.items[parseInt(step.slice(1, -1), 10)] : null;
            } else {
                var key = step.charAt(0) === '[' ? JSON.parse(step.slice(1, -1)) : step;
                next = node.members ? node.members[key] : null;
            }
            if (!next) {
                break; // missing: the object that should hold it is the place to look
            }
            node = next;
        }
        return [node.start, node.end];
    }

    /** A small JSON scanner that keeps where each value starts and ends. */
    function scan(text, at) {
        var start = at;
        var c = text.charAt(at);
        var node = { start: start };
        if (c === '{' || c === '[') {
            var isObject = c === '{';
            var close = isObject ? '}' : ']';
            if (isObject) {
                node.members = {};
            } else {
                node.items = [];
            }
            at = skip(text, at + 1);
            while (text.charAt(at) !== close) {
                var key = null;
                if (isObject) {
                    var name = scanString(text, at);
                    key = JSON.parse(text.slice(at, name));
                    at = skip(text, name);
                    expect(text, at, ':');
                    at = skip(text, at + 1);
                }
                var child = scan(text, at);
                if (isObject) {
                    node.members[key] = child.node;
                } else {
                    node.items.push(child.node);
                }
                at = skip(text, child.end);
                if (text.charAt(at) === ',') {
                    at = skip(text, at + 1);
                } else {
                    expect(text, at, close);
                }
            }
            at++;
        } else if (c === '"') {
            at = scanString(text, at);
        } else {
            var literal = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/
                .exec(text.slice(at, at + 400));
            if (!literal) {
                throw new Error('not JSON at ' + at);
            }
            at += literal[0].length;
        }
        node.end = at;
        return { node: node, end: at };
    }

    function scanString(text, at) {
        expect(text, at, '"');
        for (var i = at + 1; i < text.length; i++) {
            if (text.charAt(i) === '\\') {
                i++;
            } else if (text.charAt(i) === '"') {
                return i + 1;
            }
        }
        throw new Error('unterminated string at ' + at);
    }

    function skip(text, at) {
        while (at < text.length && ' \t\r\n'.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        return at;
    }

    function expect(text, at, c) {
        if (text.charAt(at) !== c) {
            throw new Error('expected ' + c + ' at ' + at);
        }
    }

    function load(text) {
        editor.value = text;
        check(true);
    }

    function readFile(chosen) {
        if (!chosen) {
            return;
        }
        var reader = new FileReader();
        reader.onload = function () {
            load(String(reader.result));
        };
        reader.onerror = function () {
            show('unreadable', 'The file ' + chosen.name + ' could not be read.', []);
        };
        reader.readAsText(chosen);
    }

    function loadExample(url) {
        if (!url) {
            return;
        }
        var request = new XMLHttpRequest();
        request.open('GET', url);
        request.onload = function () {
            if (request.status >= 200 && request.status < 300) {
                load(request.responseText);
            } else {
                show('unreadable', url + ' could not be loaded (' + request.status + ').', []);
            }
        };
        request.onerror = function () {
            show('unreadable', url + ' could not be loaded.', []);
        };
        request.send();
    }

    // wiring
    editor.addEventListener('input', scheduleCheck);
    language.addEventListener('change', function () {
        check(true);
    });
    example.addEventListener('change', function () {
        loadExample(example.value);
    });
    file.addEventListener('change', function () {
        readFile(file.files && file.files[0]);
    });
    editor.addEventListener('dragover', function (event) {
        event.preventDefault();
        editor.classList.add('author-dropping');
    });
    editor.addEventListener('dragleave', function () {
        editor.classList.remove('author-dropping');
    });
    editor.addEventListener('drop', function (event) {
        editor.classList.remove('author-dropping');
        var files = event.dataTransfer && event.dataTransfer.files;
        if (files && files.length > 0) {
            event.preventDefault();
            readFile(files[0]);
        }
    });
    if (editor.value.trim() !== '') {
        check(true); // a browser may restore the text on reload
    }
}());
