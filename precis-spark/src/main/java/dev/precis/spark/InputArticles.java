package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.read.ArticleReader;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The job's input: articles read from JSON lines (the shape {@code precis cluster --articles}
 * reads) or Parquet with the same columns, each with its place in the input, and the lines or
 * rows that could not be used, each with its reason. A bad line never fails the job.
 *
 * <pre>{@code
 * InputArticles input = InputArticles.read(spark, options);
 * input.articles();   // (ordinal, article): ordinal = file number << 32 | line
 * input.rejected();   // JSON lines: {"file", "line" or "id", "reason"}
 * }</pre>
 *
 * <p>Files of a directory are read in name order (hidden ones, starting with "." or "_", left
 * out). An article id seen before (in an earlier file or line) is rejected as a duplicate: the
 * first keeps it.
 *
 * @param articles each article by its ordinal in the input
 * @param rejected one JSON line per unusable line or row
 */
record InputArticles(JavaPairRDD<Long, Article> articles, JavaRDD<String> rejected) {
  /** An article or the reason a line is none. */
  record Parsed(long ordinal, Article article, String rejected) implements Serializable {}

  static InputArticles read(SparkSession spark, JobOptions options) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<String> files = files(spark.sparkContext().hadoopConfiguration(), options.input());
    JavaRDD<Parsed> parsed = options.parquet() ? parquet(spark, files) : jsonLines(sc, files);
    JavaRDD<Parsed> good = parsed.filter(p -> p.article() != null);
    // a repeated id: the first (lowest ordinal) keeps it, the others are rejected
    JavaPairRDD<String, Iterable<Tuple2<Long, Article>>> byId = good
        .mapToPair(p -> new Tuple2<>(p.article().id(), new Tuple2<>(p.ordinal(), p.article())))
        .groupByKey();
    JavaPairRDD<Long, Article> articles = byId.mapToPair(e -> first(e._2()));
    JavaRDD<String> duplicates = byId.flatMap(e -> {
      List<Tuple2<Long, Article>> all = sorted(e._2());
      List<String> lines = new ArrayList<>();
      for (int k = 1; k < all.size(); k++) {
        lines.add(rejection(files, all.get(k)._1(), null, "duplicate article id '" + e._1()
            + "'; first at " + where(files, all.get(0)._1())));
      }
      return lines.iterator();
    });
    JavaRDD<String> bad = parsed.filter(p -> p.article() == null).map(Parsed::rejected);
    return new InputArticles(articles, bad.union(duplicates));
  }

  private static List<Tuple2<Long, Article>> sorted(Iterable<Tuple2<Long, Article>> values) {
    List<Tuple2<Long, Article>> all = new ArrayList<>();
    values.forEach(all::add);
    all.sort(Comparator.comparingLong(Tuple2::_1));
    return all;
  }

  private static Tuple2<Long, Article> first(Iterable<Tuple2<Long, Article>> values) {
    return sorted(values).get(0);
  }

  /** The files of an input path: the file, or a directory's visible files in name order. */
  static List<String> files(Configuration conf, String input) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      if (!fs.exists(path)) {
        throw new PrecisException("--input " + input + " does not exist");
      }
      FileStatus status = fs.getFileStatus(path);
      List<String> files = new ArrayList<>();
      if (status.isDirectory()) {
        FileStatus[] listed = fs.listStatus(path);
        Arrays.sort(listed, Comparator.comparing(f -> f.getPath().getName()));
        for (FileStatus f : listed) {
          String name = f.getPath().getName();
          if (f.isFile() && !name.startsWith(".") && !name.startsWith("_")) {
            files.add(f.getPath().toString());
          }
        }
      } else {
        files.add(status.getPath().toString());
      }
      if (files.isEmpty()) {
        throw new PrecisException("--input " + input + " holds no files to read");
      }
      return files;
    } catch (IOException e) {
      throw new PrecisException("--input " + input + " cannot be listed: " + e.getMessage());
    }
  }

  private static JavaRDD<Parsed> jsonLines(JavaSparkContext sc, List<String> files) {
    JavaRDD<Parsed> all = null;
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      String name = new Path(file).getName();
      long base = (long) f << 32;
      JavaRDD<Parsed> lines = sc.textFile(file).zipWithIndex().map(t -> {
        int line = (int) (t._2() + 1);
        long ordinal = base | line;
        try {
          Article a = ArticleReader.parseJsonLine(t._1(), name, line);
          return a == null ? new Parsed(ordinal, null, null)
              : new Parsed(ordinal, a, null);
        } catch (PrecisException e) {
          return new Parsed(ordinal, null, rejection(file, line, null, e.getMessage()));
        }
      }).filter(p -> p.article() != null || p.rejected() != null);
      all = all == null ? lines : all.union(lines);
    }
    return all;
  }

  private static JavaRDD<Parsed> parquet(SparkSession spark, List<String> files) {
    JavaRDD<Parsed> all = null;
    for (int f = 0; f < files.size(); f++) {
      String file = files.get(f);
      long base = (long) f << 32;
      List<String> columns = Arrays.asList(spark.read().parquet(file).columns());
      JavaRDD<Parsed> rows = spark.read().parquet(file).javaRDD().zipWithIndex().map(t -> {
        Row r = t._1();
        int row = (int) (t._2() + 1);
        String id = text(r, columns, "id");
        String body = text(r, columns, "text");
        if (id == null) {
          return new Parsed(base | row, null, rejection(file, row, null, "row has no id"));
        }
        if (body == null) {
          return new Parsed(base | row, null,
              rejection(file, 0, id, "article has no text (column \"text\" is missing or blank)"));
        }
        return new Parsed(base | row, new Article(id, text(r, columns, "title"),
            text(r, columns, "date"), text(r, columns, "url"), text(r, columns, "source"),
            text(r, columns, "byline"), body), null);
      });
      all = all == null ? rows : all.union(rows);
    }
    return all;
  }

  private static String text(Row row, List<String> columns, String name) {
    int k = columns.indexOf(name);
    if (k < 0 || row.isNullAt(k)) {
      return null;
    }
    String s = String.valueOf(row.get(k)).strip();
    return s.isEmpty() ? null : s;
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A rejected line or row as a JSON line: where (file and line, or id) and why. */
  static String rejection(String file, int line, String id, String reason) {
    ObjectNode o = JSON.createObjectNode();
    o.put("file", file);
    if (line > 0) {
      o.put("line", line);
    }
    if (id != null) {
      o.put("id", id);
    }
    o.put("reason", reason);
    return o.toString();
  }

  private static String rejection(List<String> files, long ordinal, String id, String reason) {
    return rejection(files.get((int) (ordinal >>> 32)), (int) ordinal, id, reason);
  }

  private static String where(List<String> files, long ordinal) {
    return files.get((int) (ordinal >>> 32)) + ":" + (int) ordinal;
  }
}
