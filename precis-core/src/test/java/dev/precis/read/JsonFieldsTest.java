package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.PrecisException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
  private static JsonFields fields(String json) throws IOException {
    JsonNode node = JsonTree.read(json);
    return new JsonFields(node, (field, expected, value) ->
        new PrecisException("line 3: " + field + " should be " + expected));
  }

  @Test
  void stringsAreStrippedAndBlankOnesAreAbsent() throws IOException {
    JsonFields f = fields("{\"title\": \"  Ferry strike strands travellers \", "
        + "\"source\": \"   \", \"url\": null}");
    assertThat(f.string("title")).isEqualTo("Ferry strike strands travellers");
    assertThat(f.string("source")).isNull();
    assertThat(f.string("url")).isNull();
    assertThat(f.string("byline")).isNull();
  }

  @Test
  void aDateMayBeWrittenOrANumber() throws IOException {
    assertThat(fields("{\"date\": \" 2024-05-10 \"}").date()).isEqualTo("2024-05-10");
    // seconds since 1970 become an instant; a day written as digits stays as its digits
    assertThat(fields("{\"date\": 1715299200}").date()).startsWith("2024-05-10T00:00");
    assertThat(fields("{\"date\": 20240510}").date()).isEqualTo("20240510");
    // a number that is no day is kept as written: the article counts as undated
    assertThat(fields("{\"date\": 1.5}").date()).isEqualTo("1.5");
    assertThat(fields("{}").date()).isNull();
  }

  @Test
  void aFieldOfAnotherTypeIsReportedInTheCallersTerms() throws IOException {
    assertThatThrownBy(() -> fields("{\"title\": [\"Ferry\"]}").string("title"))
        .isInstanceOf(PrecisException.class).hasMessage("line 3: title should be a string");
    assertThatThrownBy(() -> fields("{\"date\": true}").date())
        .hasMessage("line 3: date should be a string or a number");
  }

  @Test
  void aValueIsNamedAsAMessageNamesIt() throws IOException {
    assertThat(JsonFields.kind(JsonTree.read("[1]"))).isEqualTo("an array");
    assertThat(JsonFields.kind(JsonTree.read("{}"))).isEqualTo("an object");
    assertThat(JsonFields.kind(JsonTree.read("\"x\""))).isEqualTo("a string");
    assertThat(JsonFields.kind(JsonTree.read("2.5"))).isEqualTo("a number");
    assertThat(JsonFields.kind(JsonTree.read("false"))).isEqualTo("a boolean");
    assertThat(JsonFields.kind(JsonTree.read("null"))).isEqualTo("null");
  }
}
