package dev.precis.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses, before any route runs, the requests other web pages can make a browser send:
 *
 * <ul>
 *   <li>a {@code Host} the server does not answer to (DNS rebinding: a page on {@code
 *       evil.example.com} whose name now points at 127.0.0.1): 421 for every request;
 *   <li>a write ({@code POST}) whose body is not {@code application/json}: 415. A plain HTML form
 *       or a {@code no-cors} fetch can send only text, form or multipart bodies;
 *   <li>a write from a page of another origin ({@code Origin} or {@code Sec-Fetch-Site} says so):
 *       403;
 *   <li>a write to the store ({@code POST /api/articles}, {@code POST /api/feeds}) without the
 *       access token, when the server has one: 401.
 * </ul>
 *
 * <p>Clients that are not browsers (curl, scripts) send no {@code Origin} and pass the origin
 * check; they still need the right {@code Host}, a JSON body and, for the store, the token.
 *
 * <pre>{@code
 * RequestGuard guard = new RequestGuard(config);
 * javalinConfig.routes.before(guard::check);
 * }</pre>
 */
final class RequestGuard {
  /** The names this machine always answers to. */
  private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "::1");
  /** Addresses that mean "every interface": no client names the server so. */
  private static final Set<String> WILDCARDS = Set.of("0.0.0.0", "::", "0:0:0:0:0:0:0:0");

  /** Writes that fill the store: a followed feed brings articles in as POST /api/articles does. */
  private static final Set<String> STORE_WRITES = Set.of("/api/articles", "/api/feeds");

  private final Set<String> hosts = new HashSet<>(LOOPBACK);
  private final AccessToken token;

  RequestGuard(PrecisServer.Config config) {
    String own = hostName(config.host());
    if (!WILDCARDS.contains(own)) {
      hosts.add(own);
    }
    config.allowedHosts().forEach(h -> hosts.add(hostName(h)));
    this.token = config.token();
  }

  void check(Context ctx) {
    String host = ctx.header("Host");
    // HTTP/1.0 clients may send none; a browser always does
    if (host != null && !hosts.contains(hostName(host))) {
      throw new ApiException(421, "this server does not answer to the host name '"
          + printable(hostName(host)) + "'; if that is its name, start it with --allow-host "
          + printable(hostName(host)));
    }
    if (ctx.method() != HandlerType.POST) {
      return;
    }
    String type = ctx.header("Content-Type");
    if (type == null || !type.toLowerCase(Locale.ROOT).strip().startsWith("application/json")) {
      throw new ApiException(415, "send the body as JSON with Content-Type: application/json"
          + (type == null ? "" : " (this request has " + printable(type) + ")"));
    }
    String origin = ctx.header("Origin");
    if (origin != null && !sameOrigin(origin, host)) {
      throw new ApiException(403, "a page of another origin (" + printable(origin)
          + ") cannot write to this server; only its own pages and clients that are not "
          + "browsers can");
    }
    String site = ctx.header("Sec-Fetch-Site");
    if (site != null && !site.equals("same-origin") && !site.equals("none")) {
      throw new ApiException(403, "a page of another origin (Sec-Fetch-Site: " + printable(site)
          + ") cannot write to this server");
    }
    if (token != null && STORE_WRITES.contains(ctx.path())
        && !token.matches(ctx.header("Authorization"))) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"precis\"");
      throw new ApiException(401, (ctx.path().equals("/api/feeds") ? "following feeds"
          : "storing articles") + " needs the server's access token: send "
          + "Authorization: Bearer TOKEN (the token is in the file given to --token-file)");
    }
  }

  /** Whether {@code origin} (scheme://host:port) is the origin the {@code Host} header names. */
  private static boolean sameOrigin(String origin, String host) {
    if (host == null) {
      return false;
    }
    URI uri;
    try {
      uri = new URI(origin);
    } catch (URISyntaxException e) {
      return false; // "null" from a sandboxed frame or a file, or garbage
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      return false;
    }
    int originPort = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
    // behind a TLS proxy the Host header carries the public port, or none for 443
    int hostPort = port(host, scheme.equals("https") ? 443 : 80);
    return hostName(uri.getHost()).equals(hostName(host)) && originPort == hostPort;
  }

  /** The host of a {@code Host} value or a name, lower case, without port or IPv6 brackets. */
  static String hostName(String host) {
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int close = h.indexOf(']');
      return close < 0 ? h : h.substring(1, close);
    }
    int colon = h.indexOf(':');
    // one colon is a port; several are a bare IPv6 address
    return colon >= 0 && colon == h.lastIndexOf(':') ? h.substring(0, colon) : h;
  }

  private static int port(String host, int fallback) {
    String h = host.strip();
    int colon = h.lastIndexOf(':');
    if (colon < 0 || h.startsWith("[") && colon < h.indexOf(']')) {
      return fallback;
    }
    try {
      return Integer.parseInt(h.substring(colon + 1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** A header value as it may appear in a message: short, without control characters. */
  private static String printable(String value) {
    String cut = value.length() > 100 ? value.substring(0, 100) + "..." : value;
    return cut.replaceAll("\\p{Cntrl}", "?");
  }
}
