package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import dev.precis.text.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stages as separate functions, run the way a cluster of machines runs them (each record and
 * each group on its own, what they share passed in), give the stories of the whole-set analysis.
 */
class ClusterStagesTest {
  /** The stages one by one, as the Spark job runs them, in plain Java. */
  static List<Story> staged(List<ArticleProfile> profiles, ClusterOptions options) {
    // nodes: copies of one text together, indexed by their smallest id
    List<ArticleProfile> sorted = new ArrayList<>(profiles);
    sorted.sort(Comparator.comparing(ArticleProfile::id));
    List<ArticleProfile> nodeProfiles = new ArrayList<>();
    List<List<String>> members = new ArrayList<>();
    for (ArticleProfile p : sorted) {
      int found = -1;
      for (int n = 0; n < nodeProfiles.size() && !p.failedFetch(); n++) {
        if (!nodeProfiles.get(n).failedFetch() && nodeProfiles.get(n).sameContent(p)) {
          found = n;
        }
      }
      if (found < 0) {
        nodeProfiles.add(p);
        members.add(new ArrayList<>());
        found = nodeProfiles.size() - 1;
      }
      members.get(found).add(p.id());
    }
    // statistics: counts summed from each article's words
    Map<String, Integer> terms = new HashMap<>();
    Map<String, Integer> names = new HashMap<>();
    Map<String, Integer> phrases = new HashMap<>();
    for (ArticleProfile p : profiles) {
      List<java.util.Set<String>> words = TermStatistics.countedWords(p);
      words.get(0).forEach(w -> terms.merge(w, 1, Integer::sum));
      words.get(1).forEach(w -> names.merge(w, 1, Integer::sum));
      words.get(2).forEach(w -> phrases.merge(w, 1, Integer::sum));
    }
    TermStatistics stats = TermStatistics.of(profiles.size(), terms, names, phrases);
    int n = nodeProfiles.size();
    List<ArticleVector> vectors = nodeProfiles.stream().map(p -> ArticleVector.of(p, stats))
        .toList();
    // each term's answers
    Map<Integer, List<ClusterStages.Answer>> answers = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      ArticleVector v = vectors.get(i);
      if (v.failedFetch()) {
        continue;
      }
      for (int k = 0; k < v.terms().size(); k++) {
        answers.computeIfAbsent(v.terms().ids()[k], t -> new ArrayList<>())
            .add(new ClusterStages.Answer(i, v.terms().weights()[k], v.day()));
      }
    }
    answers.values().forEach(list -> {
      list.sort(ClusterStages.ANSWER_ORDER);
      if (list.size() > ClusterStages.SCAN) {
        list.subList(ClusterStages.SCAN, list.size()).clear();
      }
    });
    // candidates, then neighbourhoods and contexts
    List<TreeSet<Integer>> near = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      near.add(new TreeSet<>());
    }
    for (int i = 0; i < n; i++) {
      Map<Integer, List<ClusterStages.Answer>> mine = new HashMap<>();
      for (int t : ClusterStages.queryTerms(vectors.get(i), stats)) {
        if (answers.containsKey(t)) {
          mine.put(t, answers.get(t));
        }
      }
      for (int j : ClusterStages.candidates(i, vectors.get(i), stats, mine,
          options.windowDays())) {
        near.get(i).add(j);
        near.get(j).add(i);
      }
    }
    List<ArticleContext> contexts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int[] js = near.get(i).stream().mapToInt(Integer::intValue).toArray();
      float[] cos = new float[js.length];
      for (int k = 0; k < js.length; k++) {
        cos[k] = ClusterStages.cosine(vectors.get(i), vectors.get(js[k]));
      }
      contexts.add(ClusterStages.context(i, js, cos));
    }
    // links, components, stories per component
    List<ClusterStages.Link> links = new ArrayList<>();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j : near.get(i)) {
        if (j > i) {
          float s = ClusterStages.score(options, vectors.get(i), contexts.get(i), vectors.get(j),
              contexts.get(j));
          if (s >= ClusterStages.linkThreshold(options)) {
            links.add(new ClusterStages.Link(i, j, s));
            parent[find(parent, i)] = find(parent, j);
          }
        }
      }
    }
    Map<Integer, List<ClusterStages.Node>> components = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      components.computeIfAbsent(find(parent, i), c -> new ArrayList<>()).add(
          new ClusterStages.Node(i, members.get(i), nodeProfiles.get(i), vectors.get(i),
              contexts.get(i)));
    }
    List<Story> stories = new ArrayList<>();
    for (Map.Entry<Integer, List<ClusterStages.Node>> c : components.entrySet()) {
      List<ClusterStages.Link> mine = links.stream()
          .filter(l -> find(parent, l.a()) == c.getKey()).toList();
      stories.addAll(ClusterStages.stories(c.getValue(), mine, options));
    }
    stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    return stories;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static List<Article> stream() {
    List<Article> all = new ArrayList<>(StreamFixture.all());
    all.add(StreamFixture.MARLOW.get(1).withId("marlow-2-copy"));
    all.add(Article.of("archive", FailedFetchTest.ARCHIVE));
    all.add(Article.of("archive-copy", FailedFetchTest.ARCHIVE));
    return all;
  }

  @Test
  void theStagesRunApartGiveTheStoriesOfTheWholeSet() {
    List<ArticleProfile> profiles = stream().stream()
        .map(a -> ArticleProfile.of(a, Language.ENGLISH)).toList();
    for (ClusterOptions options : List.of(ClusterOptions.defaults(),
        ClusterOptions.defaults().withWindowDays(14),
        ClusterOptions.defaults().withMethod("average-link"))) {
      assertThat(staged(profiles, options))
          .as(options.toString())
          .isEqualTo(StreamAnalysis.of(profiles, options.windowDays()).cluster(options));
    }
  }
}
