// Shrinks in place what pages download, after TeaVM has compiled it: scripts with terser (the
// loader, the JavaScript engine, the WebAssembly runtime script and the reporting script), the
// WebAssembly module with Binaryen's wasm-opt -Oz. TeaVM already shortens names inside its
// output; terser also rewrites what TeaVM leaves (its own runtime, the glue around the build),
// and wasm-opt optimises the module for size; each takes about 7% to 9% off the gzip size.
//
//   node minify.js DIR FILE...
//
// The loader is ES5 and stays ES5 (terser never writes newer syntax than it reads); braces are
// kept around single statements, which HtmlUnit's parser needs after a for (let ...). wasm-opt
// is given the features TeaVM's module uses and no others, so that it writes nothing a
// browser with WasmGC cannot run, and it keeps the open world: the module's types are shared
// with its JavaScript runtime. A file that does not parse stops the build with the tool's
// message, naming the file.
'use strict';

const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');
const { minify } = require('terser');

const WASM_OPT = path.join(__dirname, 'node_modules', 'binaryen', 'bin', 'wasm-opt');
const WASM_FEATURES = ['gc', 'reference-types', 'exception-handling', 'bulk-memory',
    'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'multivalue', 'tail-call'];

const OPTIONS = {
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, braces: true }
};

async function main(dir, files) {
    if (!dir || files.length === 0) {
        throw new Error('usage: node minify.js DIR FILE...');
    }
    for (const file of files) {
        const where = path.join(dir, file);
        const before = fs.readFileSync(where);
        if (file.endsWith('.wasm')) {
            optimiseWasm(where);
        } else {
            await minifyScript(where, file, before.toString('utf8'));
        }
        const after = fs.readFileSync(where);
        console.log('minified ' + file + ': ' + kb(gzipped(before)) + ' to '
            + kb(gzipped(after)) + ' gzip');
    }
}

async function minifyScript(where, file, code) {
    let result;
    try {
        result = await minify({ [file]: code }, OPTIONS);
    } catch (e) {
        throw new Error(where + ':' + e.line + ':' + e.col + ': ' + e.message);
    }
    fs.writeFileSync(where, result.code + '\n');
}

function optimiseWasm(where) {
    const args = [WASM_OPT, where, '-Oz', '--strip-debug', '--strip-producers', '-o', where];
    for (const feature of WASM_FEATURES) {
        args.push('--enable-' + feature);
    }
    try {
        execFileSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    } catch (e) {
        throw new Error(where + ': wasm-opt failed: ' + String(e.stderr || e.message).trim());
    }
}

function gzipped(bytes) {
    return zlib.gzipSync(bytes, { level: 9 }).length;
}

function kb(bytes) {
    return (bytes / 1024).toFixed(1) + ' KB';
}

main(process.argv[2], process.argv.slice(3)).catch(e => {
    console.error('minify: ' + e.message);
    process.exit(1);
});
