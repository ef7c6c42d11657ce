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

/**
 * The embedded store: one Lucene index in the data directory holding articles, stories and cached
 * story summaries, each a document with a {@code type} and a unique {@code key}.
 *
 * <p>Readers see committed data only (the searchers open commits, not the writer), so whatever a
 * reader sees has been fsynced and survives a crash. Writes are not thread-safe: the caller
 * serializes them and calls {@link #commit()} before acknowledging anything.
 */
final class ArticleStore implements Closeable {
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
        .setCommitOnClose(false);
    return new IndexWriter(directory, config);
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
    writable().addDocument(doc);
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
    writable().updateDocument(new Term("key", key(STORY, id)), doc);
  }

  void deleteStory(String id) throws IOException {
    writable().deleteDocuments(new Term("key", key(STORY, id)));
  }

  void putSummary(String cacheKey, String json) throws IOException {
    Document doc = new Document();
    doc.add(new StringField("type", SUMMARY, Field.Store.NO));
    doc.add(new StringField("key", key(SUMMARY, cacheKey), Field.Store.NO));
    doc.add(new StoredField("json", json));
    writable().updateDocument(new Term("key", key(SUMMARY, cacheKey)), doc);
  }

  /** Makes every write so far durable (fsync) and visible to readers. */
  void commit() throws IOException {
    writable().commit();
    searchers.maybeRefreshBlocking();
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
