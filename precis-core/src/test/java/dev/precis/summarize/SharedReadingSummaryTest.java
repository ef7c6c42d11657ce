package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
}
