package dev.precis.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The web page's files (plain HTML, CSS and JavaScript in the jar, no build step, nothing from the
 * internet), read once at start.
 */
final class WebAssets {
  private static final String ROOT = "/dev/precis/server/web/";
  static final String[] FILES = {
    "index.html", "stories.html", "story.html", "search.html", "feeds.html", "app.js",
    "style.css", "verify.html"
  };

  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> assets = new TreeMap<>();

  WebAssets() {
    for (String name : FILES) {
      assets.put(name, new Asset(read(ROOT + name), contentType(name)));
    }
    assets.put("openapi.json", new Asset(read("/dev/precis/server/openapi.json"),
        "application/json"));
  }

  Asset get(String name) {
    return assets.get(name);
  }

  private static byte[] read(String resource) {
    try (InputStream in = WebAssets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource + " (broken build?)");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String contentType(String name) {
    if (name.endsWith(".html")) {
      return "text/html; charset=utf-8";
    } else if (name.endsWith(".js")) {
      return "text/javascript; charset=utf-8";
    } else if (name.endsWith(".css")) {
      return "text/css; charset=utf-8";
    }
    return "application/octet-stream";
  }
}
