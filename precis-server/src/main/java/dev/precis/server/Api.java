package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.follow.FeedFollower;
import dev.precis.follow.FeedStatus;
import dev.precis.read.ArticleReader;
import dev.precis.read.ReadResult;
import dev.precis.render.SummaryWriter;
import dev.precis.render.VerificationWriter;
import dev.precis.summarize.SummaryOptions;
import dev.precis.verify.SummaryVerifier;
import dev.precis.text.Article;
import dev.precis.update.Since;
import dev.precis.update.UpdateSummarizer;
import dev.precis.update.UpdateSummary;
import dev.precis.text.ArticleDates;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP routes: the JSON API under {@code /api} and the web page's files. Every error is JSON
 * {@code {"status", "error", "message"}} with a 4xx for the client's mistakes and a message meant
 * for the person who made them.
 */
final class Api {
  private static final Logger LOG = LoggerFactory.getLogger(Api.class);
  private static final int MAX_SEARCH_RESULTS = 50;
  /** A page may offer a few dozen files at once; more is a mistake or abuse. */
  private static final int MAX_FILES = 50;

  private final PrecisServer.Config config;
  private final NewsDesk desk;
  private final Summaries summaries;
  private final WorkPool work;
  private final FeedFollower feeds;
  private final RequestGuard guard;
  private final WebAssets assets = new WebAssets();

  Api(PrecisServer.Config config, NewsDesk desk, Summaries summaries, WorkPool work,
      FeedFollower feeds) {
    this.config = config;
    this.desk = desk;
    this.summaries = summaries;
    this.work = work;
    this.feeds = feeds;
    this.guard = new RequestGuard(config);
  }

