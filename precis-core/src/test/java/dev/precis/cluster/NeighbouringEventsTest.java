package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Two events on the same ground, as wire copy without headlines or dates: a market bombing and,
 * in the same weeks, the opening of an airport, both in Velmora, both with the same prime
 * minister, the same peace accord and the same security talk. The airport reports resemble the
 * bombing story's centroid more than the threshold asks, yet no single bombing report: the
 * member check keeps them a story of their own (invented text).
 */
class NeighbouringEventsTest {

  static final List<Article> BOMBING = List.of(
      Article.of("bomb-1", "VELMORA (Wire) _ A car bomb exploded on Friday in the crowded "
          + "Harbour Street market in Velmora, killing two bombers and wounding 21 shoppers, "
          + "police said. Prime Minister Adrian Kessler said the attack threatened the peace "
          + "accord and suspended security talks with the Talvan council. Militants of the "
          + "Red Hand group claimed the bombing in a call to a radio station."),
      Article.of("bomb-2", "VELMORA (Wire) _ Police in Velmora searched the villages north of "
          + "the city on Saturday for accomplices of the two bombers who blew up a car in the "
          + "Harbour Street market. The Red Hand militants who claimed the explosion vowed more "
          + "attacks. Kessler said security talks under the peace accord stayed suspended."),
      Article.of("bomb-3", "VELMORA (Wire) _ Shoppers returned to the Harbour Street market on "
          + "Monday, three days after the car bomb that wounded 21 people. Doctors said four of "
          + "the wounded were still in hospital. Police arrested a Red Hand militant suspected "
          + "of building the bomb, and Kessler's cabinet met on security."));

  static final List<Article> AIRPORT = List.of(
      Article.of("opening-1", "TALVAN (Wire) _ The Talvan council opened its first international "
          + "airport on Tuesday, a step toward the self-rule promised by the peace accord. Two "
          + "airliners landed on the new runway before thousands of cheering residents. "
          + "Velmora's Prime Minister Adrian Kessler said security checks of passengers would "
          + "stay in the hands of his government, whatever militants said."),
      Article.of("opening-2", "TALVAN (Wire) _ The first commercial flight from Talvan's new airport "
          + "took off on Wednesday for the coast with 48 passengers, and the council said two "
          + "more airlines would fly there from next month. Under the peace accord, Velmora "
          + "officials inspect the passengers and their luggage, which Kessler called a "
          + "security matter."));

  @Test
  void aNeighbouringEventOnTheSameGroundIsAStoryOfItsOwn() {
    List<Article> stream = new ArrayList<>(BOMBING);
    stream.addAll(AIRPORT);
    Set<Set<String>> stories = StoryClusterer.cluster(stream, ClusterOptions.defaults()).stream()
        .map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
    assertThat(stories).containsExactlyInAnyOrder(Set.of("bomb-1", "bomb-2", "bomb-3"),
        Set.of("opening-1", "opening-2"));
  }
}
