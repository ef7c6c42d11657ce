package dev.precis.read;

import dev.precis.PrecisException;
import dev.precis.WorkCancelledException;
import dev.precis.fetch.FetchException;
import dev.precis.fetch.Fetched;
import dev.precis.fetch.PageFetcher;
import dev.precis.fetch.Validators;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import dev.precis.text.WordCount;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads articles from files, directories, standard input or bytes handed over by a service.
 *
 * <p>Formats: plain text ({@code .txt} or no known extension), HTML ({@code .html}, {@code .htm}),
 * JSON ({@code .json}), JSON lines ({@code .jsonl}), RSS and Atom feeds ({@code .rss}, {@code
 * .atom}, {@code .xml}: one article per entry) and OPML lists of feeds ({@code .opml}); standard
 * input is sniffed. With a {@link PageFetcher} ({@link #withFetcher}), http(s) addresses are read
 * too, and entries that carry only a teaser can get the full text of the page they link. Every
 * problem with the input is a {@link PrecisException} whose message names the file.
 *
 * <p>Immutable and thread-safe; configure with the {@code with...} methods:
 *
 * <pre>{@code
 * ArticleReader reader = ArticleReader.defaults().withMaxBytesPerFile(2 * 1024 * 1024);
 * ReadResult result = reader.read(List.of("news/", "-"), System.in);
 * result.warnings().forEach(System.err::println);
 * List<Article> articles = result.articles();
 * }</pre>
 */
public final class ArticleReader {
  public static final long DEFAULT_MAX_BYTES_PER_FILE = 10L * 1024 * 1024;

  /** The command-line name for standard input. */
  public static final String STDIN = "-";

  static final String STDIN_NAME = "standard input";
  static final String STDIN_ID = "stdin";

  /** Java arrays cannot be much larger, and we read a file into one. */
  private static final long MAX_LIMIT = Integer.MAX_VALUE - 16;

  private final long maxBytesPerFile;
  private final Charset fallbackCharset;
  private final TextDecoder decoder;
  private final PageFetcher fetcher;
  private final boolean fullText;

  private ArticleReader(long maxBytesPerFile, Charset fallbackCharset, PageFetcher fetcher,
      boolean fullText) {
    this.maxBytesPerFile = maxBytesPerFile;
    this.fallbackCharset = fallbackCharset;
    this.decoder = new TextDecoder(fallbackCharset);
    this.fetcher = fetcher;
    this.fullText = fullText;
  }

  /**
   * 10 MB per file; bytes that are not UTF-8 read as windows-1250 or -1252, whichever fits; no
   * fetching (addresses are refused).
   */
  public static ArticleReader defaults() {
    return new ArticleReader(DEFAULT_MAX_BYTES_PER_FILE, null, null, false);
  }

  /**
   * A reader that fetches http(s) inputs and the feeds an OPML file lists with {@code fetcher};
   * with {@code fullText}, a feed entry that carries only a teaser is replaced by the article of
   * the page it links (the teaser stays, with a warning saying why, when that fails). Null turns
   * fetching off.
   */
  public ArticleReader withFetcher(PageFetcher newFetcher, boolean newFullText) {
    return new ArticleReader(maxBytesPerFile, fallbackCharset, newFetcher,
        newFetcher != null && newFullText);
  }

  /** A reader that refuses files larger than {@code bytes}. */
  public ArticleReader withMaxBytesPerFile(long bytes) {
    if (bytes < 1 || bytes > MAX_LIMIT) {
      throw new PrecisException(
          "the size limit per file must be between 1 byte and " + ByteSizes.size(MAX_LIMIT)
              + ", not " + bytes);
    }
    return new ArticleReader(bytes, fallbackCharset, fetcher, fullText);
  }

  /**
   * A reader that decodes bytes which are not valid UTF-8 with {@code charset}; null restores the
   * default choice between windows-1250 and windows-1252.
   */
  public ArticleReader withFallbackCharset(Charset charset) {
    return new ArticleReader(maxBytesPerFile, charset, fetcher, fullText);
  }

  public long maxBytesPerFile() {
    return maxBytesPerFile;
  }

  /** The configured fallback charset; empty when it is chosen from the bytes. */
  public Optional<Charset> fallbackCharset() {
    return Optional.ofNullable(fallbackCharset);
  }

  /**
   * One line of a JSON-lines file of articles, as {@link #read} reads each line of such a file
   * (an article without an id gets {@code STEM-LINE}, STEM the file name without its extension):
   * for readers that go through a large file line by line on several machines.
   *
   * @param name the file's name, for ids and messages
   * @param line the line's number, from 1
   * @return the article, or null for a blank line
   * @throws PrecisException naming the file and line when the line is not an article
   */
  public static Article parseJsonLine(String text, String name, int line) {
    String stem = InputFormat.stem(name);
    return JsonArticles.parseLine(text, name, stem.isBlank() ? "input" : stem, line);
  }

  /** Like {@link #read(List, InputStream)} with {@link System#in} as standard input. */
  public ReadResult read(List<String> paths) {
    return read(paths, System.in);
  }

  /**
   * Reads every path in order: {@code "-"} is {@code stdin} (at most once), a directory is every
   * {@code .txt}, {@code .html}, {@code .htm}, {@code .json} and {@code .jsonl} file below it in
   * name order, anything else is a file. Duplicate ids are renamed and reported in the warnings.
   */
  public ReadResult read(List<String> paths, InputStream stdin) {
    return read(paths, List.of(), stdin);
  }

  /**
   * Reads {@code paths} as {@link #read(List, InputStream)} does, then each of {@code
   * articleFiles} as JSON lines whatever its name (a feed is often saved as {@code .txt} or
   * {@code .ndjson}), or as one JSON array when it starts with {@code [}; {@code "-"} among them is
   * {@code stdin}. Duplicate ids are renamed across all of them and reported in the warnings.
   */
  public ReadResult read(List<String> paths, List<String> articleFiles, InputStream stdin) {
    Objects.requireNonNull(stdin, "stdin");
    if (paths.isEmpty() && articleFiles.isEmpty()) {
      throw new PrecisException("no input given");
    }
    Run run = new Run();
    for (String path : paths) {
      if (path.equals(STDIN)) {
        byte[] bytes = run.stdin(this, stdin);
        parse(run, STDIN_NAME, STDIN_ID, bytes, InputFormat.detect(bytes), null);
      } else if (PageFetcher.looksLikeUrl(path)) {
        readUrl(run, path);
      } else {
        for (InputFiles.Found file : InputFiles.expand(path, run.warnings)) {
          byte[] bytes = readFile(file.path(), file.name());
          InputFormat format = InputFormat.forFileName(file.name()).orElse(InputFormat.TEXT);
          parse(run, file.name(), InputFormat.stem(file.name()), bytes, format,
              file.path().toAbsolutePath().getParent());
        }
      }
    }
    for (String file : articleFiles) {
      String name = file.equals(STDIN) ? STDIN_NAME : file;
      String id = file.equals(STDIN) ? STDIN_ID : InputFormat.stem(file);
      byte[] bytes;
      if (file.equals(STDIN)) {
        bytes = run.stdin(this, stdin);
      } else {
        Path path = InputFiles.path(file);
        if (Files.isDirectory(path)) {
          throw new PrecisException(file + " is a directory, not a file of JSON lines");
        }
        if (!Files.exists(path)) {
          throw new PrecisException(file + " does not exist");
        }
        InputFiles.requireRegularFile(path, file);
        bytes = readFile(path, file);
      }
      parse(run, name, id, bytes,
          InputFormat.isJsonArray(bytes) ? InputFormat.JSON : InputFormat.JSONL, null);
    }
    return run.finish();
  }

  /**
   * Reads content that arrived without a file, e.g. an upload: the format comes from {@code
   * name}'s extension (text when it has none), ids from its stem.
   */
  public ReadResult readBytes(String name, byte[] bytes) {
    return readBytes(name, bytes, InputFormat.forFileName(name).orElse(InputFormat.TEXT));
  }

  /**
   * Reads content in a known format; use {@link InputFormat#detect(byte[])} when the format is
   * unknown. {@code name} is used in messages and, without its extension, as the article id.
   */
  public ReadResult readBytes(String name, byte[] bytes, InputFormat format) {
    Objects.requireNonNull(format, "format");
    String displayName = name.isBlank() ? "input" : name;
    String stem = InputFormat.stem(displayName);
    if (bytes.length > maxBytesPerFile) {
      throw tooLarge(displayName, bytes.length);
    }
    Run run = new Run();
    parse(run, displayName, stem.isBlank() ? "input" : stem, bytes, format, null);
    return run.finish();
  }

  /**
   * Reads one RSS or Atom feed: its entries as articles {@code PREFIX-N}, PREFIX the name's stem
   * (or host and stem for an address), their source the feed's title (or that prefix).
   *
   * @throws PrecisException naming {@code name} when the bytes are not a feed, are too large, or
   *     declare a DOCTYPE (refused: entity expansion and external entities)
   */
  public FeedDocument readFeed(String name, byte[] bytes) {
    if (bytes.length > maxBytesPerFile) {
      throw tooLarge(name, bytes.length);
    }
    if (bytes.length == 0) {
      throw new PrecisException(name + " is empty");
    }
    String prefix = idPrefix(name);
    return FeedArticles.read(bytes, name, prefix, sourceOf(name, prefix));
  }

  /**
   * The feeds an OPML file lists.
   *
   * @throws PrecisException naming {@code name} when it is not OPML, lists nothing, or declares a
   *     DOCTYPE
   */
  public static List<FeedOutline> readOpml(String name, byte[] bytes) {
    if (bytes.length == 0) {
      throw new PrecisException(name + " is empty");
    }
    return FeedArticles.outlines(bytes, name);
  }

  /**
   * The full text of a teaser entry: the page at its URL, fetched with {@code pageFetcher} and
   * read by the HTML extractor, keeping the entry's id, title, date, source and URL. When the
   * page cannot be fetched or holds less text than the teaser, the teaser is returned and {@code
   * warnings} gets why.
   */
  public Article fullText(Article teaser, PageFetcher pageFetcher, List<String> warnings) {
    if (teaser.url() == null) {
      warnings.add(teaser.id() + ": kept the teaser: the entry links no page");
      return teaser;
    }
    try {
      URI uri = PageFetcher.parseUri(teaser.url());
      Fetched page = pageFetcher.get(uri, Validators.NONE);
      if (page.body().length > maxBytesPerFile) {
        throw tooLarge(teaser.url(), page.body().length);
      }
      String declared = HtmlCharset.declared(page.body());
      TextDecoder.Decoded decoded = decoder.decode(page.body(), declared);
      Article extracted = HtmlArticleExtractor.extract(teaser.id(), decoded.text(), teaser.url());
      if (WordCount.of(extracted.text()) <= WordCount.of(teaser.text())) {
        warnings.add(teaser.id() + ": kept the teaser: the page at " + teaser.url()
            + " holds no more text than the feed");
        return teaser;
      }
      return new Article(teaser.id(), teaser.title() != null ? teaser.title() : extracted.title(),
          teaser.date() != null ? teaser.date() : extracted.date(), teaser.url(),
          teaser.source(), teaser.byline() != null ? teaser.byline() : extracted.byline(),
          extracted.text());
    } catch (WorkCancelledException e) {
      throw e;
    } catch (PrecisException e) {
      warnings.add(teaser.id() + ": kept the teaser: " + e.getMessage());
      return teaser;
    }
  }

  /** A URL argument: fetched, its format from the content (a feed, a page, JSON). */
  private void readUrl(Run run, String address) {
    if (fetcher == null) {
      throw new PrecisException(address + " is an address, and this reader does not fetch");
    }
    URI uri = PageFetcher.parseUri(address);
    Fetched fetched = fetcher.get(uri, Validators.NONE);
    byte[] bytes = fetched.body();
    if (bytes.length > maxBytesPerFile) {
      throw tooLarge(address, bytes.length);
    }
    parse(run, address, idPrefix(address), bytes, InputFormat.detect(bytes), null);
  }

  /** Article ids of an input: its stem, with the host in front for an address. */
  private static String idPrefix(String name) {
    String stem = InputFormat.stem(name);
    if (PageFetcher.looksLikeUrl(name)) {
      try {
        String host = URI.create(name.strip()).getHost();
        if (host != null) {
          return stem.isBlank() || stem.equals(host) ? host : host + "-" + stem;
        }
      } catch (IllegalArgumentException e) {
        // fall through to the stem
      }
    }
    return stem.isBlank() ? "feed" : stem;
  }

  /** The source of a feed without a title: its host, or its file's stem. */
  private static String sourceOf(String name, String prefix) {
    if (PageFetcher.looksLikeUrl(name)) {
      try {
        String host = URI.create(name.strip()).getHost();
        if (host != null) {
          return host;
        }
      } catch (IllegalArgumentException e) {
        // the prefix will do
      }
    }
    return prefix;
  }

  private void parse(Run run, String name, String id, byte[] bytes, InputFormat format,
      java.nio.file.Path dir) {
    WorkCancelledException.throwIfInterrupted();
    if (bytes.length == 0) {
      throw new PrecisException(name + " is empty");
    }
    String binary = BinarySniffer.reasonIfBinary(bytes);
    if (binary != null) {
      throw new PrecisException(name + " looks binary (" + binary + "), not an article");
    }
    if (format == InputFormat.FEED) {
      readFeedInto(run, name, bytes);
      return;
    }
    if (format == InputFormat.OPML) {
      readOpmlInto(run, name, bytes, dir);
      return;
    }
    String declared = format == InputFormat.HTML ? HtmlCharset.declared(bytes) : null;
    TextDecoder.Decoded decoded = decoder.decode(bytes, declared);
    if (decoded.warning() != null) {
      run.warnings.add(name + " " + decoded.warning());
    }
    String text = decoded.text();
    if (text.isBlank()) {
      throw new PrecisException(name + " contains only white space");
    }
    JsonArticles.Parsed parsed =
        switch (format) {
          case TEXT -> new JsonArticles.Parsed(List.of(plainText(name, id, text)), 0);
          case HTML -> new JsonArticles.Parsed(
              List.of(HtmlArticleExtractor.extract(id, text, name)), 0);
          case JSON -> JsonArticles.readJson(text, name, id);
          case JSONL -> JsonArticles.readJsonLines(text, name, id);
          case FEED, OPML -> throw new IllegalStateException("read above");
        };
    List<Article> articles = parsed.articles();
    if (parsed.withoutId() > 0) {
      run.warnings.add(name + ": " + parsed.withoutId() + (parsed.withoutId() == 1
          ? " article has no id and was named " : " articles have no id and were named ")
          + id + (format == InputFormat.JSONL ? "-LINE (its line number)"
              : articles.size() == 1 ? "" : "-N (its position)"));
    }
    String undated = unreadableDates(articles);
    if (undated != null) {
      run.warnings.add(name + ": " + undated);
    }
    run.add(new ReadResult.Input(name, format, decoded.charset(), articles.size()), articles);
  }

  private void readFeedInto(Run run, String name, byte[] bytes) {
    FeedDocument feed = readFeed(name, bytes);
    run.warnings.addAll(feed.warnings());
    List<Article> articles = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (FeedDocument.Entry entry : feed.entries()) {
      articles.add(fullText && entry.teaser()
          ? fullText(entry.article(), fetcher, kept) : entry.article());
    }
    kept.forEach(w -> run.warnings.add(name + ": " + w));
    String undated = unreadableDates(articles);
    if (undated != null) {
      run.warnings.add(name + ": " + undated);
    }
    run.add(new ReadResult.Input(name, InputFormat.FEED, null, articles.size()), articles);
  }

  /**
   * The feeds of an OPML file, each read as a feed: addresses are fetched (when this reader
   * fetches), other entries are paths relative to the OPML file. A feed that cannot be read is
   * skipped with a warning saying why; the file fails only when none can be.
   */
  private void readOpmlInto(Run run, String name, byte[] bytes, java.nio.file.Path dir) {
    List<FeedOutline> outlines = readOpml(name, bytes);
    int read = 0;
    String lastProblem = null;
    for (FeedOutline outline : outlines) {
      String url = outline.xmlUrl();
      try {
        if (PageFetcher.looksLikeUrl(url)) {
          if (fetcher == null) {
            throw new PrecisException(url + " is an address, and this reader does not fetch");
          }
          Fetched fetched = fetcher.get(PageFetcher.parseUri(url), Validators.NONE);
          readFeedInto(run, url, fetched.body());
        } else {
          if (url.contains(":") && !url.matches("[A-Za-z]:[\\\\/].*")) {
            throw new PrecisException(url + " is neither an http(s) address nor a file path");
          }
          java.nio.file.Path path = dir == null ? InputFiles.path(url) : dir.resolve(url);
          if (!Files.exists(path)) {
            throw new PrecisException(path + " does not exist");
          }
          InputFiles.requireRegularFile(path, path.toString());
          readFeedInto(run, path.toString(), readFile(path, path.toString()));
        }
        read++;
      } catch (WorkCancelledException e) {
        throw e;
      } catch (PrecisException e) {
        lastProblem = e.getMessage();
        run.warnings.add(name + ": skipped a feed: " + e.getMessage());
      }
    }
    if (read == 0) {
      throw new PrecisException(name + ": none of its " + outlines.size()
          + (outlines.size() == 1 ? " feed" : " feeds") + " could be read; the last problem: "
          + lastProblem);
    }
  }

  /**
   * A text file's article. Lines end at any Unicode line break, so a file that is only such
   * breaks (U+0085, U+2028) passes the white-space check above and is refused here.
   */
  private static Article plainText(String name, String id, String text) {
    Article article = PlainTextArticle.parse(id, text);
    if (article.text().isBlank()) {
      throw new PrecisException(name + " contains only white space");
    }
    return article;
  }

  /** Dates to show in the warning about unreadable ones; the rest are counted. */
  private static final int DATES_SHOWN = 3;

  /**
   * A warning about articles whose date cannot be read, or null: such an article is kept and
   * counts as undated, so stories no longer keep it apart in time, which the user should know.
   */
  private static String unreadableDates(List<Article> articles) {
    List<String> shown = new ArrayList<>();
    int count = 0;
    for (Article a : articles) {
      if (a.date() == null || ArticleDates.parse(a.date()).isPresent()) {
        continue;
      }
      if (++count <= DATES_SHOWN) {
        String date = a.date().length() > 40 ? a.date().substring(0, 37) + "..." : a.date();
        shown.add("'" + a.id() + "' \"" + date + "\""
            + ArticleDates.problem(a.date()).map(p -> " (" + p + ")").orElse(""));
      }
    }
    if (count == 0) {
      return null;
    }
    return (count == 1 ? "the date of 1 article cannot be read, so it counts as undated: "
        : "the dates of " + count + " articles cannot be read, so they count as undated: ")
        + String.join(", ", shown) + (count > DATES_SHOWN ? " and " + (count - DATES_SHOWN)
            + " more" : "");
  }

  /** Checks the size before reading, so a huge file is refused without being loaded. */
  private byte[] readFile(Path path, String name) {
    try {
      long size = Files.size(path);
      if (size > maxBytesPerFile) {
        throw tooLarge(name, size);
      }
      // Bounded even so: a file may grow meanwhile.
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) maxBytesPerFile + 1);
        if (bytes.length > maxBytesPerFile) {
          throw new FileTooLargeException(name + " is larger than the limit of "
              + ByteSizes.limit(maxBytesPerFile) + " per file");
        }
        return bytes;
      }
    } catch (AccessDeniedException e) {
      throw new PrecisException("cannot read " + name + ": permission denied", e);
    } catch (NoSuchFileException e) {
      throw new PrecisException(name + " does not exist", e);
    } catch (IOException e) {
      throw new PrecisException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private byte[] readStdin(InputStream stdin) {
    try {
      byte[] bytes = stdin.readNBytes((int) maxBytesPerFile + 1);
      if (bytes.length > maxBytesPerFile) {
        throw new FileTooLargeException(STDIN_NAME + " is larger than the limit of "
            + ByteSizes.limit(maxBytesPerFile) + " per file");
      }
      return bytes;
    } catch (IOException e) {
      throw new PrecisException("cannot read " + STDIN_NAME + ": " + e.getMessage(), e);
    }
  }

  private FileTooLargeException tooLarge(String name, long size) {
    return new FileTooLargeException(name + " is " + ByteSizes.size(size) + "; the limit is "
        + ByteSizes.limit(maxBytesPerFile) + " per file");
  }

  /** What one call has read so far. */
  private static final class Run {
    final List<Article> articles = new ArrayList<>();
    final List<String> origins = new ArrayList<>();
    final List<ReadResult.Input> inputs = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    void add(ReadResult.Input input, List<Article> read) {
      inputs.add(input);
      articles.addAll(read);
      for (int i = 0; i < read.size(); i++) {
        origins.add(input.name());
      }
    }

    private boolean stdinRead;

    /** Standard input's bytes; it can be read once per run. */
    byte[] stdin(ArticleReader reader, InputStream in) {
      if (stdinRead) {
        throw new PrecisException("standard input ('-') is given more than once");
      }
      stdinRead = true;
      return reader.readStdin(in);
    }

    ReadResult finish() {
      return new ReadResult(UniqueIds.apply(articles, origins, warnings), inputs, warnings);
    }
  }
}
