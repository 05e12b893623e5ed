package org.preferencetrainer.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.content.HttpContent;
import org.eclipse.jetty.http.content.ResourceHttpContentFactory;
import org.eclipse.jetty.io.ByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves a folder on 127.0.0.1 with Jetty: {@code target/dist/} for the browser tests, and for
 * the README's demo command. WebAssembly goes out as {@code application/wasm}, which browsers
 * require to compile it while it streams in.
 */
public final class DistServer implements AutoCloseable {
    private final Server server;

    private DistServer(Server server) {
        this.server = server;
    }

    /** Serves the built site on any free port, with test pages from {@code extra} folders. */
    public static DistServer startDist(Path... extra) throws Exception {
        return startDist(null, extra);
    }

    /**
     * As {@link #startDist(Path...)}, with {@code first} asked before the files: a test's own
     * answers, such as a slow or an endless one.
     */
    public static DistServer startDist(Handler first, Path... extra) throws Exception {
        Path[] folders = new Path[extra.length + 1];
        folders[0] = Path.of(System.getProperty("dist.dir", "target/dist"));
        System.arraycopy(extra, 0, folders, 1, extra.length);
        return start(0, first, folders);
    }

    /**
     * A handler for {@link #startDist(Handler, Path...)} that answers 404 Not Found for
     * {@code file} while {@code missing} says so, and leaves every other request to the files.
     */
    static Handler notFoundWhile(BooleanSupplier missing, String file) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                if (!missing.getAsBoolean()
                        || !Request.getPathInContext(request).endsWith("/" + file)) {
                    return false;
                }
                Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
                return true;
            }
        };
    }

    /**
     * Starts serving {@code folders} on {@code port} (0 for any free port); a path is looked up
     * in each folder in turn.
     */
    public static DistServer start(int port, Path... folders) throws Exception {
        return start(port, null, folders);
    }

    private static DistServer start(int port, Handler first, Path... folders) throws Exception {
        if (!Files.isRegularFile(folders[0].resolve("index.html"))) {
            throw new IllegalStateException("No index.html in " + folders[0]
                    + "; build the site first with mvn package");
        }
        Server server = loopback(port);

        // workaround: Jetty's default content cache re-reads a changed file at most once a
        // second, so a test that edits a pack and reloads at once could get the old one; a
        // file server for tests and authors should always serve what is on disk
        ResourceHandler files = new ResourceHandler() {
            @Override
            protected HttpContent.Factory newHttpContentFactory(ByteBufferPool.Sized buffers) {
                return new ResourceHttpContentFactory(getBaseResource(), getMimeTypes(), buffers);
            }
        };
        ResourceFactory resources = ResourceFactory.of(server);
        List<Resource> roots = new ArrayList<>();
        for (Path folder : folders) {
            roots.add(resources.newResource(folder));
        }
        files.setBaseResource(ResourceFactory.combine(roots));
        files.setDirAllowed(false);
        server.setHandler(first == null ? files : new Handler.Sequence(first, files));
        server.start();
        return new DistServer(server);
    }

    /** The site's root URL, ending in a slash. */
    public String url() {
        return rootUrl(server);
    }

    /**
     * A Jetty server listening on 127.0.0.1 only, at {@code port} (0 for any free port); not
     * started, so that the caller can set its handler first. The test servers all start here.
     */
    static Server loopback(int port) {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        return server;
    }

    /** The root URL of a server made by {@link #loopback}, once started, ending in a slash. */
    static String rootUrl(Server server) {
        return "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
                + "/";
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** {@code DistServer FOLDER PORT}: serves until stopped with Ctrl+C. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/dist");
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 8080;
        DistServer server = start(port, folder);
        System.out.println("Preference Trainer: serving " + folder + " at " + server.url()
                + " (Ctrl+C stops)");
        server.server.join();
    }
}
