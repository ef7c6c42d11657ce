package dev.precis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The last step of the partition: a story of one voice (one article, or copies of one article)
 * joins its clearly closest story at a lower bar. INSURERS and SANDBAGS stay apart without that
 * step (the article is below the threshold; the copies keep each other company); the other
 * fixtures pin down what must not join.
 */
class OneVoiceTest {

  /** Another angle on the Marlow flood: few of the story's words, none of its names. */
  private static final Article INSURERS = StreamFixture.article("marlow-insurers",
      "Insurers brace for claims", "2024-03-07",
      "Insurers said on Thursday that claims from the week's flooding would pass 15 million "
          + "dollars. Many of the damaged homes were reached only by boat.\n"
          + "A broker said few families had bought flood cover, and the county asked the state "
          + "for disaster aid.");

  /** A wire report on the Marlow flood and its update: alike, and unlike the rest of the story. */
  private static final List<Article> SANDBAGS = List.of(
      StreamFixture.article("wire-1", "Volunteers sandbag Tern Mill", "2024-03-06",
          "Volunteers filled sandbags through the night in Tern Mill on Wednesday to protect the "
              + "old mill and the primary school.\n"
              + "The school will stay closed until the water falls, the head teacher said."),
      StreamFixture.article("wire-2", "Volunteers sandbag Tern Mill (update)", "2024-03-06",
          "Volunteers filled sandbags through the night in Tern Mill on Wednesday to protect the "
              + "old mill and the primary school.\n"
              + "The school will stay closed until the water falls, the head teacher said, and "
              + "pupils will be taught in the church hall."));

  /**
   * Undated, so it is compared with both floods, and about as close to each: the valley of the
   * second flood, the county of the first. Without the lead rule it would join the closer one.
   */
  private static final Article BETWEEN_FLOODS = new Article("insurers-either", "Insurers brace "
      + "for claims", null, null, null, null,
      "Insurers said on Thursday that claims from the week's flooding would pass 15 million "
          + "dollars. Many of the damaged homes were reached only by boat.\n"
          + "A broker said few families had bought flood cover, and the valley's villages asked "
          + "the state for disaster aid.");

  /** A headline alone, about the Marlow flood: below the threshold, above the lower bar. */
  private static final Article HEADLINE = StreamFixture.headline("insurers-headline",
      "Insurers brace for claims from flooded homes", "2024-03-07");

  /** A report and its reprint on nothing else in the stream. */
  private static final List<Article> BAKERY = List.of(
      StreamFixture.article("bakery-1", "Corran bakery wins bread prize", "2024-03-06",
          "A family bakery in Corran won the national bread prize on Wednesday for its rye loaf, "
              + "baked in a wood-fired oven."),
      StreamFixture.article("bakery-2", "Corran bakery wins bread prize", "2024-03-06",
          "A family bakery in Corran won the national bread prize on Wednesday for its rye loaf, "
              + "baked in a wood-fired oven since 1952."));

  private static Set<Set<String>> partition(List<Article> stream) {
    return StoryClusterer.cluster(stream, ClusterOptions.defaults()).stream()
        .map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
  }

  private static Set<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).collect(Collectors.toSet());
  }

  private static Set<String> marlowWith(List<Article> more) {
    List<Article> all = new ArrayList<>(StreamFixture.MARLOW);
    all.addAll(more);
    return ids(all);
  }

  @Test
  void aLoneReportBelowTheThresholdJoinsTheStoryItIsClosestTo() {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    stream.add(INSURERS);
    assertEquals(Set.of(marlowWith(List.of(INSURERS)), ids(StreamFixture.DUNMORE),
        ids(StreamFixture.CHESS)), partition(stream));
  }

  @Test
  void copiesOfOneReportJoinTheirStoryTogether() {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    stream.addAll(SANDBAGS);
    assertEquals(Set.of(marlowWith(SANDBAGS), ids(StreamFixture.DUNMORE),
        ids(StreamFixture.CHESS)), partition(stream));
  }

  @Test
  void copiesOfAnUnrelatedReportStayAStoryOfTheirOwn() {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    stream.addAll(BAKERY);
    assertEquals(Set.of(ids(StreamFixture.MARLOW), ids(StreamFixture.DUNMORE),
        ids(StreamFixture.CHESS), ids(BAKERY)), partition(stream));
  }

  @Test
  void aReportAboutEquallyCloseToTwoStoriesStaysAlone() {
    assertStaysAlone(BETWEEN_FLOODS);
  }

  @Test
  void aHeadlineBelowTheThresholdStaysAlone() {
    // its few words are too coarse for the lower bar
    assertStaysAlone(HEADLINE);
  }

  /** The three fixture stories come out as they are, and {@code article} is a story of one. */
  private static void assertStaysAlone(Article article) {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    stream.add(article);
    assertEquals(Set.of(ids(StreamFixture.MARLOW), ids(StreamFixture.DUNMORE),
        ids(StreamFixture.CHESS), Set.of(article.id())), partition(stream));
  }

  @Test
  void sameStoriesWhateverTheOrder() {
    List<Article> stream = new ArrayList<>(StreamFixture.all());
    stream.add(INSURERS);
    stream.addAll(SANDBAGS);
    stream.addAll(BAKERY);
    Set<Set<String>> reference = partition(stream);
    assertEquals(Set.of(marlowWith(List.of(INSURERS, SANDBAGS.get(0), SANDBAGS.get(1))),
        ids(StreamFixture.DUNMORE), ids(StreamFixture.CHESS), ids(BAKERY)), reference);
    Collections.reverse(stream);
    assertEquals(reference, partition(stream));
    Collections.shuffle(stream, new java.util.Random(7));
    assertEquals(reference, partition(stream));
  }
}
