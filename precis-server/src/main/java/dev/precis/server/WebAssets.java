package dev.precis.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web page's files (plain HTML, CSS and JavaScript in the jar, no build step, nothing from the
 * internet), read once at start.
 *
 * <p>Each page file holds only what its {@code <main>} shows, under a first line that names the
 * page: {@code <!-- title: Search | page: search | menu: /search -->}. It is served set in {@code
 * layout.html} (the head, the main menu with the page's own link marked current, the footer), and
 * a line {@code {{summary-result.html}}} in it stands for that part's file (the summary, its
 * sources and articles that the summarize, story and search pages show), so that what several
 * pages share is written once.
 *
 * <pre>{@code
 * WebAssets assets = new WebAssets();          // reads and sets every page once
 * assets.get("search.html").bytes();           // the page as served, layout and parts in place
 * }</pre>
 */
final class WebAssets {
  private static final String ROOT = "/dev/precis/server/web/";
  /** The pages, each set in the layout. */
  static final String[] PAGES = {
    "index.html", "stories.html", "story.html", "search.html", "feeds.html", "verify.html"
  };
  /** Served as they are. */
  static final String[] FILES = {"app.js", "style.css"};
  private static final String LAYOUT = "layout.html";
  private static final Pattern HEADER =
      Pattern.compile("\\A<!-- title: (.+?) \\| page: ([a-z]+) \\| menu: (\\S+) -->\r?\n");
  /** A line that stands for a part's file (which ends its own last line). */
  private static final Pattern PART =
      Pattern.compile("^\\{\\{([a-z-]+\\.html)}}\r?\n", Pattern.MULTILINE);

  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> assets = new TreeMap<>();

  WebAssets() {
    String layout = text(LAYOUT);
    for (String name : PAGES) {
      assets.put(name, new Asset(page(layout, name, text(name)).getBytes(StandardCharsets.UTF_8),
          contentType(name)));
    }
    for (String name : FILES) {
      assets.put(name, new Asset(read(ROOT + name), contentType(name)));
    }
    assets.put("openapi.json", new Asset(read("/dev/precis/server/openapi.json"),
        "application/json"));
  }

  Asset get(String name) {
    return assets.get(name);
  }

  /** The page {@code name}, whose file is {@code file}, set in {@code layout}. */
  static String page(String layout, String name, String file) {
    Matcher header = HEADER.matcher(file);
    if (!header.find()) {
      throw new IllegalStateException("the page " + name + " does not open with its "
          + "<!-- title: ... | page: ... | menu: ... --> line (broken build?)");
    }
    String html = layout.replace("{{title}}", header.group(1))
        .replace("{{page}}", header.group(2));
    String menu = header.group(3);
    if (!menu.equals("none")) {
      String link = "<a href=\"" + menu + "\">";
      if (!html.contains(link)) {
        throw new IllegalStateException("the page " + name + " names the menu link " + menu
            + ", which the layout does not have (broken build?)");
      }
      html = html.replace(link, "<a href=\"" + menu + "\" aria-current=\"page\">");
    }
    StringBuilder main = new StringBuilder();
    Matcher part = PART.matcher(file.substring(header.end()));
    while (part.find()) {
      String partFile = part.group(1);
      if (WebAssets.class.getResource(ROOT + partFile) == null) {
        throw new IllegalStateException("the page " + name + " names the part " + partFile
            + ", which is missing (broken build?)");
      }
      part.appendReplacement(main, Matcher.quoteReplacement(text(partFile)));
    }
    part.appendTail(main);
    return html.replace("{{main}}", main.toString());
  }

  private static String text(String name) {
    return new String(read(ROOT + name), StandardCharsets.UTF_8);
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
