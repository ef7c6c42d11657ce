package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import dev.precis.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A summary in another language says what it goes without instead of silently listing nothing. */
class EnglishOnlyNoteTest {

  @Test
  void aFrenchSummaryNotesThatFactsAreEnglishOnly() {
    List<Article> articles = List.of(
        Article.of("a", "Les dockers du port de Brest ont cessé le travail lundi pour réclamer une "
            + "hausse de salaire de neuf pour cent. « Nous ne céderons pas », a déclaré Jean Morel, "
            + "le secrétaire du syndicat, devant les grilles du terminal."),
        Article.of("b", "À Brest, la grève des dockers entre dans son deuxième jour et une dizaine "
            + "de navires attendent au large. La direction du port propose une hausse de quatre "
            + "pour cent et promet de maintenir tous les emplois du terminal."));
    Summary summary = new SummaryPipeline(SummaryOptions.defaults().withLanguage(Language.FRENCH))
        .summarize(articles);

    assertThat(summary.sentences()).isNotEmpty();
    assertThat(summary.facts().entities()).isEmpty();
    assertThat(summary.notes()).anyMatch(n -> n.startsWith("English only, so not done for french:")
        && n.contains("people") && n.contains("quotes"));
  }

  @Test
  void anEnglishSummaryHasNoSuchNote() {
    List<Article> articles = List.of(
        Article.of("a", "Dockworkers at the port of Brest walked out on Monday, demanding a pay "
            + "rise of nine per cent. \"We will not give in,\" said Jean Morel, the union's "
            + "secretary, outside the terminal gates."),
        Article.of("b", "The strike by Brest dockworkers entered its second day as about ten ships "
            + "waited offshore. The port's management has offered four per cent and promised to "
            + "keep every job at the terminal."));
    Summary summary = new SummaryPipeline(SummaryOptions.defaults()).summarize(articles);

    assertThat(summary.facts().entities()).isNotEmpty();
    assertThat(summary.notes()).noneMatch(n -> n.startsWith("English only"));
  }
}
