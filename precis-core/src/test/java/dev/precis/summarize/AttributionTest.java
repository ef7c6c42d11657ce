package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Sentence;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static final List<Article> ARTICLES = List.of(
      Article.of("reuters", "Flood waters forced 4,000 residents of Marlow to leave their homes on "
          + "Sunday. The mayor declared a state of emergency. Schools will stay closed all week."),
      Article.of("ap", "The river burst its banks near the old mill. Flood waters forced 4,000 "
          + "Marlow residents to leave their homes Sunday, officials said."),
      Article.of("local", "Volunteers filled sandbags at the football ground. The mayor of Marlow "
          + "declared a state of emergency on Sunday evening."));

  private final AnalyzedCluster cluster = TextPipeline.english().analyze(ARTICLES);
  private final Attribution attribution =
      new Attribution(cluster, new SentenceVectors(cluster), 0.45);

  private SummarySentence attribute(String start) {
    Sentence s = cluster.sentences().stream().filter(x -> x.text().startsWith(start)).findFirst()
        .orElseThrow();
    return attribution.attribute(s.index(), 1.0);
  }

  @Test
  void creditsEveryArticleThatRepeatsTheSentence() {
    SummarySentence flood = attribute("Flood waters forced 4,000 residents");
    assertThat(flood.sources()).containsExactly("reuters", "ap");
    assertThat(flood.support()).isEqualTo(2);
    assertThat(flood.evidence()).singleElement().satisfies(e -> {
      assertThat(e.articleId()).isEqualTo("ap");
      assertThat(ARTICLES.get(1).text().substring(e.start(), e.end()))
          .startsWith("Flood waters forced 4,000 Marlow residents");
    });
  }

  @Test
  void creditsARewordedSentenceAndNotUnrelatedOnes() {
    SummarySentence mayor = attribute("The mayor declared");
    assertThat(mayor.sources()).containsExactly("reuters", "local");
    SummarySentence schools = attribute("Schools will stay closed");
    assertThat(schools.sources()).containsExactly("reuters");
    assertThat(schools.evidence()).isEmpty();
  }

  @Test
  void offsetsPointAtTheSentenceInItsArticle() {
    SummarySentence mill = attribute("The river burst");
    assertThat(ARTICLES.get(1).text().substring(mill.start(), mill.end()))
        .isEqualTo("The river burst its banks near the old mill.");
  }
}
