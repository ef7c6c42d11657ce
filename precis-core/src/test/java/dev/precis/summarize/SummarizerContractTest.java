package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.attribute.SummarySentence;
import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.WordCount;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every registered method must do, whatever it optimises. */
class SummarizerContractTest {
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster();

  static List<String> methods() {
    return Summarizers.names();
  }

  static Stream<Arguments> methodsAndBudgets() {
    List<Budget> budgets = List.of(Budget.words(25), Budget.words(60), Budget.words(100),
        Budget.sentences(1), Budget.sentences(3), Budget.bytes(120), Budget.bytes(400));
    return methods().stream().flatMap(m -> budgets.stream().map(b -> Arguments.of(m, b)));
  }

  @Test
  void fixtureHasRedundantCandidatesSoTheRedundancyCheckBites() {
    Candidates candidates = NewsFixture.candidates(CLUSTER, Budget.words(100));
    int lead = NewsFixture.sentenceStarting(CLUSTER, NewsFixture.REPEATED.get(0));
    int copy = NewsFixture.sentenceStarting(CLUSTER, NewsFixture.NEAR_DUPLICATE);
    assertThat(candidates.indices()).contains(lead, copy);
    assertThat(candidates.redundant(copy, List.of(lead))).isTrue();
  }

  @ParameterizedTest
  @MethodSource("methods")
  void isDeterministic(String method) {
    Candidates candidates = NewsFixture.candidates(CLUSTER, Budget.words(100));
    Selection first = Summarizers.create(method).select(candidates, Budget.words(100));
    // a fresh analysis as well as a fresh instance: nothing may depend on hash or object order
    AnalyzedCluster again = NewsFixture.cluster();
    Selection second =
        Summarizers.create(method).select(NewsFixture.candidates(again, Budget.words(100)),
            Budget.words(100));
    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void namesItselfAndReportsStableParameters(String method) {
    Summarizer summarizer = Summarizers.create(method);
    assertThat(summarizer.name()).isEqualTo(method);
    assertThat(List.copyOf(summarizer.parameters().keySet()))
        .isEqualTo(List.copyOf(Summarizers.create(method).parameters().keySet()));
    assertThat(summarizer.parameters()).isEqualTo(Summarizers.create(method).parameters());
  }

  @ParameterizedTest
  @MethodSource("methodsAndBudgets")
  void staysWithinBudgetUsingOnlyCandidatesWithoutRepeats(String method, Budget budget) {
    Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
    Selection selection = Summarizers.create(method).select(candidates, budget);

    List<Integer> chosen = selection.sentences();
    assertThat(chosen).as("something fits every one of these budgets").isNotEmpty();
    assertThat(chosen).doesNotHaveDuplicates();
    assertThat(chosen).allMatch(s -> Arrays.stream(candidates.indices()).anyMatch(c -> c == s),
        "is a candidate");
    assertThat(selection.scores()).allMatch(Double::isFinite, "is finite");

    List<String> texts = chosen.stream().map(s -> CLUSTER.sentences().get(s).text()).toList();
    switch (budget.unit()) {
      case WORDS -> assertThat(texts.stream().mapToInt(WordCount::of).sum())
          .isLessThanOrEqualTo(budget.limit());
      case SENTENCES -> assertThat(texts).hasSizeLessThanOrEqualTo(budget.limit());
      case BYTES -> assertThat(String.join(" ", texts).getBytes(StandardCharsets.UTF_8).length)
          .isLessThanOrEqualTo(budget.limit());
    }
    for (int a = 0; a < chosen.size(); a++) {
      for (int b = a + 1; b < chosen.size(); b++) {
        assertThat(candidates.vectors().cosine(chosen.get(a), chosen.get(b)))
            .as("similarity of %s and %s", texts.get(a), texts.get(b))
            .isLessThan(candidates.redundancyThreshold());
      }
    }
  }

  /**
   * MMR, KL-Sum and the submodular method avoid repeats by themselves, so at the default threshold
   * their own redundancy check is rarely what stops a repeat; a strict threshold makes it decide.
   */
  @ParameterizedTest
  @MethodSource("methods")
  void respectsAStrictRedundancyThreshold(String method) {
    SummaryOptions o = SummaryOptions.defaults();
    for (Budget budget : List.of(Budget.words(100), Budget.sentences(4))) {
      Candidates strict = new Candidates(CLUSTER, new SentenceVectors(CLUSTER), budget,
          o.minWords(), o.maxWords(), o.maxCandidates(), 0.1);
      List<Integer> chosen = Summarizers.create(method).select(strict, budget).sentences();
      assertThat(chosen).isNotEmpty();
      for (int a = 0; a < chosen.size(); a++) {
        for (int b = a + 1; b < chosen.size(); b++) {
          assertThat(strict.vectors().cosine(chosen.get(a), chosen.get(b))).isLessThan(0.1);
        }
      }
    }
  }

  @ParameterizedTest
  @MethodSource("methods")
  void summarizesOneArticle(String method) {
    AnalyzedCluster single = NewsFixture.cluster(List.of(NewsFixture.ARTICLES.get(0)));
    Candidates candidates = NewsFixture.candidates(single, Budget.words(50));
    Selection selection = Summarizers.create(method).select(candidates, Budget.words(50));
    assertThat(selection.sentences()).isNotEmpty();
    assertThat(selection.sentences().stream().mapToInt(s -> single.sentences().get(s).wordCount())
        .sum()).isLessThanOrEqualTo(50);
  }

  /** Sentences of 14 to 16 words under a budget of the longest: any one fits, no two do. */
  @ParameterizedTest
  @MethodSource("methods")
  void fillsABudgetThatOnlyOneSentenceFits(String method) {
    AnalyzedCluster tight = NewsFixture.cluster(List.of(
        Article.of("a", """
            Flood water from the broken Tessel dam reached the centre of Marlowe before midnight.
            Rescue crews in small boats worked through the night to reach families on rooftops.
            """),
        Article.of("b", """
            The Tessel dam broke on Tuesday and its flood water reached Marlowe within an hour.
            The regional government sent soldiers and boats to help the rescue crews in Marlowe.
            """)));
    int longest = tight.sentences().stream().mapToInt(s -> s.wordCount()).max().orElseThrow();
    int shortest = tight.sentences().stream().mapToInt(s -> s.wordCount()).min().orElseThrow();
    assertThat(2 * shortest).as("fixture: no two sentences fit together").isGreaterThan(longest);

    Budget budget = Budget.words(longest);
    Candidates candidates = NewsFixture.candidates(tight, budget);
    assertThat(candidates.size()).isEqualTo(tight.size());
    Selection selection = Summarizers.create(method).select(candidates, budget);
    assertThat(selection.sentences()).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void runsThroughThePipeline(String method) {
    SummaryPipeline pipeline = new SummaryPipeline(SummaryOptions.defaults().withMethod(method));
    Summary summary = pipeline.summarize(NewsFixture.ARTICLES);
    assertThat(summary.method()).isEqualTo(method);
    assertThat(summary.parameters()).containsAllEntriesOf(Summarizers.create(method).parameters());
    assertThat(summary.sentences()).isNotEmpty();
    assertThat(WordCount.of(String.join(" ", summary.sentences().stream()
        .map(SummarySentence::text).toList()))).isLessThanOrEqualTo(100);
  }

  @ParameterizedTest
  @MethodSource("methods")
  void neverChoosesANonCandidateEvenWhenItIsTheMostTopical(String method) {
    // "Dam collapse floods Marlowe." is all topic words but too short to be a candidate
    int headline = NewsFixture.sentenceStarting(CLUSTER, "Dam collapse floods Marlowe");
    List<Integer> chosen = new ArrayList<>();
    for (Budget budget : List.of(Budget.words(100), Budget.sentences(5), Budget.bytes(300))) {
      Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
      assertThat(candidates.indices()).doesNotContain(headline);
      chosen.addAll(Summarizers.create(method).select(candidates, budget).sentences());
    }
    assertThat(chosen).doesNotContain(headline);
  }
}