  void configure(JavalinConfig c) {
    c.http.maxRequestSize = config.maxBodyBytes();
    c.http.prefer405over404 = true;
    c.routes.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      guard.check(ctx);
    });

    c.routes.get("/api/health", this::health);
    c.routes.get("/api/openapi.json", ctx -> asset(ctx, "openapi.json"));
    c.routes.post("/api/summarize", this::summarize);
    c.routes.post("/api/verify", this::verify);
    c.routes.post("/api/extract", this::extract);
    c.routes.post("/api/articles", this::ingest);
    c.routes.get("/api/articles/{id}", this::article);
    c.routes.get("/api/stories", this::stories);
    c.routes.get("/api/stories/{id}", this::story);
    c.routes.get("/api/search", this::search);
    c.routes.get("/api/feeds", this::listFeeds);
    c.routes.post("/api/feeds", this::followFeed);

    c.routes.get("/", ctx -> asset(ctx, "index.html"));
    c.routes.get("/stories", ctx -> asset(ctx, "stories.html"));
    c.routes.get("/stories/{id}", ctx -> asset(ctx, "story.html"));
    c.routes.get("/search", ctx -> asset(ctx, "search.html"));
    c.routes.get("/feeds", ctx -> asset(ctx, "feeds.html"));
    c.routes.get("/verify", ctx -> asset(ctx, "verify.html"));
    c.routes.get("/assets/{file}", ctx -> asset(ctx, ctx.pathParam("file")));

    c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    c.routes.exception(PrecisException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
    c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(),
        e.getStatus() == 404 ? notFound(ctx) : httpMessage(e)));
    c.routes.exception(UncheckedIOException.class, (e, ctx) -> {
      LOG.error("store read failed", e);
      error(ctx, 503, e.getMessage());
    });
    c.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on " + ctx.method() + " " + ctx.path(), e);
      error(ctx, 500, "internal error (" + e.getClass().getSimpleName() + "); see the server log");
    });
  }

  private static String notFound(Context ctx) {
    return "no such page or endpoint: " + ctx.method() + " " + ctx.path()
        + " (the API is described at /api/openapi.json)";
  }

  // ----------------------------------------------------------------------------- handlers

  private void health(Context ctx) {
    ObjectNode out = Json.object();
    out.put("status", "ok");
    out.put("articles", desk.store().articleCount());
    out.put("stories", desk.stories().size());
    out.put("language", config.language().label());
    json(ctx, 200, out);
  }

  private void summarize(Context ctx) {
    Requests.Summarize request = Requests.summarize(body(ctx), config.maxArticlesPerRequest());
    json(ctx, 200, work.stoppable(ctx, () ->
        SummaryWriter.toJson(summaries.summarize(request.articles(), request.options()))));
  }

  /** Each sentence of a summary checked against the articles sent with it (nothing is stored). */
  private void verify(Context ctx) {
    Requests.Verify request = Requests.verify(body(ctx), config.maxArticlesPerRequest());
    json(ctx, 200, work.stoppable(ctx, () -> VerificationWriter.tree(
        new SummaryVerifier(request.articles()).verify(request.summary()))));
  }

  /** Text of uploaded files (HTML pages, text, JSON), as the summarizer would read them. */
  private void extract(Context ctx) {
    List<Requests.Upload> uploads = Requests.extract(body(ctx), MAX_FILES);
    ArticleReader reader = ArticleReader.defaults().withMaxBytesPerFile(config.maxBodyBytes());
    json(ctx, 200, work.stoppable(ctx, () -> {
      ObjectNode out = Json.object();
      ArrayNode articles = out.putArray("articles");
      ArrayNode warnings = out.putArray("warnings");
      for (Requests.Upload upload : uploads) {
        ReadResult read = reader.readBytes(upload.name(), upload.bytes());
        read.warnings().forEach(warnings::add);
        for (Article a : read.articles()) {
          articles.add(articleJson(a));
        }
      }
      return out;
    }));
  }

  private void ingest(Context ctx) {
    byte[] body = body(ctx);
    if (desk.store().stillFull(4L * body.length)) {
      // the last write found the disk full and it has not gained the space since: trying again
      // would only roll back and rebuild the stories for nothing
      throw new ApiException(507, "the data directory is still full; nothing of this request "
          + "was stored. Free some space and send it again");
    }
    List<Article> articles = Requests.ingest(body, config.maxArticlesPerRequest());
    NewsDesk.Batch batch = work.serialWrite(() -> desk.ingest(articles));
    List<NewsDesk.Ingested> ingested = batch.articles();
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("articles");
    int added = 0;
    for (int k = 0; k < ingested.size(); k++) {
      NewsDesk.Ingested i = ingested.get(k);
      ObjectNode node = list.addObject();
      node.put("id", i.id());
      node.put("status", i.status());
      if (i.story() != null) {
        node.put("story", i.story());
      }
      if (i.duplicateOf() != null) {
        node.put("duplicateOf", i.duplicateOf());
      }
      String date = articles.get(k).date();
      if (date != null && ArticleDates.parse(date).isEmpty()) {
        node.put("warning", "the date \"" + date + "\" cannot be read"
            + ArticleDates.problem(date).map(p -> " (" + p + ")").orElse("")
            + ", so the article counts as undated");
      }
      added += i.status().equals("exists") ? 0 : 1;
    }
    out.put("added", added);
    ArrayNode changed = out.putArray("stories_changed");
    batch.storiesChanged().forEach(changed::add);
    json(ctx, 200, out);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle stored = desk.article(id)
        .orElseThrow(() -> ApiException.notFound("no article with id '" + id + "'"));
    ObjectNode out = articleJson(stored.article());
    putIfPresent(out, "story", desk.stories().storyOf(id));
    if (stored.duplicateOf() != null) {
      out.put("duplicateOf", stored.duplicateOf());
    }
    json(ctx, 200, out);
  }

  private void search(Context ctx) {
    String q = ctx.queryParam("q");
    if (q == null || q.isBlank()) {
      throw ApiException.badRequest("give a search with ?q=words");
    }
    if (q.length() > 1_000) {
      throw ApiException.badRequest("the search is longer than 1,000 characters");
    }
    int limit = intParam(ctx, "limit", 20, 1, MAX_SEARCH_RESULTS);
    StoryBook book = desk.stories();
    ObjectNode out = Json.object();
    out.put("query", q);
    ArrayNode articles = out.putArray("articles");
    for (ArticleStore.Hit hit : desk.store().search(ArticleStore.ARTICLE, q, limit)) {
      ObjectNode node = articles.addObject();
      node.put("id", hit.id());
      if (hit.title() != null) {
        node.put("title", hit.title());
      }
      putIfPresent(node, "story", book.storyOf(hit.id()));
      node.put("snippet", Snippets.around(hit.text(), q));
      node.put("score", Math.round(hit.score() * 1000) / 1000.0);
    }
    ArrayNode stories = out.putArray("stories");
    for (ArticleStore.Hit hit : desk.store().search(ArticleStore.STORY, q, limit)) {
      // the index may trail a merge by a moment; show only stories that exist now
      book.story(hit.id()).ifPresent(e -> {
        ObjectNode node = e.json();
        node.put("score", Math.round(hit.score() * 1000) / 1000.0);
        stories.add(node);
      });
    }
    json(ctx, 200, out);
  }

  private void stories(Context ctx) {
    String sortParam = ctx.queryParam("sort");
    StoryBook.Order order;
    if (sortParam == null || sortParam.isBlank() || sortParam.equals("recent")) {
      order = StoryBook.Order.RECENT;
    } else if (sortParam.equals("size")) {
      order = StoryBook.Order.SIZE;
    } else {
      throw ApiException.badRequest("sort must be recent or size, not '" + sortParam + "'");
    }
    int page = intParam(ctx, "page", 1, 1, 1_000_000);
    int size = intParam(ctx, "size", 20, 1, 100);
    StoryBook book = desk.stories();
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("stories");
    for (StoryBook.Entry e : book.page(order, page, size)) {
      list.add(e.json());
    }
    out.put("page", page);
    out.put("size", size);
    out.put("total", book.size());
    out.put("sort", order.name().toLowerCase(Locale.ROOT));
    json(ctx, 200, out);
  }

  /** One story: its articles, its summary (cached per version), sources and facts. */
  private void story(Context ctx) {
    String id = ctx.pathParam("id");
    StoryBook.Entry entry = desk.stories().story(id).orElseThrow(() -> ApiException.notFound(
        "no story with id '" + id + "' (stories that merged keep the smaller id; see "
            + "/api/stories)"));
    if (ctx.queryParam("since") != null || ctx.queryParam("seen") != null) {
      storySince(ctx, entry, ctx.queryParam("since"), ctx.queryParam("seen"));
      return;
    }
    ObjectNode summary = work.toCompletion(() -> desk.storySummary(entry));
    ObjectNode out = entry.json();
    ArrayNode sources = out.putArray("sources");
    for (String articleId : entry.articleIds()) {
      desk.article(articleId).ifPresent(stored -> {
        ObjectNode node = articleJson(stored.article());
        node.remove("text");
        putIfPresent(node, "duplicateOf", stored.duplicateOf());
        sources.add(node);
      });
    }
    if (summary.has("unavailable")) {
      // e.g. a story of headlines only: still a story, with nothing to summarize
      out.putNull("summary");
      out.put("note", "no summary: " + summary.get("unavailable").asText());
      out.putArray("entities");
      out.putArray("dates");
      out.putArray("quotes");
    } else {
      out.set("summary", summary);
      out.set("entities", summary.get("entities"));
      out.set("dates", summary.get("dates"));
      out.set("quotes", summary.get("quotes"));
    }
    json(ctx, 200, out);
  }

  /**
   * {@code ?since=ISO} and/or {@code ?seen=ID,ID}: the story as {@link #story} gives it, its
   * summary the update summary of the articles dated since then and not among those the reader
   * has seen (the page remembers them per story), with {@code since}, {@code newArticles},
   * {@code seenArticles}, {@code undatedArticles} and {@code message}; {@code summary} is null
   * when nothing is new. Made per request (not stored), so it stops within the request's time
   * budget.
   */
  private void storySince(Context ctx, StoryBook.Entry entry, String sinceText, String seenIds) {
    Since since;
    try {
      since = sinceText == null ? null : Since.parse(sinceText);
    } catch (PrecisException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    Set<String> seenSet = new HashSet<>();
    if (seenIds != null) {
      if (seenIds.length() > 100_000) {
        throw ApiException.badRequest("seen lists more than 100,000 characters of article ids");
      }
      for (String seenId : seenIds.split(",")) {
        if (!seenId.isBlank()) {
          seenSet.add(seenId.strip());
        }
      }
    }
    List<Article> articles = new ArrayList<>();
    List<Article> seen = new ArrayList<>();
    ObjectNode out = entry.json();
    ArrayNode sources = out.putArray("sources");
    for (String articleId : entry.articleIds()) {
      desk.article(articleId).ifPresent(stored -> {
        (seenSet.contains(articleId) ? seen : articles).add(stored.article());
        ObjectNode node = articleJson(stored.article());
        node.remove("text");
        putIfPresent(node, "duplicateOf", stored.duplicateOf());
        sources.add(node);
      });
    }
    UpdateSummary update = work.stoppable(ctx, () -> new UpdateSummarizer(
        SummaryOptions.defaults().withLanguage(config.language()))
        .summarize(articles, since, seen));
    out.put("since", update.since());
    out.put("newArticles", update.newArticles());
    out.put("seenArticles", update.seenArticles());
    out.put("undatedArticles", update.undatedArticles());
    out.put("message", update.message());
    if (update.nothingNew()) {
      out.putNull("summary");
      out.put("note", update.message());
      out.putArray("entities");
      out.putArray("dates");
      out.putArray("quotes");
    } else {
      ObjectNode summary = SummaryWriter.toJson(update.summary());
      out.set("summary", summary);
      out.set("entities", summary.get("entities"));
      out.set("dates", summary.get("dates"));
      out.set("quotes", summary.get("quotes"));
    }
    json(ctx, 200, out);
  }

  private void listFeeds(Context ctx) {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("feeds");
    for (FeedStatus f : feeds.feeds()) {
      list.add(feedJson(f));
    }
    json(ctx, 200, out);
  }

  /** {@code {"url": "...", "title"?: "..."}}: follows the feed; 201 when new, 200 when known. */
  private void followFeed(Context ctx) {
    JsonNode body = Requests.object(body(ctx));
    JsonNode url = body.get("url");
    if (url == null || !url.isTextual() || url.asText().isBlank()) {
      throw ApiException.badRequest("send {\"url\": \"https://...\"}: the address of an RSS or "
          + "Atom feed");
    }
    JsonNode title = body.get("title");
    if (title != null && !title.isNull() && !title.isTextual()) {
      throw ApiException.badRequest("title must be a string");
    }
    String address = url.asText();
    if (address.length() > 2048) {
      throw ApiException.badRequest("the feed address is longer than 2048 characters");
    }
    boolean known;
    FeedStatus status;
    try {
      known = feeds.follows(address);
      status = feeds.follow(address, title == null || title.isNull() ? null : title.asText());
    } catch (PrecisException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ObjectNode out = Json.object();
    out.put("followed", !known);
    out.set("feed", feedJson(status));
    json(ctx, known ? 200 : 201, out);
  }

  private static ObjectNode feedJson(FeedStatus f) {
    ObjectNode node = Json.object();
    node.put("url", f.url());
    putIfPresent(node, "title", f.title());
    node.put("status", f.status());
    putIfPresent(node, "problem", f.problem());
    putIfPresent(node, "lastFetch", f.lastFetch() == null ? null : f.lastFetch().toString());
    node.put("nextPoll", f.nextPoll().toString());
    node.put("articles", f.articles());
    node.put("polls", f.polls());
    node.put("failures", f.failures());
    return node;
  }

  private void asset(Context ctx, String name) {
    WebAssets.Asset asset = assets.get(name);
    if (asset == null) {
      throw ApiException.notFound("no such file: " + name);
    }
    if (asset.contentType().startsWith("text/html")) {
      // the page runs only its own script and style: nothing from elsewhere, nothing inline
      ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    }
    ctx.status(200).contentType(asset.contentType()).result(asset.bytes());
  }

  // ------------------------------------------------------------------------------ helpers

  static ObjectNode articleJson(Article a) {
    ObjectNode node = Json.object();
    node.put("id", a.id());
    putIfPresent(node, "title", a.title());
    putIfPresent(node, "date", a.date());
    putIfPresent(node, "url", a.url());
    putIfPresent(node, "source", a.source());
    putIfPresent(node, "byline", a.byline());
    node.put("text", a.text());
    return node;
  }

  static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  /**
   * The request body, refused with 413 when it is over the limit. A body somewhat over the limit
   * is read and dropped first, because many clients (java.net.http among them) send the whole
   * body before they read an answer and would see a closed connection instead of the message; a
   * body far over it is refused at once.
   */
  private byte[] body(Context ctx) {
    long limit = config.maxBodyBytes();
    long drainLimit = 4 * limit;
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.req().getInputStream()) {
      if (declared > limit) {
        if (declared <= drainLimit) {
          in.skipNBytes(declared);
        }
        throw tooLarge(declared, limit);
      }
      byte[] bytes = readTimed(in, (int) limit + 1);
      if (bytes.length > limit) {
        in.skip(drainLimit);
        throw tooLarge(-1, limit);
      }
      return bytes;
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
  }

  /**
   * Reads up to {@code max} bytes, refusing a body that trickles in (408): one that takes longer
   * than {@link ConnectionLimits#BODY_READ}, or arrives slower than {@link
   * ConnectionLimits#MIN_BYTES_PER_SECOND} once {@link ConnectionLimits#GRACE} has passed. A read
   * that gets nothing at all ends with the connection's idle timeout.
   */
  private static byte[] readTimed(InputStream in, int max) throws IOException {
    long start = System.nanoTime();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    while (out.size() < max) {
      int n = in.read(chunk, 0, Math.min(chunk.length, max - out.size()));
      if (n < 0) {
        break;
      }
      out.write(chunk, 0, n);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (seconds > ConnectionLimits.BODY_READ.toSeconds()
          || seconds > ConnectionLimits.GRACE.toSeconds()
              && out.size() / seconds < ConnectionLimits.MIN_BYTES_PER_SECOND) {
        throw new ApiException(408, String.format(Locale.ROOT, "the request body arrived too "
            + "slowly (%,d bytes in %.0f s); send it at once", out.size(), seconds));
      }
    }
    return out.toByteArray();
  }

  private static ApiException tooLarge(long size, long limit) {
    return new ApiException(413, "the request body is larger than the limit of "
        + mb(limit) + (size > 0 ? " (it is " + mb(size) + ")" : "")
        + "; send fewer articles per request, or start the server with a larger --max-body-mb");
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " should be a whole number, not '" + raw + "'");
    }
    if (value < min || value > max) {
      throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", not "
          + value);
    }
    return value;
  }

  static void json(Context ctx, int status, Object node) {
    ctx.status(status).contentType("application/json; charset=utf-8")
        .result(node instanceof ObjectNode o ? Json.write(o) : String.valueOf(node));
  }

  private static void error(Context ctx, int status, String message) {
    ObjectNode out = Json.object();
    out.put("status", status);
    out.put("error", reason(status));
    out.put("message", message);
    json(ctx, status, out);
  }

  private static String httpMessage(HttpResponseException e) {
    if (e.getStatus() == 413) {
      return "the request body is too large; send fewer articles per request";
    }
    if (e.getStatus() == 405) {
      return "this endpoint does not take that method (the API is described at /api/openapi.json)";
    }
    return e.getMessage() == null ? reason(e.getStatus()) : e.getMessage();
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 409 -> "Conflict";
      case 408 -> "Request Timeout";
      case 413 -> "Content Too Large";
      case 415 -> "Unsupported Media Type";
      case 421 -> "Misdirected Request";
      case 422 -> "Unprocessable Content";
      case 499 -> "Client Closed Request";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      case 507 -> "Insufficient Storage";
      default -> "HTTP " + status;
    };
  }
}
