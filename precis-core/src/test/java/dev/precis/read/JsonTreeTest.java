package dev.precis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trees read by the streaming parser are the trees Jackson's ObjectMapper reads. */
class JsonTreeTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> TEXTS = List.of(
      "{\"id\": \"d30001\", \"documents\": [{\"id\": \"APW1\", \"text\": \"Dock workers struck.\"}]}",
      "{\"id\": 7, \"n\": [1, -2147483649, 18446744073709551616, 0.1, 1e400, -0.0, 2E-3]}",
      "{\"a\": {\"b\": [true, false, null, {}, []]}, \"s\": \"\\u00e9t\\u00e9 \\ud83d\\udcf0 \\\"q\\\"\"}",
      "{\"id\": \"first\", \"id\": \"last\"}",
      "{\"id\": \"x\"} and what follows is not read",
      "[1, 2]",
      "\"text\"",
      "null",
      "",
      "   \n ");

  @Test
  void textIsReadAsObjectMapperReadsIt() throws IOException {
    for (String text : TEXTS) {
      assertThat(JsonTree.read(text)).as(text).isEqualTo(MAPPER.readTree(text));
    }
  }

  @Test
  void aValueInsideAStreamIsReadAsReadValueAsTreeReadsIt() throws IOException {
    String text = "[{\"title\": \"Strike\", \"tags\": [\"port\", 3]}, 4.5, \"end\"]";
    try (JsonParser ours = JsonTree.FACTORY.createParser(text);
        JsonParser theirs = MAPPER.createParser(text)) {
      assertThat(ours.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      theirs.nextToken();
      while (ours.nextToken() != JsonToken.END_ARRAY) {
        theirs.nextToken();
        assertThat(JsonTree.read(ours)).isEqualTo(theirs.readValueAsTree());
        assertThat(ours.currentToken()).isEqualTo(theirs.currentToken()).isNull();
      }
    }
    // without a current token, the next value is read; at the end there is none
    try (JsonParser ours = JsonTree.FACTORY.createParser("{\"a\": 1} [2]");
        JsonParser theirs = MAPPER.createParser("{\"a\": 1} [2]")) {
      for (int k = 0; k < 3; k++) {
        assertThat(JsonTree.read(ours)).isEqualTo(theirs.readValueAsTree());
      }
      assertThat(JsonTree.read(ours)).isNull();
    }
  }

  @Test
  void onAFieldNameOrAnEndTheParserReadsAsJacksonDoes() throws IOException {
    String text = "{\"a\": [1, {\"b\": 2}], \"c\": null, \"d\": {}}";
    for (int skip = 1; skip <= 12; skip++) {
      try (JsonParser ours = JsonTree.FACTORY.createParser(text);
          JsonParser theirs = MAPPER.createParser(text)) {
        for (int k = 0; k < skip; k++) {
          ours.nextToken();
          theirs.nextToken();
        }
        assertThat(JsonTree.read(ours)).as("after %d tokens", skip)
            .isEqualTo(theirs.readValueAsTree());
      }
    }
  }

  @Test
  void aBrokenValueIsReportedInJacksonsWords() {
    for (String text : List.of("{\"text\":}", "{\"text\": tru}", "[1, ]", "{\"a\" 1}")) {
      Throwable ours = catchThrowable(() -> JsonTree.read(text));
      Throwable theirs = catchThrowable(() -> MAPPER.readTree(text));
      assertThat(ours).as(text).isInstanceOf(JsonProcessingException.class);
      assertThat(((JsonProcessingException) ours).getOriginalMessage()).as(text)
          .isEqualTo(((JsonProcessingException) theirs).getOriginalMessage());
    }
  }

  @Test
  void brokenOrTooDeepJsonIsAParseErrorNotAStackOverflow() {
    assertThatThrownBy(() -> JsonTree.read("{\"id\": ")).isInstanceOf(JsonProcessingException.class);
    assertThatThrownBy(() -> JsonTree.read("[".repeat(100_000)))
        .isInstanceOf(JsonProcessingException.class).hasMessageContaining("nesting depth");
  }
}
