package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A summary read through a reading its caller shares is the summary it makes on its own. */
class SharedReadingSummaryTest {
  @Test
  void aSummaryReadThroughASharedReadingIsTheSame() {
    SummaryPipeline pipeline = new SummaryPipeline(SummaryOptions.defaults());
    List<Article> articles = NewsFixture.ARTICLES;
    Function<Article, List<StorySentences.Sentence>> once = StorySentences.once(articles);
    Set<String> asked = ConcurrentHashMap.newKeySet();

    Summary shared = pipeline.summarize(articles, article -> {
      asked.add(article.id());
      return once.apply(article);
    });

    assertThat(shared).isEqualTo(pipeline.summarize(articles));
    assertThat(asked).containsExactlyInAnyOrderElementsOf(
        articles.stream().map(Article::id).toList());
  }

  /**
   * Six summaries at once keep every thread of the side pool busy, so that some callers make
   * their pages themselves and others have them made ahead, and a reading slowed at random lets
   * the threads meet on the same article in every order: each summary is still the one made alone.
   */
  @Test
  void summariesMadeAtOnceWithSlowReadingsAreTheSummaryMadeAlone() throws Exception {
    SummaryPipeline pipeline = new SummaryPipeline(SummaryOptions.defaults());
    List<Article> articles = NewsFixture.ARTICLES;
    Summary alone = pipeline.summarize(articles);
    ExecutorService callers = Executors.newFixedThreadPool(6);
    try {
      List<Future<Summary>> made = new ArrayList<>();
      for (int k = 0; k < 24; k++) {
        Random delays = new Random(k);
        made.add(callers.submit(() -> {
          Function<Article, List<StorySentences.Sentence>> once = StorySentences.once(articles);
          return pipeline.summarize(articles, article -> {
            long nanos;
            synchronized (delays) {
              nanos = delays.nextInt(2_000_000);
            }
            LockSupport.parkNanos(nanos);
            return once.apply(article);
          });
        }));
      }
      for (Future<Summary> summary : made) {
        assertThat(summary.get()).isEqualTo(alone);
      }
    } finally {
      callers.shutdownNow();
    }
  }
}
