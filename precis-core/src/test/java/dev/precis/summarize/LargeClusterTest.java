package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method on a cluster at the candidate limit (2,000 sentences): it completes, within budget,
 * with a non-empty summary. Speed at this size is measured by the benchmarks, not here.
 */
class LargeClusterTest {
  private static final String[] VERBS = {"was", "has", "said", "will"};
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster(syntheticArticles());

  static List<String> methods() {
    return Summarizers.names();
  }

  @ParameterizedTest
  @MethodSource("methods")
  void summarizesAtTheCandidateLimit(String method) {
    Budget budget = Budget.words(100);
    Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
    assertThat(candidates.size()).isEqualTo(SummaryOptions.defaults().maxCandidates());
    Summarizer summarizer = Summarizers.create(method);
    Selection selection = summarizer.select(candidates, budget);
    assertThat(selection.sentences()).isNotEmpty();
    int words = selection.sentences().stream().mapToInt(candidates::cost).sum();
    assertThat(words).isLessThanOrEqualTo(100);
  }

  /**
   * 100 articles of 25 sentences from a Zipf-like vocabulary of invented words, each with a verb
   * after its first word: frequent words connect many sentences, as a big story's vocabulary does,
   * so the similarity graph is dense.
   */
  private static List<Article> syntheticArticles() {
    String[] syllables = {"ka", "lo", "mi", "ter", "son", "vel", "dra", "pu", "nor", "bex", "qua",
        "ril", "tam", "gos", "fen", "wy", "zor", "hal", "cet", "dun"};
    List<String> vocabulary = new ArrayList<>();
    for (String a : syllables) {
      for (String b : syllables) {
        for (String c : syllables) {
          vocabulary.add(a + b + c);
        }
      }
    }
    Random random = new Random(2004);
    List<Article> articles = new ArrayList<>();
    for (int a = 0; a < 100; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 25; s++) {
        int words = 10 + random.nextInt(20);
        for (int k = 0; k < words; k++) {
          String word = vocabulary.get((int) (vocabulary.size() * Math.pow(random.nextDouble(), 4)));
          text.append(k == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
              .append(k == words - 1 ? ".\n" : " ");
          if (k == 0) {
            // a verb, so that each sentence reads as a statement (StandAlone)
            text.append(VERBS[random.nextInt(VERBS.length)]).append(' ');
          }
        }
      }
      articles.add(Article.of("synthetic-" + a, text.toString()));
    }
    return articles;
  }
}
