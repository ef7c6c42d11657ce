package dev.precis.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.time.Duration;
import java.util.concurrent.Executors;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Jetty's settings that keep slow or idle clients from starving the others: requests are served on
 * virtual threads (a client that sends its body a byte at a time parks one, which costs a few
 * kilobytes, not a thread of a pool), connections are closed after {@link #IDLE} without a byte,
 * and at most {@code maxConnections} are open at once. The time a body may take is bounded by
 * {@link #BODY_READ}, and below {@link #MIN_BYTES_PER_SECOND} after the first {@link #GRACE} it is
 * refused ({@code Api.body}). CPU-heavy work runs on the {@link WorkPool}, never on these threads.
 *
 * <pre>{@code
 * Javalin app = Javalin.create(c -> ConnectionLimits.apply(c, 10_000)).start();
 * ConnectionLimits.applyToConnectors(app);
 * }</pre>
 */
final class ConnectionLimits {
  /** A connection that sends nothing for this long is closed. */
  static final Duration IDLE = Duration.ofSeconds(20);
  /** The longest a request body may take to arrive. */
  static final Duration BODY_READ = Duration.ofSeconds(60);
  /** After {@link #GRACE}, a body arriving slower than this is refused. */
  static final long MIN_BYTES_PER_SECOND = 1024;
  static final Duration GRACE = Duration.ofSeconds(5);
  /** Platform threads for Jetty's own work (accepting, selecting); requests get virtual ones. */
  private static final int PLATFORM_THREADS = 32;

  private ConnectionLimits() {}

  static void apply(JavalinConfig c, int maxConnections) {
    QueuedThreadPool threads = new QueuedThreadPool(PLATFORM_THREADS, 4);
    threads.setName("precis-http");
    threads.setVirtualThreadsExecutor(Executors.newThreadPerTaskExecutor(
        Thread.ofVirtual().name("precis-request-", 0).factory()));
    c.jetty.threadPool = threads;
    c.jetty.modifyServer(server ->
        server.addBean(new NetworkConnectionLimit(maxConnections, server)));
    // a read or write blocked inside a request
    c.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(IDLE.toMillis()));
  }

  /**
   * The idle timeout of connections waiting for a request; Javalin makes its connector only when
   * it starts, so this is set then, before the first client can have been idle for long.
   */
  static void applyToConnectors(Javalin app) {
    for (var connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector sc) {
        sc.setIdleTimeout(IDLE.toMillis());
      }
    }
  }
}
