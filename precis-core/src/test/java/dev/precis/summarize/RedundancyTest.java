package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundancyTest {
  private static final AnalyzedCluster CLUSTER =
      TextPipeline.english().analyze(NewsFixture.REWORDED);
  private final Candidates candidates = new Candidates(CLUSTER, new SentenceVectors(CLUSTER),
      Budget.words(100), 8, 55, 2_000, 0.5);

  @Test
  void aRewordingIsTheSameContentThoughItsWordsDiffer() {
    assertThat(candidates.vectors().cosine(0, 2)).isLessThan(0.5);
    assertThat(candidates.sameContent(0, 2)).isTrue();
    assertThat(candidates.redundant(2, List.of(0))).isTrue();
  }

  @Test
  void aDifferentFactIsNot() {
    assertThat(candidates.sameContent(0, 1)).isFalse();
    assertThat(candidates.sameContent(1, 2)).isFalse();
  }
}
