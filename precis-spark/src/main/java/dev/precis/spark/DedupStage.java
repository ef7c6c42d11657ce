package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.dedup.DedupResult;
import dev.precis.dedup.Deduplicator;
import dev.precis.dedup.DuplicateGroup;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Copies found across the cluster: every article's blocking keys (its exact text's hash, and the
 * MinHash band keys of one article per text, {@link Deduplicator#blockingKeys}), the groups of
 * articles joined by shared keys ({@link ConnectedComponents}), and each group deduplicated by
 * core's {@link Deduplicator} on its own, which gives the groups deduplicating everything on one
 * machine gives.
 *
 * <pre>{@code
 * DedupStage.Result copies = DedupStage.run(articles, true, log);
 * copies.representativeOf();   // (article id, representative id) for every article
 * copies.groups();             // JSON lines: {"representative", "copies", "similarities"}
 * }</pre>
 *
 * @param representativeOf every article's representative (itself when it has no copy)
 * @param groups one JSON line per group of copies
 */
record DedupStage(JavaPairRDD<String, String> representativeOf, JavaRDD<String> groups) {

  static DedupStage run(org.apache.spark.api.java.JavaSparkContext sc,
      JavaPairRDD<Long, Article> articles, boolean dedup, StageLog log) {
    if (!dedup) {
      return new DedupStage(articles.mapToPair(e -> new Tuple2<>(e._2().id(), e._2().id())),
          sc.emptyRDD());
    }
    // copies of one text follow their first (smallest id): only one article per text is analysed
    JavaPairRDD<Long, Tuple2<Long, String>> byText = articles.mapPartitionsToPair(it -> {
      Deduplicator dedupe = Deduplicator.withDefaults();
      List<Tuple2<Long, Tuple2<Long, String>>> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<Long, Article> e = it.next();
        out.add(new Tuple2<>(dedupe.exactKey(e._2()), new Tuple2<>(e._1(), e._2().id())));
      }
      return out.iterator();
    });
    JavaPairRDD<Long, Long> leadOf = byText.groupByKey().flatMapToPair(e -> {
      List<Tuple2<Long, String>> same = new ArrayList<>();
      e._2().forEach(same::add);
      Tuple2<Long, String> lead = same.get(0);
      for (Tuple2<Long, String> t : same) {
        if (t._2().compareTo(lead._2()) < 0) {
          lead = t;
        }
      }
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      for (Tuple2<Long, String> t : same) {
        out.add(new Tuple2<>(t._1(), lead._1()));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Article> leads = articles.join(leadOf)
        .filter(e -> e._1().equals(e._2()._2()))
        .mapToPair(e -> new Tuple2<>(e._1(), e._2()._1()));
    JavaPairRDD<Long, Long> keyed = leads.mapPartitionsToPair(it -> {
      Deduplicator dedupe = Deduplicator.withDefaults();
      List<Tuple2<Long, Long>> out = new ArrayList<>();
      while (it.hasNext()) {
        Tuple2<Long, Article> e = it.next();
        for (long key : dedupe.bandKeys(e._2())) {
          out.add(new Tuple2<>(key, e._1()));
        }
      }
      return out.iterator();
    });
    // each band key joins its texts to the first of them
    JavaPairRDD<Long, Long> edges = keyed.groupByKey().flatMapToPair(e -> {
      long first = Long.MAX_VALUE;
      for (long ordinal : e._2()) {
        first = Math.min(first, ordinal);
      }
      List<Tuple2<Long, Long>> star = new ArrayList<>();
      for (long ordinal : e._2()) {
        if (ordinal != first) {
          star.add(new Tuple2<>(ordinal, first));
        }
      }
      return star.iterator();
    });
    JavaPairRDD<Long, Long> leadGroup = ConnectedComponents.of(leads.keys(), edges, log,
        "copies");
    // every article in the group of its text's first article
    JavaPairRDD<Long, Long> groupOf = leadOf
        .mapToPair(e -> new Tuple2<>(e._2(), e._1()))
        .join(leadGroup)
        .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()));
    JavaPairRDD<Long, DedupResult> results = articles.join(groupOf)
        .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._1(), e._2()._1())))
        .groupByKey()
        .mapToPair(e -> {
          List<Tuple2<Long, Article>> members = new ArrayList<>();
          e._2().forEach(members::add);
          members.sort(Comparator.comparingLong(Tuple2::_1));
          List<Article> list = members.stream().map(Tuple2::_2).toList();
          return new Tuple2<>(e._1(), Deduplicator.withDefaults().deduplicate(list));
        })
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> representativeOf = results.flatMapToPair(e -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      e._2().representativeOf().forEach((id, rep) -> out.add(new Tuple2<>(id, rep)));
      return out.iterator();
    });
    // in input order (groups are keyed by their first article), whatever the partitioning
    JavaRDD<String> groups = results.mapValues(result -> {
      ArrayList<String> lines = new ArrayList<>();
      for (DuplicateGroup g : result.groups()) {
        lines.add(groupJson(g));
      }
      return lines;
    }).filter(e -> !e._2().isEmpty()).sortByKey().flatMap(e -> e._2().iterator());
    return new DedupStage(representativeOf, groups);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String groupJson(DuplicateGroup g) {
    ObjectNode o = JSON.createObjectNode();
    o.put("representative", g.representative());
    var copies = o.putArray("copies");
    var similarities = o.putArray("similarities");
    for (var m : g.members()) {
      if (!m.articleId().equals(g.representative())) {
        copies.add(m.articleId());
        similarities.add(Math.round(m.similarity() * 1e4) / 1e4);
      }
    }
    return o.toString();
  }

  /** Each representative's copies, in input order (by ordinal). */
  static JavaPairRDD<String, List<String>> copiesOf(JavaPairRDD<Long, Article> articles,
      JavaPairRDD<String, String> representativeOf) {
    return articles.mapToPair(e -> new Tuple2<>(e._2().id(), e._1()))
        .join(representativeOf)
        .filter(e -> !e._1().equals(e._2()._2()))
        .mapToPair(e -> new Tuple2<>(e._2()._2(), new Tuple2<>(e._2()._1(), e._1())))
        .groupByKey()
        .mapValues(copies -> {
          List<Tuple2<Long, String>> list = new ArrayList<>();
          copies.forEach(list::add);
          list.sort(Comparator.comparingLong(Tuple2::_1));
          List<String> ids = new ArrayList<>();
          for (Tuple2<Long, String> c : list) {
            ids.add(c._2());
          }
          return ids;
        });
  }
}
