package dev.precis.eval.stream;

import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.read.ArticleReader;
import dev.precis.read.ReadResult;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds labelled news streams at run time from the evaluation data in {@code ../shared} (never
 * copied into the project), or from a user's articles and gold file. The entry point of {@code
 * dev.precis.eval.stream}.
 *
 * <p>Streams are "mixed": the articles of all stories interleaved in an order shuffled with a
 * fixed seed, as a news app would receive them.
 */
public final class Streams {
  /** The seed of the shuffle that mixes the stories' articles. */
  public static final long MIX_SEED = 20_240_601L;
  private static final Pattern DUC_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  private Streams() {}

  private static final String TAC = "tac2011-";

  /** The stream names {@link #named} knows. */
  public static List<String> names() {
    List<String> names = new ArrayList<>(List.of("duc2003", "duc2003-task2", "duc2003-task4",
        "multinews", "uci"));
    for (Language language : Language.values()) {
      names.add(TAC + language.label());
    }
    return names;
  }

  /** A stream by name, from {@code shared} (the directory holding {@code data/}). */
  public static LabeledStream named(String name, Path shared) {
    String key = name.toLowerCase(Locale.ROOT);
    if (key.startsWith(TAC)) {
      Optional<Language> language = Language.find(key.substring(TAC.length()));
      if (language.isPresent()) {
        return tac2011(shared, language.get()); // "tac2011-french" or "tac2011-fr"
      }
    }
    return switch (key) {
      case "duc2003" -> duc2003(shared, false);
      // one task alone, dated from the document ids: the streams the same-story model is
      // trained and validated on
      case "duc2003-task2" -> duc2003(shared, true, List.of("task2"));
      case "duc2003-task4" -> duc2003(shared, true, List.of("task4"));
      case "multinews" -> multiNews(shared);
      case "uci" -> uci(shared);
      default -> throw new PrecisException("unknown stream '" + name + "'; known streams: "
          + String.join(", ", names()));
    };
  }

  /**
   * Every document of the TAC 2011 MultiLing clusters of one language (WikiNews, 10 clusters of
   * 10; Hebrew 7); gold story = the document's cluster. Not used to tune anything: a check of
   * how clustering carries over to other news and other languages. Undated (the date is the
   * first line of the text, and a cluster spans months).
   */
  public static LabeledStream tac2011(Path shared, Language language) {
    Path file = need(shared.resolve("data").resolve("tac2011-multiling")
        .resolve(language.label() + ".jsonl"));
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    int repeated = readDocuments(file, articles, gold);
    List<String> notes = new ArrayList<>();
    notes.add(language.label() + " text");
    if (repeated > 0) {
      notes.add(repeated + " repeated document ids dropped");
    }
    return new LabeledStream(TAC + language.label(), mix(articles), gold, notes, language);
  }

  /**
   * Every document of DUC 2003 tasks 2 and 4; the gold story is the document's cluster. The
   * handful of documents in two clusters are kept once, in the first (task 2's).
   *
   * @param withDates give each document the date in its id (APW19981017.0151 is 1998-10-17).
   *     Off by default: DUC's clusters are topics, and task 4's span years with gaps of up to two
   *     years between documents, so a news time window would split every one of them.
   */
  public static LabeledStream duc2003(Path shared, boolean withDates) {
    return duc2003(shared, withDates, List.of("task2", "task4"));
  }

  /**
   * Every document of the named DUC 2003 tasks ("task2": TDT events of days to weeks, "task4":
   * TREC Novelty topics spanning years); see {@link #duc2003(Path, boolean)}.
   */
  public static LabeledStream duc2003(Path shared, boolean withDates, List<String> tasks) {
    Path dir = shared.resolve("data").resolve("duc2003");
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    int repeated = 0;
    for (String taskName : tasks) {
      String task = taskName + ".jsonl";
      for (Topic topic : DatasetReader.readAll(need(dir.resolve(task)))) {
        for (Article doc : topic.documents()) {
          if (gold.containsKey(doc.id())) {
            repeated++;
            continue;
          }
          Article a = doc;
          if (withDates) {
            Matcher m = DUC_DATE.matcher(doc.id());
            if (m.find()) {
              a = new Article(doc.id(), doc.title(), m.group(1) + "-" + m.group(2) + "-"
                  + m.group(3), doc.url(), doc.source(), doc.byline(), doc.text());
            }
          }
          articles.add(a);
          gold.put(a.id(), topic.id());
        }
      }
    }
    List<String> notes = new ArrayList<>();
    if (repeated > 0) {
      notes.add(repeated + " documents in two clusters kept once, in the first");
    }
    notes.add(withDates ? "dates from document ids" : "no dates (DUC clusters span years)");
    String name = "duc2003" + (tasks.size() == 1 ? "-" + tasks.get(0) : "")
        + (withDates ? "-dated" : "");
    return new LabeledStream(name, mix(articles), gold, notes);
  }

  /** Every document of the Multi-News sample (web text, undated); gold story = its cluster. */
  public static LabeledStream multiNews(Path shared) {
    Path file = need(shared.resolve("data").resolve("multinews").resolve("sample100.jsonl"));
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    int repeated = readDocuments(file, articles, gold);
    List<String> notes = repeated > 0 ? List.of(repeated + " repeated document ids dropped")
        : List.of();
    return new LabeledStream("multinews", mix(articles), gold, notes);
  }

