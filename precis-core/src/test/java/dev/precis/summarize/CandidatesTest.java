package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.FurnitureFilter;
import dev.precis.text.FurnitureModel;
import dev.precis.text.Language;
import dev.precis.text.Sentence;
import dev.precis.text.TextPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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

  @Test
  void aLikelyCaptionIsNoCandidateUnlessNoSentenceIsLeft() throws IOException {
    String page;
    try (InputStream in = FurnitureFilter.class.getResourceAsStream(
        "furniture-doubt-page.txt")) {
      page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false,
        new FurnitureFilter(FurnitureModel.standard())).analyze(List.of(Article.of("ferry", page)));
    int[] doubted = cluster.sentences().stream().filter(s -> !s.quotable())
        .mapToInt(Sentence::index).toArray();
    assertThat(cluster.sentences()).filteredOn(s -> !s.quotable()).extracting(Sentence::text)
        .containsExactly("Union members Ada Brennan and Piet Morr, from left, stand outside the "
            + "company's offices in Port Selby.",
            "A Selby Ferry Company vessel is shown in the background at Port Selby.");
    Candidates candidates = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(100), 8, 55, 2_000, 0.5);
    assertThat(candidates.indices()).hasSize(cluster.sentences().size() - 2)
        .doesNotContain(doubted);
    // when no sentence passes (here: none is 40 words long), every sentence that fits may be
    // quoted, the doubted ones too, and the notes say the filters were relaxed
    Candidates relaxed = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(100), 40, 55, 2_000, 0.5);
    assertThat(relaxed.indices()).contains(doubted);
    assertThat(relaxed.notes()).anyMatch(n -> n.startsWith("no sentence met"));
  }

  @Test
  void aLabelLeftOfAPageOfFurnitureIsNoSummaryButAHeadlineIs() {
    TextPipeline text = new TextPipeline(Language.ENGLISH, false, false, null);
    AnalyzedCluster labels = text.analyze(List.of(Article.of("wall", "Notice\n\nPhotos")));
    Candidates none = new Candidates(labels, new SentenceVectors(labels), Budget.words(100), 8,
        55, 2_000, 0.5);
    assertThat(none.indices()).isEmpty();
    assertThat(none.notes()).anyMatch(n -> n.contains("label of one or two words"));
    // a story told only in headlines still gets them, relaxed
    AnalyzedCluster headlines = text.analyze(List.of(Article.of("feed",
        "Storm floods coastal town\n\nNotice")));
    Candidates relaxed = new Candidates(headlines, new SentenceVectors(headlines),
        Budget.words(100), 8, 55, 2_000, 0.5);
    assertThat(relaxed.indices()).hasSize(1);
    assertThat(headlines.sentences().get(relaxed.indices()[0]).text())
        .isEqualTo("Storm floods coastal town");
  }
}
