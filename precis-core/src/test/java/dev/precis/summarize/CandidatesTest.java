package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTest {
  @Test
  void aSentenceSaidTwiceInTheSameWordsIsOneCandidate() {
    AnalyzedCluster cluster = TextPipeline.english().analyze(List.of(
        Article.of("a", "Dock workers at the port of Halden walked out on Monday over pay. "
            + "The strike has left 40 ships waiting at anchor outside the harbour."),
        Article.of("b", "DOCK WORKERS AT THE PORT OF HALDEN WALKED OUT ON MONDAY OVER PAY! "
            + "The strike has left 41 ships waiting at anchor outside the harbour.")));
    Candidates candidates = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(100), 8, 55, 2_000, 0.5);
    // the walk-out is told twice in the same words (case and final mark aside); the ships twice
    // in words that differ by one figure
    assertThat(candidates.indices()).containsExactly(0, 1, 3);
  }
}
