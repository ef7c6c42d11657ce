package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.text.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * examples/stories.jsonl, the example stories as one dataset (the launcher's start-up cache for
 * {@code summarize --dataset} is made from it), holds the example files' text as they have it.
 */
class ExampleDatasetTest {
  private static final Path EXAMPLES =
      Path.of(System.getProperty("precis.root", "..")).resolve("examples");

  @Test
  void everyDocumentIsItsExampleFileText() throws Exception {
    List<Topic> topics = DatasetReader.readAll(EXAMPLES.resolve("stories.jsonl"));
    assertThat(topics).extracting(Topic::id).containsExactly("port-strike", "flood-update");
    ObjectMapper json = new ObjectMapper();
    int documents = 0;
    for (Topic topic : topics) {
      for (Article document : topic.documents()) {
        Path txt = EXAMPLES.resolve(topic.id()).resolve(document.id() + ".txt");
        Path js = EXAMPLES.resolve(topic.id()).resolve(document.id() + ".json");
        String expected = Files.isRegularFile(txt)
            ? Files.readString(txt, StandardCharsets.UTF_8)
            : json.readTree(js.toFile()).path("text").asText();
        assertThat(document.text()).as(topic.id() + "/" + document.id()).isEqualTo(expected);
        documents++;
      }
    }
    // every .txt and .json example file is in it (the HTML page is not: a dataset holds text)
    long files;
    try (var all = Files.walk(EXAMPLES)) {
      files = all.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".json"))
          .count();
    }
    assertThat(documents).isEqualTo((int) files);
  }
}
