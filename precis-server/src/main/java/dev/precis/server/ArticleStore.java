package dev.precis.server;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded store: one Lucene index in the data directory holding articles, stories and cached
 * story summaries, each a document with a {@code type} and a unique {@code key}.
 *
 * <p>Readers see committed data only (the searchers open commits, not the writer), so whatever a
 * reader sees has been fsynced and survives a crash. Writes are not thread-safe: the caller
 * serializes them and calls {@link #commit()} before acknowledging anything.
 */
final class ArticleStore implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleStore.class);
  static final String ARTICLE = "article";
  static final String STORY = "story";
  static final String SUMMARY = "summary";

  /** Written once into a new data directory, so we never mistake a foreign directory for ours. */
  private static final String MARKER = "precis-store.txt";

  private final Path dir;
  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final SearcherManager searchers;
  private IndexWriter writer;
  private String writerFailure;
  private long nextSeq;
  /** The last write failed for want of space; {@link #spaceWhenFull} bytes were free then. */
  private volatile boolean full;
  private volatile long spaceWhenFull;
  private volatile long lastFullFailure;
  /** While the disk is full, a write is tried at most this often unless space was freed. */
  static final java.time.Duration RETRY_FULL = java.time.Duration.ofSeconds(1);

  private ArticleStore(Path dir, Directory directory) throws IOException {
    this.dir = dir;
    this.directory = directory;
    this.writer = newWriter();
    // A first commit makes a new index readable; on an existing one it records nothing new.
    writer.commit();
    this.searchers = new SearcherManager(directory, null);
    this.nextSeq = lastSeq() + 1;
  }

  /** Opens or creates the store in {@code dir}; every problem is a message naming the directory. */
  static ArticleStore open(Path dir) {
    return open(dir, d -> d);
  }

  /** For tests: {@code wrap} may put a failing layer around the Lucene directory. */
  static ArticleStore open(Path dir, UnaryOperator<Directory> wrap) {
    prepare(dir);
    Directory directory = null;
    try {
      directory = wrap.apply(FSDirectory.open(dir));
      return new ArticleStore(dir, directory);
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new PrecisException("the data directory " + dir
          + " is in use by another Précis server (its write lock is held)", e);
    } catch (IndexFormatTooOldException | IndexFormatTooNewException | CorruptIndexException e) {
      closeQuietly(directory);
      throw new PrecisException("the data directory " + dir
          + " holds an index this version cannot read: " + e.getMessage(), e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new PrecisException("cannot open the store in " + dir + ": " + describe(e), e);
    }
  }

  /** Creates the directory and checks that it is ours (or empty) and writable, before Lucene. */
  private static void prepare(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new PrecisException("the data directory " + dir + " is a file, not a directory");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new PrecisException("cannot create the data directory " + dir + ": " + describe(e), e);
    }
    Path marker = dir.resolve(MARKER);
    try {
      if (!Files.exists(marker)) {
        try (Stream<Path> entries = Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new PrecisException("the data directory " + dir
                + " is not empty and holds no Précis store; give a new or empty directory");
          }
        }
      }
      // Proves we can write here (root ignores permission bits, a read-only mount does not).
      Files.writeString(marker, "Précis article store (Lucene index). Do not edit.\n");
    } catch (AccessDeniedException e) {
      throw new PrecisException("the data directory " + dir + " is not writable", e);
    } catch (IOException e) {
      throw new PrecisException("cannot write in the data directory " + dir + ": " + describe(e),
          e);
    }
  }

  private IndexWriter newWriter() throws IOException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false)
        .setMergeScheduler(new QuietMergeScheduler());
    return new IndexWriter(directory, config);
  }

  /**
   * Merges in the background as usual, but a merge that fails (a full disk) does not print its
   * stack trace from the merge thread: the writer keeps the failure as its tragic exception, the
   * next write reports it ({@link #failure}), and the store logs one line for it.
   */
  private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {
      // reported through the writer's tragic exception on the next write
    }
  }

  Path dir() {
    return dir;
  }

  // ---------------------------------------------------------------- writes (caller serializes)

  /** The sequence number the next article gets. */
  long nextSeq() {
    return nextSeq;
  }

  void addArticle(StoredArticle stored) throws IOException {
    Article a = stored.article();
    Document doc = new Document();
    doc.add(new StringField("type", ARTICLE, Field.Store.NO));
    doc.add(new StringField("key", key(ARTICLE, a.id()), Field.Store.NO));
    doc.add(new StoredField("id", a.id()));
    doc.add(new NumericDocValuesField("seq", stored.seq()));
    doc.add(new StoredField("seq", stored.seq()));
    if (a.title() != null) {
      doc.add(new TextField("title", a.title(), Field.Store.YES));
    }
    doc.add(new TextField("text", a.text(), Field.Store.YES));
    storeIfPresent(doc, "date", a.date());
    storeIfPresent(doc, "url", a.url());
    storeIfPresent(doc, "source", a.source());
    storeIfPresent(doc, "byline", a.byline());
    storeIfPresent(doc, "duplicateOf", stored.duplicateOf());
    write(w -> w.addDocument(doc));
    nextSeq = Math.max(nextSeq, stored.seq() + 1);
  }

  /** Adds or replaces a story: its JSON as the API shows it, and the text search looks in. */
  void putStory(String id, String title, String json, String searchText) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("type", STORY, Field.Store.NO));
    doc.add(new StringField("key", key(STORY, id), Field.Store.NO));
    doc.add(new StoredField("id", id));
    doc.add(new TextField("title", title == null ? "" : title, Field.Store.YES));
    doc.add(new TextField("text", searchText, Field.Store.NO));
    doc.add(new StoredField("json", json));
    write(w -> w.updateDocument(new Term("key", key(STORY, id)), doc));
  }

  void deleteStory(String id) throws IOException {
    write(w -> w.deleteDocuments(new Term("key", key(STORY, id))));
  }

  void putSummary(String cacheKey, String json) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("type", SUMMARY, Field.Store.NO));
    doc.add(new StringField("key", key(SUMMARY, cacheKey), Field.Store.NO));
    doc.add(new StoredField("json", json));
    write(w -> w.updateDocument(new Term("key", key(SUMMARY, cacheKey)), doc));
  }

  /** Makes every write so far durable (fsync) and visible to readers. */
  void commit() throws IOException {
    write(IndexWriter::commit);
    searchers.maybeRefreshBlocking();
    if (full) {
      full = false;
      LOG.info("the data directory {} has space again; writes resume", dir);
    }
  }

  private interface WriterAction {
    void apply(IndexWriter writer) throws IOException;
  }

  /** Runs one writer call; every failure comes out as an I/O error that says what happened. */
  private void write(WriterAction action) throws IOException {
    try {
      action.apply(writable());
    } catch (IOException e) {
      throw noted(explained(e, e));
    } catch (IllegalStateException e) {
      // AlreadyClosedException, or "this writer hit an unrecoverable error" after a failed merge:
      // the writer's tragic exception says why
      Throwable tragic = writer == null ? null : writer.getTragicException();
      throw noted(explained(tragic != null ? tragic : e, e));
    }
  }

  /**
   * The failure as an I/O error whose message names a full disk when one is behind it, however
   * deep: Lucene often reports the file it could not clean up afterwards, with the full disk as
   * a suppressed exception.
   */
  private static IOException explained(Throwable failure, Throwable thrown) {
    Throwable full = findDiskFull(failure, 0);
    if (full != null) {
      return new IOException(full instanceof IOException io ? describe(io) : full.getMessage(),
          thrown);
    }
    return thrown instanceof IOException io ? io
        : new IOException(String.valueOf(thrown.getMessage()), thrown);
  }

  private static Throwable findDiskFull(Throwable t, int depth) {
    if (t == null || depth > 8) {
      return null;
    }
    String message = t instanceof IOException io ? describe(io) : String.valueOf(t.getMessage());
    if (message.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
      return t;
    }
    for (Throwable suppressed : t.getSuppressed()) {
      Throwable found = findDiskFull(suppressed, depth + 1);
      if (found != null) {
        return found;
      }
    }
    return t.getCause() == t ? null : findDiskFull(t.getCause(), depth + 1);
  }

  /** Records a full disk (one log line when it starts); returns the error to throw. */
  private IOException noted(IOException e) {
    if (isDiskFull(e)) {
      lastFullFailure = System.nanoTime();
    }
    if (isDiskFull(e) && !full) {
      full = true;
      spaceWhenFull = usableSpace();
      LOG.warn("the data directory {} is full ({}); writes are refused with 507 until space is "
          + "freed", dir, describe(e));
    }
    return e;
  }

  static boolean isDiskFull(IOException e) {
    return describe(e).toLowerCase(java.util.Locale.ROOT).contains("no space left");
  }

  /**
   * Whether a write of about {@code bytes} is sure to fail: the disk was full at the last write,
   * has not gained that much space since, and the last try was less than {@link #RETRY_FULL} ago
   * (space the file system does not report, a quota, is found by trying). Such a write is refused
   * at once, without rolling back and rebuilding the stories for nothing.
   */
  boolean stillFull(long bytes) {
    return full && System.nanoTime() - lastFullFailure < RETRY_FULL.toNanos()
        && usableSpace() < spaceWhenFull + Math.max(bytes, 1L << 20);
  }

  private long usableSpace() {
    try {
      return Files.getFileStore(dir).getUsableSpace();
    } catch (IOException e) {
      return Long.MAX_VALUE; // unknown: let the write try
    }
  }

  /**
   * Throws away every write since the last commit, after a failed write or commit, and opens a
   * new writer. When even that fails the store stays readable and refuses writes with the reason.
   */
  void rollback() {
    long committedSeq;
    try {
      if (writer != null) {
        writer.rollback();
      }
    } catch (IOException | RuntimeException e) {
      // rollback closes the writer whatever happens; the new one below reopens the last commit
    }
    writer = null;
    try {
      writer = newWriter();
      writerFailure = null;
      committedSeq = lastSeq();
      nextSeq = committedSeq + 1;
    } catch (IOException e) {
      writerFailure = describe(e);
    }
  }

  /** The writer; after a failure that left none, tries again to open one (space may be free). */
  private IndexWriter writable() throws IOException {
    if (writer == null) {
      try {
        writer = newWriter();
        writerFailure = null;
        nextSeq = lastSeq() + 1;
      } catch (IOException e) {
        throw new IOException("the store cannot write (" + describe(e) + "; earlier: "
            + writerFailure + ")", e);
      }
    }
    return writer;
  }

  // ---------------------------------------------------------------------------------- reads

  Optional<StoredArticle> article(String id) {
    return withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(new Term("key", key(ARTICLE, id))), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(toArticle(s.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  Optional<String> storyJson(String id) {
    return stored(STORY, id);
  }

  Optional<String> summary(String cacheKey) {
    return stored(SUMMARY, cacheKey);
  }

  private Optional<String> stored(String type, String id) {
    return withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(new Term("key", key(type, id))), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      return Optional.of(s.storedFields().document(top.scoreDocs[0].doc).get("json"));
    });
  }

  /** Every committed article in ingest order: how the story state is rebuilt on start. */
  void forEachArticle(Consumer<StoredArticle> action) {
    withSearcher(s -> {
      Query all = new TermQuery(new Term("type", ARTICLE));
      int count = s.count(all);
      if (count == 0) {
        return null;
      }
      TopDocs top = s.search(all, count, new Sort(new SortField("seq", SortField.Type.LONG)));
      StoredFields fields = s.storedFields();
      for (ScoreDoc d : top.scoreDocs) {
        action.accept(toArticle(fields.document(d.doc)));
      }
      return null;
    });
  }

  /** The ids of every stored story. */
  List<String> storyIds() {
    return withSearcher(s -> {
      Query all = new TermQuery(new Term("type", STORY));
      int count = s.count(all);
      List<String> ids = new ArrayList<>(count);
      if (count > 0) {
        StoredFields fields = s.storedFields();
        for (ScoreDoc d : s.search(all, count).scoreDocs) {
          ids.add(fields.document(d.doc).get("id"));
        }
      }
      return ids;
    });
  }

  int articleCount() {
    return withSearcher(s -> s.count(new TermQuery(new Term("type", ARTICLE))));
  }

  /** A search hit: the document's id, title and (articles only) text, best first. */
  record Hit(String id, String title, String text, float score) {}

  /**
   * Full-text search of one type of document, title weighted twice the body. The query uses
   * Lucene's simple syntax (quotes for phrases, {@code -} to exclude, {@code *} for prefixes),
   * which never fails to parse whatever a user types.
   */
  List<Hit> search(String type, String query, int limit) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of("title", 2f, "text", 1f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query parsed = parser.parse(query);
    if (parsed == null) {
      return List.of(); // only stop words
    }
    Query q = new BooleanQuery.Builder()
        .add(parsed, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term("type", type)), BooleanClause.Occur.FILTER)
        .build();
    return withSearcher(s -> {
      List<Hit> hits = new ArrayList<>();
      StoredFields fields = s.storedFields();
      for (ScoreDoc d : s.search(q, limit).scoreDocs) {
        Document doc = fields.document(d.doc);
        hits.add(new Hit(doc.get("id"), doc.get("title"), doc.get("text"), d.score));
      }
      return hits;
    });
  }

  private long lastSeq() throws IOException {
    IndexSearcher s = new IndexSearcher(org.apache.lucene.index.DirectoryReader.open(directory));
    try {
      Query all = new TermQuery(new Term("type", ARTICLE));
      TopDocs top = s.search(all, 1, new Sort(new SortField("seq", SortField.Type.LONG, true)));
      if (top.scoreDocs.length == 0) {
        return -1;
      }
      return s.storedFields().document(top.scoreDocs[0].doc).getField("seq").numericValue()
          .longValue();
    } finally {
      s.getIndexReader().close();
    }
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherFunction<T> f) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return f.apply(s);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the store in " + dir + ": " + describe(e), e);
    }
  }

  private static StoredArticle toArticle(Document doc) {
    Article a = new Article(doc.get("id"), doc.get("title"), doc.get("date"), doc.get("url"),
        doc.get("source"), doc.get("byline"), doc.get("text"));
    long seq = doc.getField("seq").numericValue().longValue();
    return new StoredArticle(a, seq, doc.get("duplicateOf"));
  }

  private static String key(String type, String id) {
    return type + ":" + id;
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  /** The message of an I/O error, with the file system's reason when it gives one. */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void closeQuietly(Closeable c) {
    try {
      if (c != null) {
        c.close();
      }
    } catch (IOException ignored) {
      // already failing; the first error is the one to report
    }
  }

  @Override
  public void close() throws IOException {
    try {
      if (writer != null) {
        writer.rollback(); // everything acknowledged is committed already
      }
    } finally {
      writer = null;
      searchers.close();
      directory.close();
    }
  }
}
