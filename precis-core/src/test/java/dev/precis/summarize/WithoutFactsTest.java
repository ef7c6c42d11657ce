package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.facts.StoryFacts;
import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pipeline without facts makes the same summary, with no people, places, dates or quotes. */
class WithoutFactsTest {
  @Test
  void theSummaryIsTheSameAndItsFactsAreEmpty() {
    SummaryPipeline pipeline = new SummaryPipeline(SummaryOptions.defaults());
    List<Article> articles = NewsFixture.ARTICLES;

    Summary full = pipeline.summarize(articles);
    Summary bare = pipeline.withoutFacts().summarize(articles);

    assertThat(full.facts().isEmpty()).isFalse();
    assertThat(bare.facts()).isEqualTo(StoryFacts.empty());
    assertThat(bare.sentences()).isEqualTo(full.sentences());
    assertThat(bare.parameters()).isEqualTo(full.parameters());
    assertThat(bare.notes()).isEqualTo(full.notes());
    assertThat(bare.method()).isEqualTo(full.method());
  }
}
