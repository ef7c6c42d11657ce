package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonArticlesTest {

  @Test
  void singleObjectWithAllFieldsAndUnknownOnesIgnored() {
    String json =
        """
        {"id": "lux-1", "title": "Tram line opens", "date": "2024-02-01",
         "url": "https://news.example/tram", "source": "News Example", "byline": "Ana Silva",
         "text": "The new tram line opened on Thursday.", "language": "en", "tags": ["city"]}
        """;

    List<Article> articles = JsonArticles.parseJson(json, "tram.json", "tram");

    assertThat(articles)
        .containsExactly(
            new Article("lux-1", "Tram line opens", "2024-02-01", "https://news.example/tram",
                "News Example", "Ana Silva", "The new tram line opened on Thursday."));
  }

  @Test
  void singleObjectWithoutIdTakesTheFileStem() {
    List<Article> articles =
        JsonArticles.parseJson("{\"text\": \"Snow closed the pass.\"}", "pass.json", "pass");

    assertThat(articles).extracting(Article::id).containsExactly("pass");
  }

  @Test
  void arrayAndWrapperGiveNumberedIdsWhenMissing() {
    String array = "[{\"text\": \"One.\"}, {\"id\": 42, \"text\": \"Two.\"}, {\"text\": \"Three.\"}]";
    String wrapper = "{\"cluster\": \"x\", \"articles\": [{\"text\": \"One.\"}, {\"text\": \"Two.\"}]}";

    assertThat(JsonArticles.parseJson(array, "a.json", "a"))
        .extracting(Article::id)
        .containsExactly("a-1", "42", "a-3");
    assertThat(JsonArticles.parseJson(wrapper, "w.json", "w"))
        .extracting(Article::text)
        .containsExactly("One.", "Two.");
  }

  @Test
  void objectsOneAfterAnotherAreReadLikeLines() {
    String text = "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n";

    assertThat(JsonArticles.parseJson(text, "standard input", "stdin"))
        .extracting(Article::id)
        .containsExactly("stdin-1", "stdin-2");
  }

  @Test
  void jsonLinesSkipBlankLinesAndNumberIdsByLine() {
    String text = "{\"id\": \"a\", \"text\": \"One.\"}\n\n   \n{\"text\": \"Two.\"}\r\n";

    assertThat(JsonArticles.parseJsonLines(text, "day.jsonl", "day"))
        .extracting(Article::id, Article::text)
        .containsExactly(
            tuple("a", "One."), tuple("day-4", "Two."));
  }

  @Test
  void aDateMayBeANumberSince1970() {
    String text = """
        {"id": "s", "date": 1394470370, "text": "Seconds."}
        {"id": "ms", "date": 1394470370000, "text": "Milliseconds."}
        {"id": "day", "date": 20140310, "text": "A day without separators."}
        {"id": "odd", "date": -3.5, "text": "Kept as written."}
        """;

    assertThat(JsonArticles.parseJsonLines(text, "t.jsonl", "t")).extracting(Article::date)
        .containsExactly("2014-03-10T16:52:50Z", "2014-03-10T16:52:50Z", "20140310", "-3.5");
    assertThatThrownBy(() -> JsonArticles.parseJsonLines(
        "{\"date\": true, \"text\": \"x\"}", "b.jsonl", "b"))
        .hasMessage("b.jsonl:1: field \"date\" should be a string or a number, not a boolean");
  }

  @Test
  void invalidJsonLineIsReportedWithFileAndLine() {
    String text =
        """
        {"id": "a", "text": "Fine."}
        {"id": "b", "text": "Also fine."}
        {"id": "c", "text": "Broken,}
        {"id": "d", "text": "Never read."}
        """;

    assertThatThrownBy(() -> JsonArticles.parseJsonLines(text, "feed.jsonl", "feed"))
        .isInstanceOf(PrecisException.class)
        .hasMessageStartingWith("feed.jsonl:3: invalid JSON: ")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anUnfinishedLineIsNamedWithoutJacksonsInternals() {
    assertThatThrownBy(() -> JsonArticles.parseJsonLines("{\"id\": \"a\", \"text\": \"x\"\n",
        "cut.jsonl", "cut"))
        .hasMessage("cut.jsonl:1: invalid JSON: Unexpected end-of-input: expected close marker "
            + "for Object");
  }

  @Test
  void twoObjectsOnOneJsonLineIsAnError() {
    String text = "{\"text\": \"One.\"} {\"text\": \"Two.\"}";

    assertThatThrownBy(() -> JsonArticles.parseJsonLines(text, "x.jsonl", "x"))
        .hasMessage("x.jsonl:1: more than one JSON value on the line; put one article per line");
  }

  @Test
  void invalidJsonDocumentNamesTheLineOfTheError() {
    String json = "[\n  {\"text\": \"One.\"},\n  {\"text\": \"Two.\" \"title\": \"T\"}\n]";

    assertThatThrownBy(() -> JsonArticles.parseJson(json, "list.json", "list"))
        .hasMessageStartingWith("list.json:3: invalid JSON: ");
  }

  @Test
  void missingOrBlankTextNamesFileAndLine() {
    assertThatThrownBy(
            () -> JsonArticles.parseJsonLines("{\"text\": \"ok\"}\n{\"title\": \"T\"}", "f.jsonl", "f"))
        .hasMessage("f.jsonl:2: article has no text (field \"text\" is missing or blank)");
    assertThatThrownBy(() -> JsonArticles.parseJson("[\n{\"text\": \"  \"}]", "g.json", "g"))
        .hasMessage("g.json:2: article has no text (field \"text\" is missing or blank)");
  }

  @Test
  void clusterFilesGetAHint() {
    String cluster = "{\"id\": \"M001\", \"documents\": [{\"id\": \"d1\", \"text\": \"One.\"}]}";

    assertThatThrownBy(() -> JsonArticles.parseJsonLines(cluster, "c.jsonl", "c"))
        .hasMessage("c.jsonl:1: article has no text (field \"text\" is missing or blank);"
            + " this looks like a cluster of \"documents\", which is not an article format");
  }

  @Test
  void wrongTypesNameFileLineAndField() {
    assertThatThrownBy(
            () -> JsonArticles.parseJsonLines("{\"text\": \"ok\", \"title\": 2024}", "f.jsonl", "f"))
        .hasMessage("f.jsonl:1: field \"title\" should be a string, not a number");
    assertThatThrownBy(
            () -> JsonArticles.parseJsonLines("{\"text\": [\"a\", \"b\"]}", "f.jsonl", "f"))
        .hasMessage("f.jsonl:1: field \"text\" should be a string, not an array");
    assertThatThrownBy(
            () -> JsonArticles.parseJsonLines("{\"id\": true, \"text\": \"ok\"}", "f.jsonl", "f"))
        .hasMessage("f.jsonl:1: field \"id\" should be a string or a number, not a boolean");
    assertThatThrownBy(() -> JsonArticles.parseJson("{\"articles\": \"none\"}", "w.json", "w"))
        .hasMessage("w.json:1: field \"articles\" should be an array, not a string");
  }

  @Test
  void nonObjectsAreRejected() {
    assertThatThrownBy(() -> JsonArticles.parseJsonLines("[1, 2]", "f.jsonl", "f"))
        .hasMessage("f.jsonl:1: expected an article object, found an array");
    assertThatThrownBy(() -> JsonArticles.parseJson("[{\"text\": \"a\"},\n \"b\"]", "f.json", "f"))
        .hasMessage("f.json:2: expected an article object in the array, found a string");
    assertThatThrownBy(() -> JsonArticles.parseJson("\"just a string\"", "f.json", "f"))
        .hasMessage("f.json:1: expected an article object or an array of them, found a string");
  }

  @Test
  void emptyArrayHasNoArticles() {
    assertThatThrownBy(() -> JsonArticles.parseJson("[]", "none.json", "none"))
        .hasMessage("none.json contains no articles");
  }
}
