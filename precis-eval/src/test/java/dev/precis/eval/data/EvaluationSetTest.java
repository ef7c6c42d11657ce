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

class EvaluationSetTest {
  @TempDir Path shared;

  private void files() throws IOException {
    for (String f : List.of("duc2003/task2.jsonl", "duc2003/task4.jsonl",
        "multinews/sample100.jsonl", "tac2011-multiling/english.jsonl")) {
      Path file = shared.resolve("data").resolve(f);
      Files.createDirectories(file.getParent());
      Files.writeString(file, "");
    }
  }

  @Test
  void setsComeInTheOrderAskedWithTheirLengthAndFlags() throws IOException {
    files();
    List<EvaluationSet> sets = EvaluationSet.of(shared, List.of("tac2011-english", "duc2003-task2"));
    assertThat(sets).extracting(EvaluationSet::path)
        .containsExactly("tac2011-multiling/english", "duc2003/task2");
    assertThat(sets.get(0).words()).isEqualTo(250);
    assertThat(sets.get(0).rouge()).isEqualTo("-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250");
    assertThat(sets.get(1).rouge()).isEqualTo("-n 2 -m -2 4 -u -l 100");
  }

  @Test
  void anUnknownSetOrAMissingFileIsOneClearMessage() throws IOException {
    assertThatThrownBy(() -> EvaluationSet.all(shared)).isInstanceOf(PrecisException.class)
        .hasMessageContaining("task2.jsonl is missing");
    files();
    assertThatThrownBy(() -> EvaluationSet.of(shared, List.of("duc2004")))
        .isInstanceOf(PrecisException.class)
        .hasMessage("no evaluation set 'duc2004'; known: duc2003-task2, duc2003-task4, multinews,"
            + " tac2011-english");
  }
}
