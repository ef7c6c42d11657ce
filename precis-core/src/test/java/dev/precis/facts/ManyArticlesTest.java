package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stream of thousands of copies folds into one set of facts (speed is measured by benchmarks). */
class ManyArticlesTest {
  private static final String PARAGRAPH = """
      U.S. Secretary of State Rex Tillerson arrived in Moscow on Tuesday, April 11, 2017, for \
      talks with Foreign Minister Sergei Lavrov. "I think it is clear to all of us that the \
      reign of the Assad family is coming to an end," Tillerson said.
      """;

  @Test
  void fiveThousandCopiesGiveOneQuoteCreditedToAll() {
    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(new Article("m" + i, null, "2017-04-12", null, null, null, PARAGRAPH));
    }
    StoryFacts facts = new FactExtractor().extract(many);
    assertThat(facts.quotes()).hasSize(1);
    assertThat(facts.quotes().get(0).articleIds()).hasSize(5000);
    assertThat(facts.quotes().get(0).speaker()).isEqualTo("Rex Tillerson");
    assertThat(facts.entities()).extracting(Entity::name).contains("Rex Tillerson", "Moscow");
  }
}
