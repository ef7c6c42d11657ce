package dev.precis.spark;

import dev.precis.cluster.ArticleContext;
import dev.precis.cluster.ArticleProfile;
import dev.precis.cluster.ArticleVector;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.ClusterStages;
import dev.precis.cluster.Story;
import dev.precis.cluster.TermStatistics;
import dev.precis.text.Article;
import dev.precis.text.TextPipeline;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Stories of the representatives, found by the stages of core's story clustering run as Spark
 * operations ({@link ClusterStages} says what each computes; the whole-set analysis on one
 * machine gives the same stories):
 *
 * <ol>
 *   <li>profiles, per partition;
 *   <li>document frequencies: counted per article, summed, the stream's {@link TermStatistics}
 *       broadcast;
 *   <li>nodes: copies of one text together, numbered in the order of their smallest id;
 *   <li>blocking: each term's answers (the articles it weighs most in), each article's query
 *       terms joined to them, its candidates chosen;
 *   <li>neighbourhoods and contexts, from the candidates and their cosines;
 *   <li>scores of the candidate pairs, and the links that reach the threshold;
 *   <li>components of the links ({@link ConnectedComponents});
 *   <li>each component's stories, by average-link over all its pairs.
 * </ol>
 *
 * @param stories every story of representatives, failed fetches included
 */
record StoryStage(JavaRDD<StoryOfNodes> stories) {

  /**
   * A story and whether every one of its articles is a page of web notices.
   *
   * @param story the story
   * @param failedFetches whether it holds only failed fetches (a digest leaves it out)
   */
  record StoryOfNodes(Story story, boolean failedFetches) implements Serializable {}

  /** A node with its index. */
  record IndexedNode(int index, List<String> members, ArticleProfile profile)
      implements Serializable {}

