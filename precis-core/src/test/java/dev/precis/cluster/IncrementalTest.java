package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Batches of a large stream clustered incrementally: only what a batch touches is clustered
 * again, and a full analysis brings back exactly the stories of clustering everything at once.
 */
class IncrementalTest {
  /** The fixture's stories, each told again by a second set of reporters (other ids). */
  private static List<Article> stream() {
    List<Article> all = new ArrayList<>(StreamFixture.all());
    for (Article a : StreamFixture.all()) {
      all.add(new Article("again-" + a.id(), a.title(), a.date(), null, null, null,
          a.text().replace(".", ", local reporters said.").replaceFirst(", local reporters said\\.$",
              ".")));
    }
    return all;
  }

  private static ClusterOptions options() {
    return ClusterOptions.defaults().withWindowDays(14);
  }

  @Test
  void afterAFullAnalysisTheStoriesAreThoseOfClusteringEverything() {
    List<Article> all = stream();
    // incremental from the fourth article on, never refreshed by growth
    StoryClusterer clusterer = new StoryClusterer(options(), null, 4, 1e9);
    clusterer.addAll(all.subList(0, 5));
    for (int k = 5; k < all.size(); k += 3) {
      clusterer.addAll(all.subList(k, Math.min(all.size(), k + 3)));
    }
    Set<String> placed = new HashSet<>();
    for (Story s : clusterer.stories()) {
      for (String id : s.articleIds()) {
        assertThat(placed.add(id)).as("each article in one story").isTrue();
      }
    }
    assertThat(placed).hasSize(all.size());
    clusterer.refresh();
    assertThat(clusterer.stories()).isEqualTo(StoryClusterer.cluster(all, options()));
  }

  @Test
  void aBatchReportsTheStoriesItChangedAndLeavesTheOthers() {
    List<Article> first = new ArrayList<>(StreamFixture.MARLOW);
    first.addAll(StreamFixture.CHESS);
    StoryClusterer clusterer = new StoryClusterer(options(), null, 4, 1e9);
    clusterer.addAll(first);
    Story chess = clusterer.story("chess-1").orElseThrow();
    // a flood report joins the flood; the chess story is not touched
    clusterer.addAll(List.of(StreamFixture.MARLOW.get(0).withId("marlow-0")
        .withTitle("Kessel River rising in Marlow County")));
    assertThat(clusterer.lastChanged()).contains("marlow-0").doesNotContain("chess-1");
    assertThat(clusterer.story("chess-1")).contains(chess);
    assertThat(clusterer.storyOf("marlow-3")).isEqualTo("marlow-0");
    assertThat(clusterer.story("marlow-1")).isEmpty();
  }

  @Test
  void growthBeyondTheRefreshShareBringsAFullAnalysis() {
    List<Article> all = stream();
    StoryClusterer clusterer = new StoryClusterer(options(), null, 4, 0.5);
    clusterer.addAll(all.subList(0, 10));
    clusterer.addAll(all.subList(10, 14));
    // 4 more on 10 is under half: incremental; 6 more on 10 reaches it: a full analysis
    clusterer.addAll(all.subList(14, 20));
    assertThat(clusterer.stories()).isEqualTo(StoryClusterer.cluster(all, options()));
  }
}
