package dev.precis.spark;

import dev.precis.cluster.Story;
import dev.precis.digest.DigestBuilder;
import dev.precis.digest.StoryDigest;
import dev.precis.render.DigestWriter;
import dev.precis.text.Article;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * One digest entry per story, each summarized on its own by core's {@link DigestBuilder}: the
 * story's articles (each representative followed by its copies, in input order) gathered by a
 * join, then the summary and the story's JSON line, as {@code precis digest --format json} writes
 * the story. Stories made only of pages of web notices are left out and their articles counted.
 *
 * <pre>{@code
 * SummaryStage digest = SummaryStage.run(stories, articles, copiesOf, options);
 * digest.lines();            // JSON lines in the digest's order: biggest, latest, then by id
 * }</pre>
 *
 * @param lines the stories as JSON lines, sorted
 * @param failedFetchArticles articles left out as pages of web notices, copies counted
 */
record SummaryStage(JavaRDD<String> lines, long failedFetchArticles) {

  /** The digest's order of stories, for sorting across partitions. */
  record Rank(int size, String lastDate, String id) implements Serializable {}

  /** {@link DigestBuilder#ORDER} on the ranks: biggest first, then the latest, then by id. */
  static final class RankOrder implements Comparator<Rank>, Serializable {
    @Override
    public int compare(Rank a, Rank b) {
      if (a.size() != b.size()) {
        return Integer.compare(b.size(), a.size());
      }
      int byDate = (b.lastDate() == null ? "" : b.lastDate())
          .compareTo(a.lastDate() == null ? "" : a.lastDate());
      return byDate != 0 ? byDate : a.id().compareTo(b.id());
    }
  }

  static SummaryStage run(JavaRDD<StoryStage.StoryOfNodes> stories,
      JavaPairRDD<Long, Article> articles, JavaPairRDD<String, List<String>> copiesOf,
      JobOptions options) {
    // pages of notices: counted with their copies, left out
    long failed = stories.filter(StoryStage.StoryOfNodes::failedFetches)
        .flatMapToPair(s -> s.story().articleIds().stream()
            .map(id -> new Tuple2<>(id, 1)).iterator())
        .leftOuterJoin(copiesOf)
        .map(e -> 1L + (e._2()._2().isPresent() ? e._2()._2().get().size() : 0))
        .fold(0L, Long::sum);
    JavaPairRDD<String, Story> kept = stories.filter(s -> !s.failedFetches())
        .mapToPair(s -> new Tuple2<>(s.story().id(), s.story()));
    // every article of a story: its representatives and their copies
    JavaPairRDD<String, String> storyOfRep = kept.flatMapToPair(e -> e._2().articleIds().stream()
        .map(id -> new Tuple2<>(id, e._1())).iterator());
    JavaPairRDD<String, Tuple2<String, List<String>>> repWithCopies = storyOfRep
        .leftOuterJoin(copiesOf)
        .mapToPair(e -> new Tuple2<>(e._1(), new Tuple2<>(e._2()._1(),
            e._2()._2().orElse(List.of()))));
    JavaPairRDD<String, String> storyOfArticle = repWithCopies.flatMapToPair(e -> {
      List<Tuple2<String, String>> out = new ArrayList<>();
      out.add(new Tuple2<>(e._1(), e._2()._1()));
      for (String copy : e._2()._2()) {
        out.add(new Tuple2<>(copy, e._2()._1()));
      }
      return out.iterator();
    });
    JavaPairRDD<String, Article> byId = articles.mapToPair(e -> new Tuple2<>(e._2().id(), e._2()));
    JavaPairRDD<String, Iterable<Article>> articlesOfStory = storyOfArticle.join(byId)
        .mapToPair(e -> new Tuple2<>(e._2()._1(), e._2()._2()))
        .groupByKey();
    JavaPairRDD<String, Iterable<Tuple2<String, List<String>>>> copiesOfStory = repWithCopies
        .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
        .groupByKey();
    JavaPairRDD<Rank, String> ranked = kept.join(articlesOfStory).join(copiesOfStory)
        .mapPartitionsToPair(it -> {
          DigestBuilder builder = new DigestBuilder(options.summaryOptions(), 1,
              options.clusterOptions(), null, options.dedup());
          List<Tuple2<Rank, String>> out = new ArrayList<>();
          while (it.hasNext()) {
            var e = it.next();
            Story story = e._2()._1()._1();
            Map<String, Article> own = new HashMap<>();
            e._2()._1()._2().forEach(a -> own.put(a.id(), a));
            Map<String, List<String>> copies = new HashMap<>();
            e._2()._2().forEach(c -> {
              if (!c._2().isEmpty()) {
                copies.put(c._1(), c._2());
              }
            });
            StoryDigest digest = builder.storyDigest(story, own, copies);
            out.add(new Tuple2<>(new Rank(story.size(), story.lastDate(), story.id()),
                DigestWriter.line(DigestWriter.storyJson(digest))));
          }
          return out.iterator();
        });
    JavaRDD<String> lines = ranked.sortByKey(new RankOrder(), true).values();
    return new SummaryStage(lines, failed);
  }
}