  static StoryStage run(JavaSparkContext sc, JavaRDD<Article> representatives,
      ClusterOptions options, StageLog log) {
    // 1. profiles
    JavaRDD<ArticleProfile> profiles = representatives.mapPartitions(it -> {
      TextPipeline pipeline = new TextPipeline(options.language(), false, false);
      List<ArticleProfile> out = new ArrayList<>();
      while (it.hasNext()) {
        out.add(ArticleProfile.of(it.next(), pipeline, null));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    long articles = profiles.count();
    log.stage("profiles", articles + " articles profiled");

    // 2. document frequencies, summed; words of one article are left out of the vocabulary
    JavaPairRDD<Tuple2<Integer, String>, Integer> counts = profiles.flatMapToPair(p -> {
      List<Tuple2<Tuple2<Integer, String>, Integer>> out = new ArrayList<>();
      List<Set<String>> words = TermStatistics.countedWords(p);
      for (int v = 0; v < words.size(); v++) {
        for (String w : words.get(v)) {
          out.add(new Tuple2<>(new Tuple2<>(v, w), 1));
        }
      }
      return out.iterator();
    }).reduceByKey(Integer::sum).filter(e -> e._2() >= 2);
    List<Map<String, Integer>> vocabularies = List.of(new HashMap<>(), new HashMap<>(),
        new HashMap<>());
    for (Tuple2<Tuple2<Integer, String>, Integer> e : counts.collect()) {
      vocabularies.get(e._1()._1()).put(e._1()._2(), e._2());
    }
    TermStatistics statistics = TermStatistics.of((int) articles, vocabularies.get(0),
        vocabularies.get(1), vocabularies.get(2));
    Broadcast<TermStatistics> stats = sc.broadcast(statistics);
    log.stage("statistics", vocabularies.get(0).size() + " terms, " + vocabularies.get(1).size()
        + " names, " + vocabularies.get(2).size() + " phrases in two articles or more");

    // 3. nodes: copies of one content together (pages of notices each alone), by smallest id
    JavaRDD<IndexedNode> nodes = profiles
        .mapToPair(p -> new Tuple2<>(p.failedFetch() ? ("!" + p.id()).hashCode()
            : p.contentHash(), p))
        .groupByKey()
        .flatMap(e -> contentGroups(e._2()).iterator())
        .sortBy(n -> n.members().get(0), true, profiles.getNumPartitions())
        .zipWithIndex()
        .map(e -> new IndexedNode((int) (long) e._2(), e._1().members(), e._1().profile()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Integer, ArticleVector> vectors = nodes
        .mapToPair(n -> new Tuple2<>(n.index(), ArticleVector.of(n.profile(), stats.value())))
        .persist(StorageLevel.MEMORY_AND_DISK());
    long nodeCount = vectors.count();
    profiles.unpersist();
    log.stage("nodes", nodeCount + " distinct articles");

    // 4. blocking: each term's answers, each article's query terms joined to them
    JavaPairRDD<Integer, List<ClusterStages.Answer>> answers = vectors
        .filter(e -> !e._2().failedFetch())
        .flatMapToPair(e -> {
          List<Tuple2<Integer, ClusterStages.Answer>> out = new ArrayList<>();
          ArticleVector v = e._2();
          for (int k = 0; k < v.terms().size(); k++) {
            out.add(new Tuple2<>(v.terms().ids()[k],
                new ClusterStages.Answer(e._1(), v.terms().weights()[k], v.day())));
          }
          return out.iterator();
        })
        .groupByKey()
        .mapValues(StoryStage::topAnswers);
    JavaPairRDD<Integer, Integer> queries = vectors.flatMapToPair(e -> {
      List<Tuple2<Integer, Integer>> out = new ArrayList<>();
      for (int t : ClusterStages.queryTerms(e._2(), stats.value())) {
        out.add(new Tuple2<>(t, e._1()));
      }
      return out.iterator();
    });
    JavaPairRDD<Integer, Map<Integer, List<ClusterStages.Answer>>> asked = queries.join(answers)
        .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
        .groupByKey()
        .mapValues(list -> {
          Map<Integer, List<ClusterStages.Answer>> byTerm = new HashMap<>();
          list.forEach(t -> byTerm.put(t._1(), t._2()));
          return byTerm;
        });
    int window = options.windowDays();
    JavaPairRDD<Integer, Integer> chosen = vectors.leftOuterJoin(asked).flatMapToPair(e -> {
      Map<Integer, List<ClusterStages.Answer>> given = e._2()._2().orElse(Map.of());
      List<Tuple2<Integer, Integer>> out = new ArrayList<>();
      for (int j : ClusterStages.candidates(e._1(), e._2()._1(), stats.value(), given, window)) {
        out.add(new Tuple2<>(e._1(), j));
      }
      return out.iterator();
    });
    // neighbours: the chosen and the choosers, each pair once in each direction
    JavaPairRDD<Integer, Integer> pairs = chosen
        .flatMapToPair(e -> List.of(e, e.swap()).iterator())
        .distinct()
        .persist(StorageLevel.MEMORY_AND_DISK());
    log.stage("candidates", pairs.count() / 2 + " candidate pairs");

    // 5. neighbourhoods and contexts
    JavaPairRDD<Integer, ArticleContext> contexts = pairs.join(vectors)
        .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
        .join(vectors)
        .mapToPair(e -> new Tuple2<>(e._1(), new Tuple2<>(e._2()._1()._1(),
            ClusterStages.cosine(e._2()._2(), e._2()._1()._2()))))
        .groupByKey()
        .mapToPair(e -> {
          List<Tuple2<Integer, Float>> near = new ArrayList<>();
          e._2().forEach(near::add);
          int[] js = new int[near.size()];
          float[] cos = new float[near.size()];
          for (int k = 0; k < js.length; k++) {
            js[k] = near.get(k)._1();
            cos[k] = near.get(k)._2();
          }
          return new Tuple2<>(e._1(), ClusterStages.context(e._1(), js, cos));
        });
    JavaPairRDD<Integer, Tuple2<ArticleVector, ArticleContext>> scored = vectors
        .leftOuterJoin(contexts)
        .mapToPair(e -> new Tuple2<>(e._1(), new Tuple2<>(e._2()._1(), e._2()._2()
            .orElse(ClusterStages.context(e._1(), new int[0], new float[0])))))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // 6. scores of the candidate pairs, the links that reach the threshold
    double linkThreshold = ClusterStages.linkThreshold(options);
    JavaRDD<ClusterStages.Link> links = pairs.filter(e -> e._1() < e._2())
        .join(scored)
        .mapToPair(e -> new Tuple2<>(e._2()._1(), new Tuple2<>(e._1(), e._2()._2())))
        .join(scored)
        .map(e -> {
          int a = e._2()._1()._1();
          Tuple2<ArticleVector, ArticleContext> da = e._2()._1()._2();
          Tuple2<ArticleVector, ArticleContext> db = e._2()._2();
          float s = ClusterStages.score(options, da._1(), da._2(), db._1(), db._2());
          return new ClusterStages.Link(a, e._1(), s);
        })
        .filter(l -> l.score() >= linkThreshold)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long linkCount = links.count();
    pairs.unpersist();
    log.stage("links", linkCount + " links");

    // 7. components of the links
    JavaPairRDD<Long, Long> componentOf = ConnectedComponents.of(
        vectors.keys().map(i -> (long) i),
        links.mapToPair(l -> new Tuple2<>((long) l.a(), (long) l.b())), log, "stories");

    // 8. each component's stories
    JavaPairRDD<Long, ClusterStages.Node> componentNodes = nodes
        .mapToPair(n -> new Tuple2<>(n.index(), n))
        .join(scored)
        .mapToPair(e -> new Tuple2<>((long) e._1(), new ClusterStages.Node(e._1(),
            e._2()._1().members(), e._2()._1().profile(), e._2()._2()._1(), e._2()._2()._2())))
        .join(componentOf)
        .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()));
    JavaPairRDD<Long, ClusterStages.Link> componentLinks = links
        .mapToPair(l -> new Tuple2<>((long) l.a(), l))
        .join(componentOf)
        .mapToPair(e -> new Tuple2<>(e._2()._2(), e._2()._1()));
    JavaRDD<StoryOfNodes> stories = componentNodes.cogroup(componentLinks).flatMap(e -> {
      List<ClusterStages.Node> members = new ArrayList<>();
      e._2()._1().forEach(members::add);
      List<ClusterStages.Link> its = new ArrayList<>();
      e._2()._2().forEach(its::add);
      Map<String, Boolean> failed = new HashMap<>();
      for (ClusterStages.Node n : members) {
        for (String id : n.members()) {
          failed.put(id, n.profile().failedFetch());
        }
      }
      List<StoryOfNodes> out = new ArrayList<>();
      for (Story s : ClusterStages.stories(members, its, options)) {
        out.add(new StoryOfNodes(s, s.articleIds().stream().allMatch(failed::get)));
      }
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());
    log.stage("stories", stories.count() + " stories");
    return new StoryStage(stories);
  }

  /** A term's answers: its postings, heaviest first, ties by index, the first SCAN. */
  private static List<ClusterStages.Answer> topAnswers(Iterable<ClusterStages.Answer> all) {
    List<ClusterStages.Answer> list = new ArrayList<>();
    all.forEach(list::add);
    list.sort(ClusterStages.ANSWER_ORDER);
    return new ArrayList<>(list.subList(0, Math.min(ClusterStages.SCAN, list.size())));
  }

  /** A node before it has an index: its articles' ids, ascending, and its profile. */
  record Grouped(List<String> members, ArticleProfile profile) implements Serializable {}

  /**
   * Profiles of one content hash split by content: copies of one text are one node, its profile
   * the one of its smallest id; a page of notices stands alone.
   */
  private static List<Grouped> contentGroups(Iterable<ArticleProfile> same) {
    List<ArticleProfile> all = new ArrayList<>();
    same.forEach(all::add);
    all.sort(Comparator.comparing(ArticleProfile::id));
    List<ArticleProfile> heads = new ArrayList<>();
    List<TreeSet<String>> ids = new ArrayList<>();
    for (ArticleProfile p : all) {
      int found = -1;
      if (!p.failedFetch()) {
        for (int k = 0; k < heads.size(); k++) {
          if (!heads.get(k).failedFetch() && heads.get(k).sameContent(p)) {
            found = k;
            break;
          }
        }
      }
      if (found < 0) {
        heads.add(p);
        ids.add(new TreeSet<>());
        found = heads.size() - 1;
      }
      ids.get(found).add(p.id());
    }
    List<Grouped> out = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) {
      out.add(new Grouped(new ArrayList<>(ids.get(k)), heads.get(k)));
    }
    return out;
  }
}
