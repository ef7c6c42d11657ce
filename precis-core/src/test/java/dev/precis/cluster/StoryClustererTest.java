package dev.precis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static Set<Set<String>> partition(List<Story> stories) {
    return stories.stream().map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
  }

  private static Set<String> ids(List<Article> articles) {
    return articles.stream().map(Article::id).collect(Collectors.toSet());
  }

  @Test
  void findsTheThreeStories() {
    // the two floods differ in their names and a month; words alone tell too little, the window
    // keeps the month apart
    List<Story> stories = StoryClusterer.cluster(StreamFixture.all(),
        ClusterOptions.defaults().withWindowDays(14));
    assertEquals(Set.of(ids(StreamFixture.MARLOW), ids(StreamFixture.DUNMORE),
        ids(StreamFixture.CHESS)), partition(stories));
    Story marlow = stories.get(0);
    assertEquals("marlow-1", marlow.id(), "id = smallest article id");
    assertEquals("2024-03-04", marlow.firstDate());
    assertEquals("2024-03-08", marlow.lastDate(), "RFC 1123 date read");
    assertEquals(List.of("marlow-1", "marlow-2", "marlow-3", "marlow-4"), marlow.articleIds());
    assertTrue(marlow.title().contains("Kessel"), marlow.title());
    assertEquals(List.of(4, 3, 3), stories.stream().map(Story::size).toList());
    assertEquals("chess-1", stories.get(1).id(), "equal sizes ordered by id");
  }

  @Test
  void twoLoneReportsOfOneEventEndTogether() {
    // alike enough for a story (above the threshold), not enough for the pass's member check:
    // refinement must bring them together rather than have them trade places every round; and
    // short texts must find each other through the words they share, not their rarest ones
    List<Article> stream = List.of(
        Article.of("haiti-1", "Searchers pulled more bodies from the mud in the Haitian town of "
            + "Fonds Verrettes, raising the national death toll from Hurricane Georges past 150, "
            + "officials said on Monday."),
        Article.of("haiti-2", "Haiti has barely a third of the money it needs to rebuild the "
            + "roads and bridges Hurricane Georges destroyed, the government said, a month after "
            + "floods and mudslides from the storm killed 221 people across the country."),
        Article.of("bakery", "A family bakery in Corran won the national bread prize on Monday "
            + "for its rye loaf, baked in a wood-fired oven."),
        Article.of("chess", "The Velmora chess club lost its first match of the season to a "
            + "team from the capital."));
    List<Story> stories = StoryClusterer.cluster(stream, ClusterOptions.defaults());
    assertEquals(List.of("haiti-1", "haiti-2"), stories.get(0).articleIds());
    assertEquals(3, stories.size());
    List<Article> reversed = new ArrayList<>(stream);
    Collections.reverse(reversed);
    assertEquals(stories, StoryClusterer.cluster(reversed, ClusterOptions.defaults()));
  }

  @Test
  void frenchArticlesAreReadWithFrenchStopWords() {
    List<Article> stream = List.of(
        Article.of("crue-1", "La Loire est sortie de son lit à Saumur dimanche, et les pompiers "
            + "ont évacué des familles dans les quartiers bas de la ville."),
        Article.of("crue-2", "À Saumur, les familles évacuées des quartiers inondés par la crue "
            + "de la Loire ont passé la nuit dans un gymnase."),
        Article.of("crue-3", "Les eaux de la Loire baissent lentement à Saumur, où les habitants "
            + "des quartiers inondés sont rentrés chez eux."),
        Article.of("echecs-1", "La joueuse d'échecs Ilona Varga a battu Tomas Reyes en quarante "
            + "coups et mène le tournoi de Keswick."),
        Article.of("echecs-2", "Ilona Varga a remporté le tournoi d'échecs de Keswick après une "
            + "partie nulle contre Reyes dans la dernière ronde."));
    List<Story> stories = StoryClusterer.cluster(stream,
        ClusterOptions.defaults().withLanguage(dev.precis.text.Language.FRENCH));
    assertEquals(Set.of(Set.of("crue-1", "crue-2", "crue-3"), Set.of("echecs-1", "echecs-2")),
        partition(stories));
    // read as English, "les", "de" and "la" would count as words the articles share
    ArticleProfile french = ArticleProfile.of(stream.get(0), dev.precis.text.Language.FRENCH);
    ArticleProfile english = ArticleProfile.of(stream.get(0), dev.precis.text.Language.ENGLISH);
    assertTrue(!List.of(french.terms().keys()).contains("les"));
    assertTrue(List.of(english.terms().keys()).contains("les"));
  }

  @Test
  void sameStoriesWhateverTheOrder() {
    List<Story> reference = StoryClusterer.cluster(StreamFixture.all(), ClusterOptions.defaults());
    for (long seed = 1; seed <= 6; seed++) {
      List<Article> shuffled = new ArrayList<>(StreamFixture.all());
      Collections.shuffle(shuffled, new Random(seed));
      assertEquals(reference, StoryClusterer.cluster(shuffled, ClusterOptions.defaults()),
          "seed " + seed);
      StoryClusterer oneByOne = StoryClusterer.withDefaults();
      for (Article a : shuffled) {
        oneByOne.add(a);
      }
      assertEquals(reference, oneByOne.stories(), "one by one, seed " + seed);
    }
  }

  @Test
  void similarTopicAMonthLaterIsAnotherStoryButNotWithoutTheWindow() {
    // the same flood reports, the second set dated a month after the first: only time separates
    List<Article> stream = new ArrayList<>(StreamFixture.MARLOW);
    for (Article a : StreamFixture.MARLOW) {
      stream.add(new Article("later-" + a.id(), a.title(), "2024-04-15", null, null, null,
          a.text()));
    }
    assertEquals(2, StoryClusterer.cluster(stream, ClusterOptions.defaults().withWindowDays(14))
        .size());
    assertEquals(1, StoryClusterer.cluster(stream, ClusterOptions.defaults()).size());
    // undated articles are not kept apart by the window
    List<Article> undated = stream.stream().map(a -> new Article(a.id(), a.title(), null, null,
        null, null, a.text())).toList();
    assertEquals(1, StoryClusterer.cluster(undated, ClusterOptions.defaults().withWindowDays(14))
        .size());
  }

  @Test
  void headlinesOnly() {
    List<Article> stream = List.of(
        StreamFixture.headline("h1", "Kessel River floods Marlow County homes", "2024-03-04"),
        StreamFixture.headline("h2", "Marlow County evacuates Ashby as Kessel River rises",
            "2024-03-05"),
        StreamFixture.headline("h3", "Kessel flood leaves Ashby shelters full", "2024-03-06"),
        StreamFixture.headline("h4", "Ilona Varga leads Keswick chess championship", "2024-03-05"),
        StreamFixture.headline("h5", "Varga wins Keswick chess title", "2024-03-07"),
        StreamFixture.headline("h6", "Reyes holds Varga to draw at Keswick chess event",
            "2024-03-06"));
    List<Story> stories = StoryClusterer.cluster(stream, ClusterOptions.defaults());
    assertEquals(Set.of(Set.of("h1", "h2", "h3"), Set.of("h4", "h5", "h6")), partition(stories));
    String floodTitle = stories.stream().filter(st -> st.id().equals("h1")).findFirst()
        .orElseThrow().title();
    assertTrue(stream.subList(0, 3).stream().anyMatch(a -> a.title().equals(floodTitle)),
        floodTitle);
  }

  @Test
  void incrementalAddsReportTheStoryNow() {
    StoryClusterer clusterer = new StoryClusterer(ClusterOptions.defaults().withWindowDays(14));
    assertEquals("marlow-2", clusterer.add(StreamFixture.MARLOW.get(1)));
    assertEquals("marlow-2", clusterer.add(StreamFixture.MARLOW.get(2)));
    // a smaller id joins: the story is now named after it, and the old id names nothing
    assertEquals("marlow-1", clusterer.add(StreamFixture.MARLOW.get(0)));
    assertEquals("marlow-1", clusterer.storyOf("marlow-3"));
    assertTrue(clusterer.story("marlow-2").isEmpty());
    assertEquals(3, clusterer.story("marlow-1").orElseThrow().size());
    assertEquals("chess-1", clusterer.add(StreamFixture.CHESS.get(0)));
    assertEquals(4, clusterer.size());
    // a flood a month later is a story of its own; the chess report joins its story
    assertEquals(List.of("zz-dunmore", "chess-1"), clusterer.addAll(List.of(
        StreamFixture.DUNMORE.get(0).withId("zz-dunmore"), StreamFixture.CHESS.get(1))));
  }

  @Test
  void oneArticle() {
    List<Story> stories = StoryClusterer.cluster(List.of(StreamFixture.CHESS.get(2)),
        ClusterOptions.defaults());
    assertEquals(1, stories.size());
    assertEquals("chess-3", stories.get(0).id());
    assertEquals("Varga wins Keswick chess title", stories.get(0).title());
    assertTrue(StoryClusterer.cluster(List.of(), ClusterOptions.defaults()).isEmpty());
  }

  @Test
  void manyIdenticalArticlesAreOneStory() {
    Article a = StreamFixture.MARLOW.get(0);
    List<Article> copies = new ArrayList<>();
    for (int k = 0; k < 2_000; k++) {
      copies.add(a.withId(String.format("copy-%04d", k)));
    }
    List<Story> stories = StoryClusterer.cluster(copies, ClusterOptions.defaults());
    assertEquals(1, stories.size());
    assertEquals(2_000, stories.get(0).size());
    assertEquals("copy-0000", stories.get(0).id());
  }

  @Test
  void oddDatesAreReadOrIgnored() {
    List<Article> stream = new ArrayList<>();
    String[] dates = {"2024-13-45", "yesterday", "", "March 5th, 2024", "20240306T10:00",
        "Tue, 05 Mar 2024 10:00:00 +0000", "2024/03/07", "x".repeat(500)};
    for (int k = 0; k < dates.length; k++) {
      Article base = StreamFixture.MARLOW.get(k % 4);
      stream.add(new Article("odd-" + k, base.title(), dates[k], null, null, null, base.text()));
    }
    List<Story> stories = StoryClusterer.cluster(stream, ClusterOptions.defaults());
    assertEquals(1, stories.size());
    assertEquals("2024-03-05", stories.get(0).firstDate());
    assertEquals("2024-03-07", stories.get(0).lastDate());
    List<Story> undatable = StoryClusterer.cluster(List.of(new Article("u", "Flood", "soon",
        null, null, null, "The Kessel River flooded Ashby.")), ClusterOptions.defaults());
    assertNull(undatable.get(0).firstDate());
  }

  @Test
  void duplicateIdsAreRefusedAndNothingIsAdded() {
    StoryClusterer clusterer = StoryClusterer.withDefaults();
    clusterer.add(StreamFixture.CHESS.get(0));
    PrecisException again = assertThrows(PrecisException.class,
        () -> clusterer.add(StreamFixture.CHESS.get(0)));
    assertTrue(again.getMessage().contains("duplicate article id 'chess-1'"), again.getMessage());
    PrecisException within = assertThrows(PrecisException.class, () -> clusterer.addAll(List.of(
        StreamFixture.CHESS.get(1), StreamFixture.CHESS.get(1))));
    assertTrue(within.getMessage().contains("chess-2"), within.getMessage());
    assertEquals(1, clusterer.size(), "a refused batch adds nothing");
  }

  @Test
  void articlesNeedTextOrTitle() {
    StoryClusterer clusterer = StoryClusterer.withDefaults();
    PrecisException e = assertThrows(PrecisException.class,
        () -> clusterer.add(Article.of("empty", "  ")));
    assertEquals("article 'empty' has neither text nor a title", e.getMessage());
    List<Article> withNull = new ArrayList<>();
    withNull.add(null);
    assertThrows(PrecisException.class, () -> clusterer.addAll(withNull));
    assertThrows(PrecisException.class, () -> clusterer.storyOf("never-added"));
    // text with no content words still gets a story of its own
    assertEquals("numbers", clusterer.add(Article.of("numbers", "1 2 3 . ,")));
  }

  @Test
  void optionsAreValidated() {
    ClusterOptions d = ClusterOptions.defaults();
    assertThrows(PrecisException.class, () -> d.withThreshold(0));
    assertThrows(PrecisException.class, () -> d.withThreshold(1));
    assertThrows(PrecisException.class, () -> d.withThreshold(Double.NaN));
    assertThrows(PrecisException.class, () -> d.withWindowDays(-1));
    assertThrows(PrecisException.class, () -> d.withMethod("k-means"));
    assertThrows(PrecisException.class,
        () -> d.withMethod("average-link").withEmbeddings(true));
    assertEquals(0.3, d.withThreshold(0.3).threshold());
    assertEquals(0, d.windowDays());
    assertEquals(List.of("method", "window_days", "language", "embeddings", "model", "weights",
        "intercept", "link_threshold", "merge_threshold", "trained"),
        List.copyOf(d.parameters().keySet()));
    assertEquals(List.of("method", "window_days", "language", "embeddings", "similarity",
        "threshold"), List.copyOf(d.withMethod("average-link").parameters().keySet()));
  }

  @Test
  void deterministicAcrossRuns() {
    List<Story> first = StoryClusterer.cluster(StreamFixture.all(), ClusterOptions.defaults());
    for (int run = 0; run < 3; run++) {
      assertEquals(first, StoryClusterer.cluster(StreamFixture.all(), ClusterOptions.defaults()));
    }
  }

  @Test
  void namesAreCapitalizedWordsInsideSentences() {
    java.util.Map<String, Integer> names = new java.util.LinkedHashMap<>();
    ArticleProfile.names("The sheriff, Dana Whitcombe, said on Monday that U.S. aid came.",
        names);
    assertEquals(List.of("dana", "whitcombe", "u.s"), List.copyOf(names.keySet()));
  }
}
