package dev.precis.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A dataset run's lines are the bytes an ObjectMapper would write of them. */
class JsonLineTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyMethodsParametersAreWrittenAsAnObjectMapperWritesThem() throws Exception {
    List<Article> story = List.of(Article.of("harbour", NewsFixture.HARBOUR),
        Article.of("wire", NewsFixture.WIRE), Article.of("business", NewsFixture.BUSINESS));
    for (String method : Summarizers.names()) {
      Summary summary = new SummaryPipeline(SummaryOptions.defaults().withMethod(method))
          .withoutFacts().summarize(story);
      Map<String, Object> parameters = summary.parameters();
      assertThat(parameters).as(method).isNotEmpty();
      assertThat(JsonLine.write(JsonLine.object(parameters))).as(method)
          .isEqualTo(MAPPER.writeValueAsString(MAPPER.valueToTree(parameters)));
    }
  }

  @Test
  void valuesOfEverySupportedKindAndHardTextMatchObjectMapper() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("text", "Quoted \"words\", a tab\t, a line\nend, \u00e9t\u00e9, \u05e9\u05dc\u05d5\u05dd, "
        + "\ud83d\udcf0 and a control \u0001 character");
    values.put("int", -42);
    values.put("long", 1L << 40);
    values.put("double", 0.1);
    values.put("small", 1e-7);
    values.put("large", 1.0e21);
    values.put("notANumber", Double.NaN);
    values.put("float", 0.45f);
    values.put("yes", true);
    values.put("none", null);
    values.put("list", Arrays.asList(1, "two", 3.0, null, List.of(false)));
    values.put("map", Map.of("inner", List.of()));
    values.put("short", (short) 7);
    values.put("byte", (byte) -3);
    values.put("letter", 'q');
    values.put("kind", java.time.DayOfWeek.MONDAY);
    values.put("set", new java.util.TreeSet<>(List.of("b", "a")));
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("id", "C1");
    line.putArray("sentences").addObject().put("text", "Dock workers struck.")
        .putArray("sources").add("wire").add("harbour");
    line.set("parameters", JsonLine.object(values));
    ObjectNode expected = MAPPER.createObjectNode();
    expected.put("id", "C1");
    expected.putArray("sentences").addObject().put("text", "Dock workers struck.")
        .putArray("sources").add("wire").add("harbour");
    expected.set("parameters", MAPPER.valueToTree(values));
    assertThat(JsonLine.write(line)).isEqualTo(MAPPER.writeValueAsString(expected))
        .doesNotContain("\n");
  }

  @Test
  void aValueOfAnotherKindOrANullKeyIsRefusedByName() {
    Map<String, Object> values = Map.of("when", new ArrayList<>(List.of(new Object())));
    assertThatThrownBy(() -> JsonLine.object(values))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot write a Object");
    Map<String, Object> nullKey = new LinkedHashMap<>();
    nullKey.put(null, 1);
    assertThatThrownBy(() -> JsonLine.object(nullKey))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never null");
  }
}
