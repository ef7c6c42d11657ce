package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.text.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor on the README's example story. The files are read here in the simplest way
 * (headline line dropped, article paragraphs of the HTML, the JSON's text); the real readers live
 * elsewhere.
 */
class ExampleStoryTest {

  private static StoryFacts facts;

  @BeforeAll
  static void extract() throws IOException {
    Path story = Path.of(System.getProperty("precis.root", "..")).resolve("examples/port-strike");
    Document page = Jsoup.parse(Files.readString(story.resolve("b-meridian-business.html")));
    String html =
        page.select("article > p:not(.byline)").stream()
            .map(Element::text)
            .collect(Collectors.joining("\n\n"));
    JsonNode json = new ObjectMapper().readTree(Files.readString(story.resolve("c-northline-news.json")));
    List<Article> articles =
        List.of(
            new Article("a", null, "2026-03-12", null, null, null, body(story.resolve("a-carrow-courier.txt"))),
            new Article("b", null, page.select("meta[property=article:published_time]").attr("content"),
                null, null, null, html),
            new Article("c", null, json.get("date").asText(), null, null, null, json.get("text").asText()),
            Article.of("d", body(story.resolve("d-newsflash24.txt"))));
    facts = new FactExtractor().extract(articles);
  }

  private static String body(Path file) throws IOException {
    String text = Files.readString(file);
    return text.substring(text.indexOf("\n\n") + 2); // headline, blank line, body
  }

  @Test
  void findsThePeopleAndOrganizationsOfTheStrike() {
    assertThat(facts.entities())
        .filteredOn(e -> e.type() == EntityType.PERSON)
        .extracting(Entity::name)
        .startsWith("Graham Leland", "Tomas Okafor", "Elena Marsh");
    assertThat(facts.entities())
        .extracting(Entity::name, Entity::type)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Port Carrow", EntityType.PLACE),
            org.assertj.core.groups.Tuple.tuple("Harbour Workers Union", EntityType.ORGANIZATION),
            org.assertj.core.groups.Tuple.tuple("Carrow Port Authority", EntityType.ORGANIZATION));
  }

  @Test
  void datesTheWalkout() {
    assertThat(facts.dates().get(0).normalized()).isEqualTo("2026-03-09");
    assertThat(facts.dates())
        .filteredOn(d -> d.articleIds().equals(List.of("d")))
        .extracting(DateMention::resolution)
        .contains(DateMention.Resolution.UNRESOLVED); // the rewrite carries no date
  }

  @Test
  void attributesTheRepeatedQuotesOnce() {
    Quote first = facts.quotes().get(0);
    assertThat(first.speaker()).isEqualTo("Graham Leland");
    assertThat(first.articleIds()).containsExactly("a", "b", "c", "d");
    assertThat(facts.quotes())
        .filteredOn(q -> q.text().startsWith("We respect the right to strike"))
        .singleElement()
        .satisfies(q -> {
          assertThat(q.speaker()).isEqualTo("Elena Marsh"); // "…," the minister said
          assertThat(q.articleIds()).containsExactly("c", "d");
        });
    assertThat(facts.quotes())
        .filteredOn(q -> q.text().startsWith("My father drove"))
        .extracting(Quote::speaker)
        .containsExactly("Mick Dunleavy"); // "…," he said
  }
}
