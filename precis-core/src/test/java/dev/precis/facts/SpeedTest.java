package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Guards against accidental slowness (a regex tried at every position, set-up repeated per call).
 * The bounds are ten times what a laptop needs, so a slow CI machine still passes.
 */
class SpeedTest {

  private static final String PARAGRAPH =
      """
      U.S. Secretary of State Rex Tillerson arrived in Moscow on Tuesday, April 11, 2017, for \
      talks with Foreign Minister Sergei Lavrov. "I think it is clear to all of us that the \
      reign of the Assad family is coming to an end," Tillerson said. The Kremlin said President \
      Vladimir Putin would not meet him. Ministers of the G7 met in Lucca, Italy, on Monday, \
      and the U.N. Security Council is due to vote on Wednesday. "We will not stand by while \
      chemical weapons are used against innocent people," said Nikki Haley, the ambassador.
      """;

  @Test
  void tenArticlesTakeMillisecondsAndThousandsTakeSeconds() {
    List<Article> story = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      story.add(new Article("a" + i, null, "2017-04-12", null, null, null, PARAGRAPH.repeat(6)));
    }
    FactExtractor extractor = new FactExtractor();
    for (int i = 0; i < 300; i++) {
      extractor.extract(story); // warm-up
    }
    long[] times = new long[51];
    for (int i = 0; i < times.length; i++) {
      long start = System.nanoTime();
      extractor.extract(story);
      times[i] = System.nanoTime() - start;
    }
    Arrays.sort(times);
    assertThat(times[times.length / 2] / 1e6).as("median ms for 10 articles").isLessThan(50);

    List<Article> many = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      many.add(new Article("m" + i, null, "2017-04-12", null, null, null, PARAGRAPH.repeat(6)));
    }
    long start = System.nanoTime();
    StoryFacts facts = extractor.extract(many);
    assertThat((System.nanoTime() - start) / 1e9).as("seconds for 5,000 articles").isLessThan(30);
    assertThat(facts.quotes().get(0).articleIds()).hasSize(5000);
  }
}
