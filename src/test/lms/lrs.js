/*
 * A Learning Record Store for the browser tests: Learning Locker's statement service
 * (xapi-statements), statements kept in memory, on 127.0.0.1 only.
 *
 *   LRS_AUTH='Basic ...' LRS_LOG_DIR=target/lrs node lrs.js
 *
 * Prints "lrs http://127.0.0.1:PORT/xAPI/" once it listens, then serves until its standard
 * input closes (the test that started it has ended, one way or another) or it is signalled.
 *
 * The service asks a client registry whether a request's Authorization header belongs to a
 * known client, as a Learning Locker installation does. Here that registry is a few lines
 * below: it knows exactly one client, whose header is LRS_AUTH, so the LRS accepts the launch's
 * credentials and refuses any other with 401.
 */
'use strict';

var http = require('http');
var os = require('os');
var path = require('path');

var LOOPBACK = '127.0.0.1';
var expected = process.env.LRS_AUTH;
if (!expected) {
    process.stderr.write('lrs.js: set LRS_AUTH to the Authorization header to accept\n');
    process.exit(2);
}

// every server in this process listens on the loopback interface, on a free port
var listen = http.Server.prototype.listen;
http.Server.prototype.listen = function () {
    var callback = arguments[arguments.length - 1];
    return listen.call(this, 0, LOOPBACK, typeof callback === 'function' ? callback : undefined);
};

var registry = http.createServer(function (request, response) {
    if (request.headers.authorization !== expected) {
        response.writeHead(404, { 'Content-Type': 'application/json' });
        response.end('{"message":"no such client"}');
        return;
    }
    response.writeHead(200, { 'Content-Type': 'application/json' });
    response.end(JSON.stringify({
        _id: '5c0000000000000000000001',
        title: 'Preference Trainer tests',
        authority: { objectType: 'Agent', mbox: 'mailto:lrs-client@preference-trainer.test' },
        isTrusted: true,
        lrs_id: '5c0000000000000000000002',
        organisation: '5c0000000000000000000003',
        scopes: ['all']
    }));
});

registry.listen(function () {
    var env = process.env;
    env.LL_CLIENT_INFO_ENDPOINT = 'http://' + LOOPBACK + ':' + registry.address().port + '/';
    env.AUTH_REPO = 'fetch';
    env.EVENTS_REPO = 'test';
    env.MODELS_REPO = 'memory';
    env.STORAGE_REPO = 'memory';
    env.WINSTON_CONSOLE_LEVEL = env.WINSTON_CONSOLE_LEVEL || 'warn';
    env.EXPRESS_MORGAN_DIRECTORY = env.LRS_LOG_DIR || path.join(os.tmpdir(), 'lrs-access-logs');

    // the service calls listen once its routes are in place; that call tells the test
    var serviceListen = http.Server.prototype.listen;
    http.Server.prototype.listen = function (port, callback) {
        var server = this;
        return serviceListen.call(server, function () {
            process.stdout.write('lrs http://' + LOOPBACK + ':' + server.address().port
                + '/xAPI/\n');
            if (typeof callback === 'function') {
                callback();
            }
        });
    };
    require('xapi-statements/dist/server');
});

// stop with the test: when it closes our input, or ends
process.stdin.on('end', function () {
    process.exit(0);
});
process.stdin.resume();