  /**
   * Adds every document of every topic in a dataset file to {@code articles}, its topic to
   * {@code gold}; a document id seen before is skipped.
   *
   * @return how many were skipped
   */
  private static int readDocuments(Path file, List<Article> articles, Map<String, String> gold) {
    int repeated = 0;
    for (Topic topic : DatasetReader.readAll(file)) {
      for (Article doc : topic.documents()) {
        if (gold.putIfAbsent(doc.id(), topic.id()) != null) {
          repeated++;
          continue;
        }
        articles.add(doc);
      }
    }
    return repeated;
  }

  /**
   * UCI News Aggregator headlines (title only, with publisher, URL and the crawl time as date);
   * gold story = the STORY column. Rows cut short (no STORY or TIMESTAMP) are skipped.
   */
  public static LabeledStream uci(Path shared) {
    Path file = need(shared.resolve("data").resolve("uci-news").resolve("head6366.csv"));
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new LinkedHashMap<>();
    int skipped = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      List<String> header = Csv.readRecord(reader);
      if (header == null) {
        throw new PrecisException(file + " is empty");
      }
      int id = column(header, "ID", file);
      int title = column(header, "TITLE", file);
      int url = column(header, "URL", file);
      int publisher = column(header, "PUBLISHER", file);
      int story = column(header, "STORY", file);
      int timestamp = column(header, "TIMESTAMP", file);
      List<String> row;
      while ((row = Csv.readRecord(reader)) != null) {
        if (row.size() < header.size() || row.get(story).isBlank() || row.get(title).isBlank()
            || !row.get(timestamp).matches("\\d{1,15}")) {
          skipped++;
          continue;
        }
        String date = Instant.ofEpochMilli(Long.parseLong(row.get(timestamp)))
            .atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String articleId = "uci-" + row.get(id);
        if (gold.putIfAbsent(articleId, row.get(story)) != null) {
          skipped++;
          continue;
        }
        articles.add(new Article(articleId, row.get(title), date, row.get(url),
            row.get(publisher), null, ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> notes = new ArrayList<>();
    notes.add("headlines only");
    if (skipped > 0) {
      notes.add(skipped + " incomplete or repeated rows skipped");
    }
    return new LabeledStream("uci", mix(articles), gold, notes);
  }

  /**
   * A user's stream: articles (a file is read as JSON lines of {@code {"id", "title", "date",
   * "text"}} whatever its name, or as one JSON array; a directory file by file by extension) and
   * a gold file with one {@code ARTICLE_ID<TAB>STORY} line per article (a comma also separates;
   * blank lines and lines starting with # are ignored).
   */
  public static LabeledStream fromFiles(List<String> articlePaths, Path goldFile) {
    // as dedup, cluster and digest read --articles: a file is JSON lines whatever its name, a
    // directory is read file by file by extension
    List<String> directories = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String path : articlePaths) {
      (Files.isDirectory(Path.of(path)) ? directories : files).add(path);
    }
    ReadResult read = ArticleReader.defaults().read(directories, files, System.in);
    List<Article> articles = read.articles();
    Map<String, String> gold = readGold(goldFile);
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      ids.add(a.id());
      if (!gold.containsKey(a.id())) {
        throw new PrecisException(goldFile.getFileName() + ": no gold story for article '"
            + a.id() + "'");
      }
    }
    for (String id : gold.keySet()) {
      if (!ids.contains(id)) {
        throw new PrecisException(goldFile.getFileName() + ": article '" + id
            + "' is not among the articles");
      }
    }
    // what the reader warned of (renamed ids, unreadable dates) bears on the figures
    return new LabeledStream(String.join(" ", articlePaths), articles, gold, read.warnings());
  }

  /** Reads {@code ARTICLE_ID<TAB>STORY} (or comma-separated) lines. */
  public static Map<String, String> readGold(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new PrecisException("gold file " + file + " does not exist or is not a file");
    }
    Map<String, String> gold = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        int cut = s.indexOf('\t');
        if (cut < 0) {
          cut = s.indexOf(',');
        }
        if (cut <= 0 || cut == s.length() - 1) {
          throw new PrecisException(file.getFileName() + " line " + number
              + ": expected ARTICLE_ID<TAB>STORY, got '" + abbreviate(s) + "'");
        }
        String id = s.substring(0, cut).strip();
        String story = s.substring(cut + 1).strip();
        if (gold.put(id, story) != null) {
          throw new PrecisException(file.getFileName() + " line " + number + ": article '" + id
              + "' has a gold story already");
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new PrecisException("gold file " + file + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (gold.isEmpty()) {
      throw new PrecisException("gold file " + file + " has no ARTICLE_ID<TAB>STORY lines");
    }
    return gold;
  }

  /** The articles in a fixed pseudo-random order. */
  static List<Article> mix(List<Article> articles) {
    List<Article> mixed = new ArrayList<>(articles);
    Collections.shuffle(mixed, new Random(MIX_SEED));
    return mixed;
  }

  private static Path need(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new PrecisException(file + " not found; --shared must name the directory that holds "
          + "data/duc2003, data/multinews, data/uci-news and data/tac2011-multiling");
    }
    return file;
  }

  private static int column(List<String> header, String name, Path file) {
    int index = header.indexOf(name);
    if (index < 0) {
      throw new PrecisException(file.getFileName() + " has no " + name + " column");
    }
    return index;
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
