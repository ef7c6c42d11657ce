package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibleTest {
  private static final AnalyzedCluster CLUSTER =
      TextPipeline.english().analyze(NewsFixture.REWORDED);
  private final Candidates candidates = new Candidates(CLUSTER, new SentenceVectors(CLUSTER),
      Budget.words(100), 8, 55, 2_000, 0.5);

  @Test
  void aSentenceThatSaysWhatTheSummarySaysIsOutForGood() {
    Eligible eligible = new Eligible(candidates);
    assertThat(eligible.test(2, 100, List.of())).isTrue();
    assertThat(eligible.stillIn(2)).isTrue();
    // sentence 2 rewords sentence 0: once 0 is chosen, 2 is out, even for an empty summary
    assertThat(eligible.test(2, 100, List.of(0))).isFalse();
    assertThat(eligible.test(2, 100, List.of())).isFalse();
    assertThat(eligible.stillIn(2)).isFalse();
  }

  @Test
  void aSentenceLongerThanWhatIsLeftIsOutAndOneTakenIsOut() {
    Eligible eligible = new Eligible(candidates);
    int cost = candidates.cost(1);
    assertThat(eligible.test(1, cost, List.of())).isTrue();
    assertThat(eligible.test(1, cost - 1, List.of())).isFalse();
    assertThat(eligible.test(1, cost, List.of())).isFalse();
    assertThat(eligible.test(0, 100, List.of())).isTrue();
    eligible.take(0);
    assertThat(eligible.stillIn(0)).isFalse();
    assertThat(eligible.test(0, 100, List.of())).isFalse();
  }
}
