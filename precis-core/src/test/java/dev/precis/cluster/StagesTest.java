package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The clustering stages one by one, on the invented flood and chess stories. */
class StagesTest {
  private static List<ArticleProfile> profiles(List<Article> articles) {
    return articles.stream().map(a -> ArticleProfile.of(a, Language.ENGLISH)).toList();
  }

  @Test
  void statisticsCountedInPartsEqualStatisticsOfTheWhole() {
    List<ArticleProfile> all = profiles(StreamFixture.all());
    TermStatistics.Counter left = new TermStatistics.Counter();
    TermStatistics.Counter right = new TermStatistics.Counter();
    for (int k = 0; k < all.size(); k++) {
      (k % 3 == 0 ? left : right).add(all.get(k));
    }
    // parts counted apart, on other threads or machines, and added in either order
    assertThat(right.addAll(left).statistics()).isEqualTo(TermStatistics.of(all));
    TermStatistics s = TermStatistics.of(all);
    assertThat(s.articles()).isEqualTo(all.size());
    int kessel = s.terms().id("kessel");
    assertThat(s.terms().documentFrequency(kessel)).isEqualTo(4);
    // ids follow sorted order, whatever order the articles came in
    for (int id = 1; id < s.terms().size(); id++) {
      assertThat(s.terms().word(id - 1)).isLessThan(s.terms().word(id));
    }
    assertThat(s.idf(1)).isGreaterThan(s.idf(4));
  }

  @Test
  void profileKeepsTermsLeadNamesAndPhrasesOfTheArticle() {
    ArticleProfile p = ArticleProfile.of(StreamFixture.MARLOW.get(0), Language.ENGLISH);
    assertThat(p.hasTitle()).isTrue();
    assertThat(p.dated()).isTrue();
    assertThat(Arrays.asList(p.names().keys())).contains("dana", "whitcombe", "ashby");
    assertThat(Arrays.asList(p.terms().keys())).contains("kessel", "flood", "ashbi");
    assertThat(Arrays.asList(p.phrases().keys())).contains("kessel river", "marlow counti");
    assertThat(Arrays.asList(p.lead().keys())).contains("kessel", "boat");
    assertThat(Arrays.asList(p.title().keys())).containsExactly("kessel", "river", "flood",
        "marlow", "counti", "home");
    assertThat(p.words()).isGreaterThan(30);
  }

  @Test
  void pairFeaturesSayHowAlikeTwoArticlesAre() {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    // a reprint with its last line changed: a near-copy, not the same text
    Article copy = new Article("marlow-1-copy", StreamFixture.MARLOW.get(0).title(),
        StreamFixture.MARLOW.get(0).date(), null, null, null, StreamFixture.MARLOW.get(0).text()
            .replace("upper floors in Ashby.", "upper floors in Ashby and Tern Mill."));
    stream.add(copy);
    StreamAnalysis analysis = StreamAnalysis.of(profiles(stream), 0);
    int original = index(analysis, "marlow-1");
    int reprint = index(analysis, "marlow-1-copy");
    int sameFlood = index(analysis, "marlow-3");
    int chess = index(analysis, "chess-1");
    double[] same = analysis.features(original, reprint);
    assertThat(feature(same, "terms")).isGreaterThan(0.95);
    assertThat(feature(same, "lead")).isGreaterThan(0.95);
    assertThat(feature(same, "relative_terms")).isEqualTo(1);
    assertThat(feature(same, "length_ratio")).isGreaterThan(-0.1);
    assertThat(feature(same, "dated")).isEqualTo(1);
    assertThat(feature(same, "log_days_apart")).isZero();
    double[] story = analysis.features(original, sameFlood);
    double[] other = analysis.features(original, chess);
    for (String f : List.of("terms", "lead", "title", "names", "relative_terms")) {
      assertThat(feature(story, f)).as(f).isGreaterThan(feature(other, f));
    }
    assertThat(feature(other, "terms")).isLessThan(0.05);
    assertThat(feature(story, "log_days_apart")).isEqualTo(Math.log1p(2));
    // symmetric
    assertThat(analysis.features(sameFlood, original)).containsExactly(story);
    // a missing date is its own value, not a same-day date
    Article undated = Article.of("undated", StreamFixture.MARLOW.get(2).text());
    StreamAnalysis withUndated = StreamAnalysis.of(profiles(List.of(StreamFixture.MARLOW.get(0),
        undated)), 0);
    double[] x = withUndated.features(0, 1);
    assertThat(feature(x, "dated")).isZero();
    assertThat(feature(x, "log_days_apart")).isZero();
    assertThat(feature(x, "headline_only")).isZero();
  }

