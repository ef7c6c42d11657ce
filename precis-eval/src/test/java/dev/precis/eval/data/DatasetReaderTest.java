package dev.precis.eval.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset reader reads every field of a cluster, and names what is wrong with a line. */
class DatasetReaderTest {
  @TempDir Path dir;

  @Test
  void aClusterKeepsItsDocumentsReferencesAndOptionalFields() throws IOException {
    Path file = Files.writeString(dir.resolve("set.jsonl"), """
        {"id": "C1", "language": "english", "split": "test", "documents": [\
        {"id": "d1", "title": "Strike", "date": "2024-05-01", "text": "Dock workers struck."}, \
        {"text": 42}], "references": [{"text": "Workers struck."}]}

        {"id": "C2", "documents": []}
        """);
    List<Topic> topics = DatasetReader.readAll(file);
    assertThat(topics).hasSize(2);
    Topic first = topics.get(0);
    assertThat(first.id()).isEqualTo("C1");
    assertThat(first.language()).isEqualTo("english");
    assertThat(first.documents()).hasSize(2);
    assertThat(first.documents().get(0).title()).isEqualTo("Strike");
    assertThat(first.documents().get(1).id()).isEqualTo("C1-2");
    assertThat(first.documents().get(1).text()).isEqualTo("42");
    assertThat(first.references()).singleElement()
        .satisfies(r -> assertThat(r.id()).isEqualTo("1"));
  }

  @Test
  void aBadLineIsNamedWithWhatIsWrong() throws IOException {
    assertBad("{\"id\": \"C1\", \"documents\": [", "set.jsonl line 1: invalid JSON (");
    assertBad("[1, 2]", "set.jsonl line 1: expected a JSON object");
    assertBad("{\"id\": \"C1\", \"documents\": {}}", "\"documents\" must be an array");
    assertBad("{\"id\": \"C1\", \"documents\": [{\"id\": \"d1\"}]}",
        "set.jsonl line 1, document 1: missing \"text\"");
    assertBad("{\"id\": \"C1\", \"documents\": [{\"text\": [\"a\"]}]}", "\"text\" must be a string");
    assertBad("{\"documents\": []}", "missing \"id\"");
    // nesting past the parser's limit is invalid JSON, not a stack overflow
    assertBad("{\"id\": \"C1\", \"x\": " + "[".repeat(5000), "invalid JSON (");
  }

  private void assertBad(String line, String message) throws IOException {
    Path file = Files.writeString(dir.resolve("set.jsonl"), line + "\n");
    assertThatThrownBy(() -> DatasetReader.readAll(file)).isInstanceOf(PrecisException.class)
        .hasMessageContaining(message);
  }
}
