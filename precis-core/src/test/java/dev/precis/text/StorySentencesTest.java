package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StorySentencesTest {
  /** A wire story as a page carries it: headline repeated, dateline, a hard wrap, a notice. */
  private static final String PAGE = """
      Ferry union votes to strike
      PORT SELBY (AP) _ The ferry union voted on Monday to strike from Friday, \
      halting crossings to the islands.
      Talks with the operator broke down last week after the company offered a 2 percent raise, \
      union leaders said. The operator called the
      vote regrettable.
      We're sorry, but this page is not available.
      """;

  private final Article article =
      new Article("ferry", "Ferry union votes to strike", null, null, null, null, PAGE);

  @Test
  void readsTheStoryFromItsFirstWordsWithOffsetsIntoTheArticle() {
    List<StorySentences.Sentence> sentences = StorySentences.of(article);

    // the headline line is boilerplate (it repeats the title), the dateline is cut
    assertThat(sentences.get(0).text()).startsWith("The ferry union voted on Monday");
    for (StorySentences.Sentence s : sentences) {
      String asWritten = PAGE.substring(s.start(), s.end());
      assertThat(asWritten.replaceAll("\\s+", " ")).isEqualTo(s.text());
    }
    // the hard-wrapped line is one sentence with the line before it
    assertThat(sentences).extracting(StorySentences.Sentence::text)
        .contains("The operator called the vote regrettable.");
  }

  @Test
  void marksTheNoticesOnlyTheTextPipelineDrops() {
    List<StorySentences.Sentence> sentences = StorySentences.of(article);

    assertThat(sentences).filteredOn(StorySentences.Sentence::boilerplate)
        .extracting(StorySentences.Sentence::text)
        .containsExactly("We're sorry, but this page is not available.");
    assertThat(new TextPipeline(Language.ENGLISH, false, false)
        .analyze(List.of(article)).sentences())
        .extracting(Sentence::text)
        .doesNotContain("We're sorry, but this page is not available.")
        .hasSize(sentences.size() - 1);
  }

  @Test
  void anIndentedParagraphLosesItsDatelineToo() {
    Article page = Article.of("page", "Photo \n \n  ISLAMABAD, Pakistan \u2014 A Christian couple "
        + "were burned alive in a brick kiln on Tuesday, police said.");

    StorySentences.Sentence first = StorySentences.of(page).get(0);
    assertThat(first.text()).startsWith("A Christian couple were burned alive");
    assertThat(page.text().substring(first.start(), first.end())).isEqualTo(first.text());
  }

  @Test
  void dropsWireCodesAndKeepsTheCharactersTheyStandFor() {
    Article wire = Article.of("wire", "Procter &AMP; Gamble said on Monday &QL; it would cut "
        + "1,000 jobs.");

    assertThat(StorySentences.of(wire)).extracting(StorySentences.Sentence::text)
        .containsExactly("Procter & Gamble said on Monday it would cut 1,000 jobs.");
  }

  @Test
  void aNoticeBeforeTheStoryDoesNotMeanTheStoryHasBegun() {
    // a complete notice in the first paragraph, then wire copy whose dateline still goes
    Article page = Article.of("page", """
        We're sorry, but this page is not available.
        PORT SELBY (AP) _ The ferry union voted on Monday to strike from Friday.""");

    assertThat(StorySentences.of(page)).filteredOn(s -> !s.boilerplate())
        .extracting(StorySentences.Sentence::text)
        .containsExactly("The ferry union voted on Monday to strike from Friday.");
  }

  @Test
  void foldsEveryKindOfWhiteSpaceToOneSpace() {
    Article spaced = Article.of("spaced", "The ferry\u00a0union voted  on Monday\tto strike. "
        + "Crossings stop on Friday.");

    assertThat(StorySentences.of(spaced)).extracting(StorySentences.Sentence::text)
        .containsExactly("The ferry union voted on Monday to strike.",
            "Crossings stop on Friday.");
  }

  @Test
  void onceReadsEachListedArticleOnceAndAnyOtherEachTime() {
    Article other = Article.of("other", "Crossings stop on Friday.");
    var reader = StorySentences.once(List.of(article));

    assertThat(reader.apply(article)).isSameAs(reader.apply(article))
        .isEqualTo(StorySentences.of(article));
    assertThat(reader.apply(other)).isNotSameAs(reader.apply(other))
        .isEqualTo(StorySentences.of(other));
    // what the pipeline makes of the shared reading is what it makes of its own
    TextPipeline pipeline = TextPipeline.english();
    assertThat(pipeline.analyze(List.of(article, other), reader).sentences())
        .isEqualTo(pipeline.analyze(List.of(article, other)).sentences());
  }
}
