package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedundancyTest {
  private static final AnalyzedCluster CLUSTER = TextPipeline.english().analyze(List.of(
      Article.of("a", "Emergency crews used boats to reach families trapped in the low-lying "
          + "Millside district, where the water stood more than a metre deep in some streets. "
          + "The regional weather office warned that another 40 millimetres of rain could fall."),
      Article.of("b", "Rescue teams in boats reached families stranded in Millside, the district "
          + "closest to the river, where floodwater was more than a metre deep.")));
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