  private static int index(StreamAnalysis analysis, String id) {
    for (int i = 0; i < analysis.size(); i++) {
      if (analysis.id(i).equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  private static double feature(double[] x, String name) {
    return x[PairFeatures.NAMES.indexOf(name)];
  }

  @Test
  void candidatesAreMutualClosestFirstAndNeverFailedFetchesOrOutsideTheWindow() {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    stream.add(Article.of("archive", FailedFetchTest.ARCHIVE));
    List<ArticleProfile> profiles = profiles(stream);
    TermStatistics stats = TermStatistics.of(profiles);
    List<ArticleProfile> sorted = new ArrayList<>(profiles);
    sorted.sort(java.util.Comparator.comparing(ArticleProfile::id));
    List<ArticleVector> vectors = sorted.stream().map(p -> ArticleVector.of(p, stats)).toList();
    Neighbourhoods near = CandidateSearch.search(vectors, stats, 0);
    int archive = indexOf(sorted, "archive");
    assertThat(near.of(archive)).isEmpty();
    for (int i = 0; i < near.size(); i++) {
      for (int k = 0; k < near.of(i).length; k++) {
        int j = near.of(i)[k];
        assertThat(j).isNotEqualTo(archive);
        assertThat(near.of(j)).contains(i);
        if (k > 0) {
          assertThat(near.cosines(i)[k]).isLessThanOrEqualTo(near.cosines(i)[k - 1]);
        }
      }
    }
    int marlow = indexOf(sorted, "marlow-1");
    List<String> neighbours = Arrays.stream(near.of(marlow)).mapToObj(j -> sorted.get(j).id())
        .toList();
    assertThat(neighbours).contains("marlow-2", "marlow-3", "marlow-4");
    // with a 14-day window the April flood is no candidate of the March one
    Neighbourhoods windowed = CandidateSearch.search(vectors, stats, 14);
    for (int j : windowed.of(marlow)) {
      assertThat(sorted.get(j).id()).doesNotStartWith("dunmore-");
    }
  }

  private static int indexOf(List<ArticleProfile> sorted, String id) {
    for (int i = 0; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  @Test
  void bestKeepsTheHighestScoresTiesByIndex() {
    double[] score = {0.5, 0.9, 0.5, 0.1, 0.9};
    int[] touched = {3, 2, 0, 4, 1};
    assertThat(CandidateSearch.best(touched, 5, score, 3)).containsExactly(1, 4, 0);
    assertThat(CandidateSearch.best(touched, 2, score, 3)).containsExactly(2, 3);
  }

  @Test
  void averageLinkageMergesAsTheTextbookClosestPairLoop() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 200; trial++) {
      int m = 2 + random.nextInt(12);
      float[][] s = new float[m][m];
      for (int i = 0; i < m; i++) {
        for (int j = i + 1; j < m; j++) {
          s[i][j] = s[j][i] = (float) (random.nextDouble() * 4 - 2);
        }
      }
      double threshold = random.nextDouble() * 2 - 1;
      Set<Set<Integer>> fast = groups(AverageLinkage.cluster(copy(s), threshold));
      assertThat(fast).as("trial " + trial).isEqualTo(naive(s, threshold));
    }
  }

  private static float[][] copy(float[][] s) {
    float[][] c = new float[s.length][];
    for (int i = 0; i < s.length; i++) {
      c[i] = s[i].clone();
    }
    return c;
  }

  private static Set<Set<Integer>> groups(int[][] groups) {
    Set<Set<Integer>> out = new HashSet<>();
    for (int[] g : groups) {
      Set<Integer> set = new HashSet<>();
      for (int i : g) {
        set.add(i);
      }
      out.add(set);
    }
    return out;
  }

  /**
   * Average-link by the definition: merge the two groups of highest mean pair score while it
   * reaches the threshold (scores without ties, where the definition leaves no choice).
   */
  private static Set<Set<Integer>> naive(float[][] s, double threshold) {
    List<Set<Integer>> groups = new ArrayList<>();
    for (int i = 0; i < s.length; i++) {
      groups.add(new HashSet<>(Set.of(i)));
    }
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < groups.size(); a++) {
        for (int b = a + 1; b < groups.size(); b++) {
          double sum = 0;
          for (int x : groups.get(a)) {
            for (int y : groups.get(b)) {
              sum += s[x][y];
            }
          }
          double mean = sum / (groups.get(a).size() * groups.get(b).size());
          if (mean > best) {
            best = mean;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0 || best < threshold) {
        return new HashSet<>(groups);
      }
      groups.get(bestA).addAll(groups.remove(bestB));
    }
  }

  @Test
  void componentsFollowLinksAndASizeCapCutsTheWeakest() {
    List<StoryComponents.Edge> edges = List.of(new StoryComponents.Edge(0, 1, 5),
        new StoryComponents.Edge(1, 2, 4), new StoryComponents.Edge(2, 3, 0.5),
        new StoryComponents.Edge(3, 4, 6), new StoryComponents.Edge(5, 6, 1));
    assertThat(StoryComponents.of(8, edges, 100)).containsExactly(new int[] {0, 1, 2, 3, 4},
        new int[] {5, 6}, new int[] {7});
    // at most three: the weakest link (2-3) is the one left out
    assertThat(StoryComponents.of(8, edges, 3)).containsExactly(new int[] {0, 1, 2},
        new int[] {3, 4}, new int[] {5, 6}, new int[] {7});
  }

  @Test
  void modelReadsWhatItWritesAndRefusesWhatItCannotRead() throws Exception {
    SameStoryModel shipped = SameStoryModel.standard();
    SameStoryModel again = SameStoryModel.read(new ByteArrayInputStream(
        shipped.toJson().getBytes(StandardCharsets.UTF_8)));
    assertThat(again).isEqualTo(shipped);
    assertThat(again.toJson()).isEqualTo(shipped.toJson());
    assertThat(shipped.provenance().path("streams").size()).isGreaterThanOrEqualTo(5);
    assertThat(shipped.provenance().has("leave_one_out")).isTrue();
    assertThatThrownBy(() -> new SameStoryModel(List.of("colour"), new double[] {1}, 0, 0, 0,
        null)).isInstanceOf(PrecisException.class).hasMessageContaining("unknown feature");
    assertThatThrownBy(() -> SameStoryModel.read(new ByteArrayInputStream(
        "{\"kind\": \"forest\"}".getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(PrecisException.class).hasMessageContaining("not a same-story model");
    // the log-odds rise with every sign of one story
    double[] apart = new double[PairFeatures.NAMES.size()];
    double[] alike = apart.clone();
    alike[PairFeatures.NAMES.indexOf("terms")] = 0.6;
    alike[PairFeatures.NAMES.indexOf("relative_terms")] = 1;
    assertThat(shipped.score(alike)).isGreaterThan(shipped.score(apart));
  }
}
