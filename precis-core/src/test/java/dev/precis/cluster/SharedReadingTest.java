package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A digest reads each article once for its copies, its story and its summary: the clusterer reads
 * through the reading it is given, and finds the same stories as when it reads for itself.
 */
class SharedReadingTest {
  @Test
  void theClustererReadsThroughTheSharedReadingAndFindsTheSameStories() {
    List<Article> stream = StreamFixture.all();
    StoryClusterer alone = new StoryClusterer(ClusterOptions.defaults());
    alone.addAll(stream);

    Function<Article, List<StorySentences.Sentence>> once = StorySentences.once(stream);
    Set<String> asked = ConcurrentHashMap.newKeySet();
    StoryClusterer shared = new StoryClusterer(ClusterOptions.defaults());
    shared.addAll(stream, article -> {
      asked.add(article.id());
      return once.apply(article);
    });

    assertThat(shared.stories()).isEqualTo(alone.stories());
    assertThat(asked).containsExactlyInAnyOrderElementsOf(
        stream.stream().map(Article::id).toList());
  }
}
