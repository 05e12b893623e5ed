/*
 * Preference Trainer loader.
 *
 *   <script src="preference-trainer.js" defer></script>
 *   <preference-trainer src="content/en.json"></preference-trainer>
 *
 * Defines the <preference-trainer> element where the browser has custom elements, and
 * PreferenceTrainer.mount(element, options) everywhere: the plain call that renders a widget
 * into a given element, for hosts, frameworks and browsers without custom elements.
 *
 * The lesson itself is Java compiled twice by TeaVM: to WebAssembly (GC) and to JavaScript.
 * engine "auto" starts the WebAssembly build where the browser supports WasmGC and the page
 * lets it run, and falls back to the JavaScript build otherwise, or when WebAssembly fails to
 * start. The built-in lesson is a script of its own, fetched only for widgets without a src
 * or a pack; so are the widget's words in each language but English, fetched the first time a
 * widget speaks it, and LMS reporting, fetched only where a widget may report. Written in ES5
 * so that it parses in every browser and in HtmlUnit.
 */
(function (global) {
    'use strict';

    var doc = global.document;
    var ENGINE_JS = 'preference-trainer-engine.js';
    var ENGINE_WASM = 'preference-trainer-engine.wasm';
    var ENGINE_WASM_RUNTIME = 'preference-trainer-engine.wasm-runtime.js';
    var STYLESHEET = 'preference-trainer.css';
    var BUILT_IN_LESSON = 'preference-trainer-lesson.js';
    var WORDS = 'preference-trainer-words-'; // + language + '.js'
    var REPORTING = 'preference-trainer-reporting.js';
    var ATTRIBUTES = ['src', 'lang', 'seed', 'engine', 'timeout',
        'endpoint', 'auth', 'actor', 'registration', 'activity-id'];

    if (global.PreferenceTrainer && global.PreferenceTrainer.mount) {
        return; // the loader was included twice
    }

    var base = scriptBase();
    var engines = {}; // kind -> { api, error, waiting: [callbacks] }
    var builtIn = scriptOnce(BUILT_IN_LESSON, 0); // hands over the built-in lesson
    var words = {}; // language -> scriptOnce handing over its [key, text] pairs
    var reporting = scriptOnce(REPORTING, 2); // hands over the LMS reporting functions
    var unnamed = 0; // widgets mounted without a key or an id

    /** The folder this script was loaded from; the engines and stylesheet sit beside it. */
    function scriptBase() {
        var script = doc.currentScript;
        if (!script) {
            var scripts = doc.getElementsByTagName('script');
            for (var i = scripts.length - 1; i >= 0; i--) {
                if (/preference-trainer\.js(\?|#|$)/.test(scripts[i].src)) {
                    script = scripts[i];
                    break;
                }
            }
        }
        return script && script.src ? script.src.replace(/[^\/]*([?#].*)?$/, '') : '';
    }

    function warn(message) {
        if (global.console) {
            global.console.warn('Preference Trainer: ' + message);
        }
    }

    function loadScript(url, onLoad, onError) {
        var script = doc.createElement('script');
        script.src = url;
        script.async = true;
        script.onload = onLoad;
        script.onerror = function () {
            onError(new Error('could not load ' + url));
        };
        (doc.head || doc.documentElement).appendChild(script);
    }

    /** A tiny module declaring a GC struct type: valid only where WasmGC is supported. */
    function supportsWasmGC() {
        try {
            return typeof global.WebAssembly === 'object'
                && global.WebAssembly.validate(new Uint8Array(
                    [0, 97, 115, 109, 1, 0, 0, 0, 1, 3, 1, 95, 0]));
        } catch (e) {
            return false;
        }
    }

    function startJs(done) {
        loadScript(base + ENGINE_JS, function () {
            if (!engines.js.api) {
                done(new Error(ENGINE_JS + ' loaded but did not register'));
            }
        }, done);
    }

    /**
     * Fetches the module while its runtime script loads, rather than after: the two downloads
     * overlap, and the runtime compiles the bytes it is handed.
     */
    function startWasm(done) {
        if (typeof global.fetch !== 'function') {
            done(new Error('this browser has no fetch'));
            return;
        }
        var bytes = global.fetch(base + ENGINE_WASM).then(function (response) {
            if (!response.ok) {
                throw new Error(ENGINE_WASM + ': HTTP ' + response.status);
            }
            return response.arrayBuffer();
        });
        bytes.then(null, function () {
            // reported below, once the runtime has loaded; this only keeps it from going unheard
        });
        loadScript(base + ENGINE_WASM_RUNTIME, function () {
            bytes.then(function (buffer) {
                return global.TeaVM.wasmGC.load(buffer);
            }).then(function (teavm) {
                done(null, { mount: teavm.exports.mount, check: teavm.exports.check,
                    words: teavm.exports.words });
            }, done);
        }, done);
    }

    /** Calls back once with (error, api) for the given build, starting it at most once. */
    function engine(kind, callback) {
        var state = engines[kind];
        if (state && (state.api || state.error)) {
            callback(state.error, state.api);
            return;
        }
        if (state) {
            state.waiting.push(callback);
            return;
        }
        state = engines[kind] = { api: null, error: null, waiting: [callback] };
        var settle = function (error, api) {
            if (state.api || state.error) {
                return;
            }
            state.error = error || null;
            state.api = error ? null : api;
            var waiting = state.waiting;
            state.waiting = [];
            for (var i = 0; i < waiting.length; i++) {
                waiting[i](state.error, state.api);
            }
        };
        state.settle = settle;
        (kind === 'wasm' ? startWasm : startJs)(settle);
    }

    /**
     * A script beside the loader that hands over one value when it runs, through one of the
     * PreferenceTrainer._ functions (which calls settle): fetched the first time it is asked
     * for, at most once a page. get(callback) calls back once with (value, reason): the value,
     * or null with the reason where the script did not load or ran without handing anything
     * over. A fetch that fails is tried again retries times, after 2 seconds, then each time
     * three times as long, as a network that drops one request often gives the next.
     */
    function scriptOnce(file, retries) {
        var done = false;
        var value = null;
        var reason = null;
        var waiting = null;
        function settle(handed, why) {
            if (done) {
                return;
            }
            done = true;
            value = handed == null ? null : handed;
            reason = value === null ? why || file + ' loaded but handed nothing over' : null;
            var callbacks = waiting || [];
            waiting = [];
            for (var i = 0; i < callbacks.length; i++) {
                callbacks[i](value, reason);
            }
        }
        function attempt(left, delay) {
            loadScript(base + file, function () {
                settle(null);
            }, function (error) {
                if (left > 0) {
                    global.setTimeout(function () {
                        attempt(left - 1, delay * 3);
                    }, delay);
                } else {
                    settle(null, error.message);
                }
            });
        }
        return {
            settle: settle,
            get: function (callback) {
                if (done) {
                    callback(value, reason);
                } else if (waiting) {
                    waiting.push(callback);
                } else {
                    waiting = [callback];
                    attempt(retries, 2000);
                }
            }
        };
    }

    /** Called by the built-in lesson's script with the pack. */
    function builtInLessonLoaded(pack) {
        builtIn.settle(JSON.stringify(pack));
    }

    /**
     * The words script of a language the widget speaks beside English; null for any other,
     * which has none to fetch.
     */
    function wordsScript(language) {
        if (language !== 'es' && language !== 'fr') {
            return null;
        }
        if (!words[language]) {
            words[language] = scriptOnce(WORDS + language + '.js', 0);
        }
        return words[language];
    }

    /**
     * Calls back once with a language's words, a list of [key, text] pairs, or with null where
     * they could not be loaded (the widget then speaks English); loads each at most once.
     */
    function loadWords(language, callback) {
        var script = wordsScript(language);
        if (script) {
            script.get(callback);
        } else {
            callback(null);
        }
    }

    /** Called by a words script with its language's words. */
    function wordsLoaded(language, table) {
        var script = wordsScript(language);
        if (script) {
            script.settle(table);
        }
    }

    /**
     * Whether a widget may report to an LMS, so that the reporting script is worth fetching:
     * its options name an LRS, the page's address holds launch parameters, or a SCORM 1.2
     * API is in reach (this window, its parents, its opener). The script itself reads the
     * settings exactly; this only keeps other pages from downloading it.
     */
    function mayReport(options) {
        if (options.endpoint && String(options.endpoint).replace(/\s+/g, '')) {
            return true;
        }
        var search = String(global.location && global.location.search || '');
        try {
            search = decodeURIComponent(search.replace(/\+/g, ' '));
        } catch (e) {
            // a broken escape: the text as it is
        }
        return /endpoint/i.test(search) || scormInReach(global) || scormInReach(opener());
    }

    function opener() {
        try {
            return global.opener;
        } catch (e) {
            return null;
        }
    }

    function scormInReach(win) {
        for (var i = 0; win && i <= 10; i++) {
            try {
                if (win.API && typeof win.API.LMSInitialize === 'function') {
                    return true;
                }
            } catch (e) {
                // a frame of another origin
            }
            var up = null;
            try {
                up = win.parent;
            } catch (e) {
                up = null;
            }
            if (!up || up === win) {
                return false;
            }
            win = up;
        }
        return false;
    }

    /** The language of a lang option (es for es-MX), where the widget has words to fetch. */
    function wordsFor(lang) {
        var language = String(lang || '').split('-')[0].toLowerCase();
        return wordsScript(language) ? language : null;
    }

    /** The build to use: WebAssembly first where asked for or possible, JavaScript otherwise. */
    function chooseEngine(requested, callback) {
        var wantWasm = requested === 'wasm' || (requested !== 'js' && supportsWasmGC());
        if (!wantWasm) {
            engine('js', function (error, api) {
                callback(error, api, 'js');
            });
            return;
        }
        engine('wasm', function (error, api) {
            if (!error) {
                callback(null, api, 'wasm');
                return;
            }
            if (requested === 'wasm') {
                warn('the WebAssembly build could not start (' + (error && error.message || error)
                    + '); using the JavaScript build');
            }
            engine('js', function (jsError, jsApi) {
                callback(jsError, jsApi, 'js');
            });
        });
    }

    /** The shadow root that holds element, or the document when there is none. */
    function styleScope(element) {
        var node = element.nodeType === 11 ? element
            : element.getRootNode ? element.getRootNode() : doc;
        return node.nodeType === 11 ? node : doc;
    }

    /** The stylesheet, once per shadow root or once per document. */
    function addStylesheet(scope, onReady) {
        var inShadow = scope.nodeType === 11;
        var holder = inShadow ? scope : (doc.head || doc.documentElement);
        var existing = inShadow ? scope.querySelector('link[data-preference-trainer]')
            : doc.getElementById('preference-trainer-css');
        if (existing) {
            onReady();
            return;
        }
        var link = doc.createElement('link');
        link.rel = 'stylesheet';
        link.href = base + STYLESHEET;
        link.setAttribute('data-preference-trainer', '');
        if (!inShadow) {
            link.id = 'preference-trainer-css';
        }
        var ready = false;
        var finish = function () {
            if (!ready) {
                ready = true;
                onReady();
            }
        };
        link.onload = finish;
        link.onerror = finish;
        // a stylesheet that never answers must not keep the lesson from starting
        global.setTimeout(finish, 3000);
        holder.appendChild(link);
    }

    function dispatchError(target, message) {
        var detail = { message: message, problems: [] };
        var event;
        try {
            event = new global.CustomEvent('preference-trainer:error',
                { bubbles: true, composed: true, detail: detail });
        } catch (e) {
            event = doc.createEvent('CustomEvent');
            event.initCustomEvent('preference-trainer:error', true, false, detail);
        }
        target.dispatchEvent(event);
    }

    /** A copy of a state snapshot, so that hosts cannot change the widget's own. */
    function copyState(state) {
        return state ? JSON.parse(JSON.stringify(state)) : null;
    }

    /**
     * Renders a lesson into element (an element or a shadow root).
     * options: src (pack URL, relative to the page; none = the built-in lesson), pack (the
     * pack's JSON text, used when there is no src), lang, seed (a whole number, to replay a
     * session), timeout (seconds a pack fetch may take; default 15), engine ('auto' | 'js' |
     * 'wasm'), host (the element that receives the preference-trainer:* events; default
     * element), key (names the widget among those on the page, for its saved session; default
     * its id, else the order of mounting), save (false to keep no saved session), and for xAPI
     * endpoint, auth, actor (JSON text or an object), registration and activityId. Without
     * endpoint the widget reads a TinCan or cmi5 launch from the page's own URL.
     * Returns a handle: { root, state() }, state() giving { phase, round, rounds, weights,
     * gauge, pack, engine, score } or null before the lesson is ready.
     */
    function mount(element, options) {
        options = options || {};
        var host = options.host || element;
        var key = options.key || (host.id ? 'id:' + host.id : 'n:' + (unnamed++));
        var latest = null;
        var handle = {
            root: null,
            state: function () {
                return copyState(latest);
            }
        };
        var root = doc.createElement('div');
        root.className = 'pt pt-loading';
        element.appendChild(root);
        handle.root = root;

        var needsLesson = !options.src && options.pack == null;
        var lessonText = null;
        var pending = needsLesson ? 3 : 2;
        var api = null;
        var used = null;
        var failure = null;
        var proceed = function () {
            if (--pending > 0) {
                return;
            }
            if (failure) {
                root.className = 'pt';
                root.setAttribute('role', 'alert');
                root.textContent = 'This lesson could not be started: ' + failure;
                warn(failure);
                dispatchError(host, failure);
                return;
            }
            api.mount(root, {
                src: options.src || null,
                pack: needsLesson ? lessonText
                    : options.pack == null ? null : String(options.pack),
                builtin: needsLesson ? 'true' : null,
                timeout: options.timeout == null ? null : String(options.timeout),
                lang: options.lang || null,
                seed: options.seed == null ? null : String(options.seed),
                engine: used,
                host: host,
                key: key,
                save: options.save === false ? 'false' : null,
                onState: function (state) {
                    latest = state;
                },
                endpoint: options.endpoint || null,
                auth: options.auth || null,
                actor: options.actor == null ? null
                    : typeof options.actor === 'string' ? options.actor
                    : JSON.stringify(options.actor),
                registration: options.registration || null,
                activityId: options.activityId || null,
                words: function (language, done) {
                    loadWords(language, function (table) {
                        done(table);
                    });
                },
                reporting: reports ? function (done) {
                    reporting.get(function (module) {
                        done(module);
                    });
                } : null
            });
        };
        // the reporting script, where it may be needed, comes while the engine loads
        var reports = mayReport(options);
        if (reports) {
            reporting.get(function () {
            });
        }
        // words the host asks for come while the engine loads, not after the pack is read
        if (wordsFor(options.lang)) {
            loadWords(wordsFor(options.lang), function () {
            });
        }
        addStylesheet(styleScope(element), proceed);
        if (needsLesson) {
            builtIn.get(function (text, reason) {
                if (text === null && !failure) {
                    failure = 'the built-in lesson did not load (' + reason + ')';
                }
                lessonText = text;
                proceed();
            });
        }
        chooseEngine(options.engine || 'auto', function (error, engineApi, kind) {
            if (error) {
                failure = 'the lesson engine did not load (' + (error.message || error) + ')';
            }
            api = engineApi;
            used = kind;
            proceed();
        });
        return handle;
    }

    /**
     * Checks a pack's JSON text without showing anything, for pages that help authors.
     * options: lang (the messages' language; default the pack's) and engine. Calls back with
     * a report {valid, message, problems: [{path, code, message}], pack}, where message is
     * set for text that is not JSON and pack (defaults filled in) for a valid pack; or with
     * (null, error) when no engine could start.
     */
    function check(text, options, callback) {
        if (typeof options === 'function') {
            callback = options;
            options = {};
        }
        options = options || {};
        chooseEngine(options.engine || 'auto', function (error, api) {
            if (error) {
                callback(null, error);
                return;
            }
            var report = api.check(String(text), options.lang || null);
            if (report && report.wordsNeeded) {
                // the messages' language has its words fetched first; then the check again
                loadWords(report.wordsNeeded, function (table) {
                    api.words(report.wordsNeeded, table);
                    callback(api.check(String(text), options.lang || null));
                });
                return;
            }
            callback(report);
        });
    }

    /** Called by the JavaScript build once it has run. */
    function engineLoaded(kind, api) {
        var state = engines[kind];
        if (state && state.settle) {
            state.settle(null, api);
        }
    }

    global.PreferenceTrainer = {
        mount: mount,
        check: check,
        _engineLoaded: engineLoaded,
        _builtInLesson: builtInLessonLoaded,
        _words: wordsLoaded,
        _reportingLoaded: reporting.settle
    };

    defineElement();

    /** The element's place among the page's <preference-trainer> elements, from 0. */
    function elementIndex(element) {
        var all = doc.getElementsByTagName('preference-trainer');
        for (var i = 0; i < all.length; i++) {
            if (all[i] === element) {
                return i;
            }
        }
        return -1;
    }

    /**
     * <preference-trainer>: a thin layer over mount with an open shadow root, so the host
     * page's styles cannot reach in. Written without class syntax; Reflect.construct gives the
     * same result where custom elements exist.
     */
    function defineElement() {
        if (!global.customElements || !global.Reflect || !global.HTMLElement
                || global.customElements.get('preference-trainer')) {
            return;
        }
        var Element = function () {
            return global.Reflect.construct(global.HTMLElement, [], Element);
        };
        Element.prototype = Object.create(global.HTMLElement.prototype);
        Element.prototype.constructor = Element;
        Object.setPrototypeOf(Element, global.HTMLElement);
        Object.defineProperty(Element, 'observedAttributes', {
            get: function () {
                return ATTRIBUTES;
            }
        });
        Element.prototype.connectedCallback = function () {
            if (!this._ptMounted) {
                this._ptRender();
            }
        };
        Element.prototype.attributeChangedCallback = function (name, before, after) {
            if (this._ptMounted && before !== after) {
                this._ptRender();
            }
        };
        Element.prototype._ptRender = function () {
            var shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
            var old = shadow.querySelector('.pt');
            if (old) {
                shadow.removeChild(old);
            }
            this._ptMounted = true;
            this._ptHandle = mount(shadow, {
                src: this.getAttribute('src'),
                lang: this.getAttribute('lang'),
                seed: this.getAttribute('seed'),
                timeout: this.getAttribute('timeout'),
                engine: this.getAttribute('engine') || 'auto',
                host: this,
                key: this.id ? 'id:' + this.id : 'element:' + elementIndex(this),
                endpoint: this.getAttribute('endpoint'),
                auth: this.getAttribute('auth'),
                actor: this.getAttribute('actor'),
                registration: this.getAttribute('registration'),
                activityId: this.getAttribute('activity-id')
            });
        };

        // read-only views of where the learner is, for host pages
        var property = function (name) {
            Object.defineProperty(Element.prototype, name, {
                get: function () {
                    var state = this._ptHandle ? this._ptHandle.state() : null;
                    return state && state[name] !== undefined ? state[name] : null;
                }
            });
        };
        var names = ['phase', 'round', 'rounds', 'weights', 'gauge', 'engine', 'score'];
        for (var i = 0; i < names.length; i++) {
            property(names[i]);
        }
        global.customElements.define('preference-trainer', Element);
    }
}(typeof window !== 'undefined' ? window : this));
