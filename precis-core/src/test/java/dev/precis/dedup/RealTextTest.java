package dev.precis.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.precis.read.ArticleReader;
import dev.precis.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The project's example story (four outlets, one a spun copy) and, when {@code ../shared} is
 * present, the two real Tillerson articles of {@code data/seeds}.
 */
class RealTextTest {
  private static final Path ROOT = Path.of(System.getProperty("precis.root", "..")).toAbsolutePath();

  @Test
  void theExampleStorysSpunCopyJoinsItsSource() {
    Path story = ROOT.resolve("examples/port-strike");
    List<Article> articles = ArticleReader.defaults().read(List.of(story.toString())).articles();
    DedupResult result = Deduplicator.withDefaults().deduplicate(articles);
    assertThat(result.groups()).hasSize(1);
    assertThat(result.groups().get(0).members()).extracting(DuplicateGroup.Member::articleId)
        .containsExactly("northline-2026-03-12-port-carrow", "d-newsflash24");
    assertThat(result.uniqueCount()).isEqualTo(3);
  }

  @Test
  void twoSeedArticlesOnOneStoryAreNotDuplicatesButASpunCopyIs() throws IOException {
    Path seeds = ROOT.resolveSibling("shared").resolve("data/seeds");
    assumeTrue(Files.isDirectory(seeds), "../shared not found: skipping the seed articles");
    String a = Files.readString(seeds.resolve("tillerson-moscow-a.txt"));
    String b = Files.readString(seeds.resolve("tillerson-moscow-b.txt"));
    // spin a the way b's source was spun, the other way round: names back, paragraphs reversed,
    // the last third cut
    List<String> paragraphs = new ArrayList<>(List.of(a.replace("Russian Federation", "Russia")
        .replace("global law", "international law").replace("USA", "United States")
        .split("\n\n")));
    Collections.reverse(paragraphs);
    String spun = String.join("\n\n", paragraphs.subList(0, paragraphs.size() * 2 / 3));

    DedupResult result = Deduplicator.withDefaults().deduplicate(List.of(Article.of("a", a),
        Article.of("b", b), Article.of("a-spun", spun)));
    assertThat(result.representativeOf()).containsEntry("b", "b").containsEntry("a", "a")
        .containsEntry("a-spun", "a");
    // the names put back match the original's words, so the copy keeps its wording: NEAR
    assertThat(result.groups().get(0).members().get(1).kind()).isEqualTo(DuplicateGroup.Kind.NEAR);
  }
}
